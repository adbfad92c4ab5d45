import { findMetric } from './metrics.js';
import { formatTiers } from './tier-text.js';
import { PLAN_COLUMNS } from './columns.js';
import type { Plan, PlanComponent } from './types.js';

/** A cell of a plan table as written: text, a number, or blank (`""`). */
export type PlanCell = string | number;

/**
 * Writes a plan as a table with a header row and one row per component, readable and editable
 * by hand: numbers stay numbers, tiers are `from: rate` pairs, blanks mean "none".
 */
export function writePlanTable(plan: Plan): PlanCell[][] {
  return [[...PLAN_COLUMNS], ...plan.components.map(componentRow)];
}

function componentRow(component: PlanComponent): PlanCell[] {
  const modifier = component.modifier;
  return [
    component.role,
    component.name,
    findMetric(component.metric)?.label ?? component.metric,
    component.weight,
    component.direction,
    component.target,
    component.threshold ?? '',
    component.cap ?? '',
    component.curve.mode,
    formatTiers(component.curve.tiers),
    component.gate === undefined ? '' : metricLabel(component.gate.metric),
    component.gate?.minimum ?? '',
    modifier === undefined ? '' : metricLabel(modifier.metric),
    modifier === undefined ? '' : formatTiers(modifier.bands),
    modifier?.scope ?? '',
    component.capTiming,
  ];
}

function metricLabel(name: string): string {
  return findMetric(name)?.label ?? name;
}
