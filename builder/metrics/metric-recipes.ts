import { findMetric } from '../../core/index.js';
import { hasFields } from '../data/columns.js';
import type { DataMapping } from '../data/mapping.js';
import {
  ARR_COLUMNS,
  ownerReachable,
  type Operand,
  type PayoutColumn,
  type Recipe,
} from './recipes.js';

/** Lists one column per metric the plan uses, in the order given, each named by its label. */
export function metricColumns(
  mapping: DataMapping,
  metricIds: readonly string[],
  arr: readonly PayoutColumn[],
): PayoutColumn[] {
  return metricIds.map((metric) => ({
    header: findMetric(metric)?.label ?? metric,
    metric,
    recipe: metricRecipe(mapping, metric, new Set(arr.map((column) => column.header))),
  }));
}

function metricRecipe(mapping: DataMapping, metric: string, arr: ReadonlySet<string>): Recipe {
  const column = (header: string): Operand => ({ kind: 'column', header });
  const byRep = (functionName: string, headers: readonly string[]): Recipe => ({
    kind: 'grouped',
    functionName,
    args: [...headers.map(column), column('Rep')],
    column: 2,
  });
  const hasArr = ARR_COLUMNS.every((header) => arr.has(header));
  const survey = (field: string, functionName: string, options: readonly number[]): Recipe => ({
    kind: 'grouped',
    functionName,
    args: [
      { kind: 'field', ref: { source: 'surveys', field } },
      ...options.map((value): Operand => ({ kind: 'number', value })),
      { kind: 'owner', source: 'surveys' },
    ],
    column: 2,
  });
  const hasSurvey = (field: string) =>
    hasFields(mapping, 'surveys', field) && ownerReachable(mapping, 'surveys');

  if (metric === 'nrr' && hasArr) return byRep('CS_NRR', ARR_COLUMNS);
  if (metric === 'grr' && hasArr)
    return byRep('CS_GRR', ['Starting ARR', 'Contraction', 'Churned']);
  if (metric === 'churn_rate' && hasArr) return byRep('CS_CHURN_RATE', ['Starting ARR', 'Churned']);
  if (metric === 'expansion_arr' && hasArr) return { kind: 'copy', header: 'Expansion' };
  // NOTE: every response in the survey sheet counts, whatever its date, so the sheet should
  // hold the period's responses only. The core has no date filter for survey functions.
  if (metric === 'csat' && hasSurvey('csat')) return survey('csat', 'CS_CSAT', [5, 4]);
  if (metric === 'nps' && hasSurvey('nps')) return survey('nps', 'CS_NPS', []);
  if (metric === 'ces' && hasSurvey('ces')) return survey('ces', 'CS_CES', [7]);
  if (metric === 'renewal_rate' && hasFields(mapping, 'accounts', 'renewed', 'renewalDue')) {
    const field = (name: string): Operand => ({
      kind: 'field',
      ref: { source: 'accounts', field: name },
    });
    return {
      kind: 'grouped',
      functionName: 'CS_RENEWAL_RATE',
      args: [field('renewed'), field('renewalDue'), { kind: 'owner', source: 'accounts' }],
      column: 2,
    };
  }
  if (metric === 'health' && hasFields(mapping, 'accounts', 'health')) {
    return { kind: 'average', value: { source: 'accounts', field: 'health' } };
  }
  // TODO: derive time to onboard from the onboarding dates, logo retention and upsell rate.
  // Until then the user types them per rep into the payouts sheet.
  return { kind: 'manual', reason: manualReason(metric) };
}

function manualReason(metric: string): string {
  const label = findMetric(metric)?.label ?? metric;
  return `${label} has no mapped data column, so enter it per rep in the payouts sheet after Apply.`;
}
