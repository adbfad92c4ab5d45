import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseIsoDate } from '../../core/index.js';
import { customerSatisfaction } from '../../core/metrics/surveys.js';
import { arrWaterfall, type ArrWaterfall } from '../../core/metrics/waterfall.js';

/** One CSM's figures computed straight from the CSV files by the core's pure maths. */
export interface IndependentFigures extends ArrWaterfall {
  readonly nrr: number;
  readonly grr: number;
  readonly csat: number;
}

/**
 * Recomputes each CSM's ARR waterfall, NRR, GRR and CSAT for a period from the CSV files,
 * with a plain split instead of the demo's loader and no workbook at all. Subscriptions that
 * start after the period are left out, as the demo's workbook does not hold them yet.
 */
export function independentFigures(
  folder: string,
  period: { start: string; end: string },
): Map<string, IndependentFigures> {
  const read = (file: string) => {
    const [header = [], ...rows] = readFileSync(join(folder, file), 'utf8')
      .trim()
      .split('\n')
      .map((line) => line.split(','));
    return rows.map((row) =>
      Object.fromEntries(header.map((name, index) => [name, row[index] ?? ''])),
    );
  };
  const owner = new Map(read('book_of_business.csv').map((row) => [row.account_id, row.csm]));
  const day = (iso: string) => parseIsoDate(iso) as number;

  const figures = new Map<string, IndependentFigures>();
  for (const csm of new Set(owner.values())) {
    const subscriptions = read('ravenstack_subscriptions.csv')
      .filter((row) => owner.get(row.account_id) === csm && (row.start_date ?? '') <= period.end)
      .map((row) => ({
        account: row.account_id ?? '',
        start: day(row.start_date ?? ''),
        end: row.end_date === '' ? undefined : day(row.end_date ?? ''),
        arr: Number(row.arr_amount),
      }));
    const waterfall = arrWaterfall(subscriptions, day(period.start), day(period.end));
    const scores = read('ravenstack_support_tickets.csv')
      .filter((row) => owner.get(row.account_id) === csm && row.satisfaction_score !== '')
      .filter(
        (row) => (row.submitted_at ?? '') >= period.start && (row.submitted_at ?? '') <= period.end,
      )
      .map((row) => Number(row.satisfaction_score));
    const { starting, expansion, contraction, churned } = waterfall;
    figures.set(csm ?? '', {
      ...waterfall,
      nrr: (starting + expansion - contraction - churned) / starting,
      grr: Math.min(1, (starting - contraction - churned) / starting),
      csat: customerSatisfaction(scores, 4),
    });
  }
  return figures;
}
