export { METRICS, findMetric, type MetricDefinition, type MetricScale } from './metrics.js';
export { PLAN_COLUMNS, columnLetters } from './columns.js';
export { readPlanTable, type TableOrigin } from './read-table.js';
export { writePlanTable, type PlanCell } from './write-table.js';
export { ROLE_TEMPLATES, findTemplate, type RoleTemplate } from './templates.js';
export { validatePlan } from './validate.js';
export { formatTiers, parseTiers } from './tier-text.js';
export type * from './types.js';
export { CAP_TIMINGS, MODIFIER_SCOPES } from './types.js';
