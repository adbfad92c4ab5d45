import {
  calculatePayout,
  findMetric,
  isCellError,
  sheetFunctions,
  sumMoney,
  validatePlan,
  type Payout,
  type Plan,
} from '../../core/index.js';
import { planMetrics } from '../apply/application.js';
import type { Rep } from '../people/reps.js';
import { evaluateColumns, type PreviewCell, type PreviewContext } from './evaluate.js';
import { metricColumns } from './metric-recipes.js';
import { arrColumns, type PayoutColumn } from './recipes.js';

/** One rep's row of the preview: the computed columns, and the payout or why there is none. */
export interface RepPreview {
  readonly rep: Rep;
  readonly proratedIncentive: number | undefined;
  readonly cells: ReadonlyMap<string, PreviewCell>;
  readonly payout?: Payout;
  readonly problem?: string;
}

/** The preview of a plan over the data: per rep, and what the plan costs. */
export interface PlanPreview {
  readonly columns: readonly PayoutColumn[];
  readonly reps: readonly RepPreview[];
  /** Sum of the payouts computed, the target pool (sum of prorated incentives) and starting ARR. */
  readonly cost: { readonly total: number; readonly pool: number; readonly startingArr?: number };
}

/**
 * Computes what Apply's formulas will show, with the core called directly: the ARR and
 * metric columns per rep, the prorated target incentive, and the payout of every rep whose
 * inputs are complete under a valid plan.
 */
export function computePreview(plan: Plan, context: PreviewContext): PlanPreview {
  const arr = arrColumns(context.mapping);
  const columns = [...arr, ...metricColumns(context.mapping, planMetrics(plan), arr)];
  const values = evaluateColumns(columns, context);
  const planProblem = validatePlan(plan).length > 0 ? 'Fix the plan first.' : undefined;

  const reps = context.reps.map((rep, index): RepPreview => {
    const cells = new Map(columns.map((column) => [column.header, cellAt(values, column, index)]));
    const prorated = proratedIncentive(rep, context);
    const base = { rep, proratedIncentive: prorated.value, cells };
    const problem = planProblem ?? prorated.problem ?? missingMetric(plan, rep, columns, cells);
    if (problem !== undefined || prorated.value === undefined)
      return { ...base, ...(problem ? { problem } : {}) };

    const metrics = new Map<string, number>();
    for (const column of columns) {
      const cell = cells.get(column.header);
      if (column.metric !== undefined && cell !== undefined && 'value' in cell)
        metrics.set(column.metric, cell.value);
    }
    const payout = calculatePayout(plan, {
      role: rep.role,
      targetIncentive: prorated.value,
      metrics,
    });
    return { ...base, payout };
  });

  const starting = values.get('Starting ARR');
  const startingArr = starting?.every((cell) => 'value' in cell)
    ? sumMoney(starting.map((cell) => ('value' in cell ? cell.value : 0)))
    : undefined;
  return {
    columns,
    reps,
    cost: {
      total: sumMoney(reps.map((rep) => rep.payout?.total ?? 0)),
      pool: sumMoney(reps.map((rep) => rep.proratedIncentive ?? 0)),
      ...(startingArr === undefined ? {} : { startingArr }),
    },
  };
}

function cellAt(
  values: ReadonlyMap<string, PreviewCell[]>,
  column: PayoutColumn,
  index: number,
): PreviewCell {
  return values.get(column.header)?.[index] ?? { error: 'Not computed.' };
}

/** Prorates the target incentive with `CS_PRORATE`, as the payouts sheet does. */
function proratedIncentive(
  rep: Rep,
  context: PreviewContext,
): { value?: number; problem?: string } {
  if (rep.targetIncentive === undefined)
    return { problem: `Enter a target incentive for ${rep.name}.` };
  try {
    const { start, end } = context.period;
    const result = sheetFunctions.CS_PRORATE?.(
      rep.targetIncentive,
      start,
      end,
      rep.employedFrom ?? '',
      rep.employedTo ?? '',
    );
    return typeof result === 'number' ? { value: result } : { problem: 'The period is not set.' };
  } catch (error) {
    return {
      problem: isCellError(error) || error instanceof Error ? error.message : String(error),
    };
  }
}

/** Explains why a rep cannot be paid yet: a role the plan lacks, or a metric with no value. */
function missingMetric(
  plan: Plan,
  rep: Rep,
  columns: readonly PayoutColumn[],
  cells: ReadonlyMap<string, PreviewCell>,
): string | undefined {
  const role = rep.role.trim().toLowerCase();
  const components = plan.components.filter(
    (component) => component.role.trim().toLowerCase() === role,
  );
  if (components.length === 0) return `The plan has no components for role "${rep.role}".`;
  const needed = new Set(
    components.flatMap((component) => [
      component.metric,
      component.gate?.metric,
      component.modifier?.metric,
    ]),
  );
  for (const column of columns) {
    if (column.metric === undefined || !needed.has(column.metric)) continue;
    const cell = cells.get(column.header);
    if (cell !== undefined && 'error' in cell)
      return `${findMetric(column.metric)?.label ?? column.metric}: ${cell.error}`;
  }
  return undefined;
}
