import { calculatePayout, findMetric, type Payout } from '../core/index.js';
import { isCellErrorValue, type CellOutput } from '../univer/cells.js';
import type { DemoWorkbook } from './workbook.js';

/** One CSM's figures as the workbook computed them, with the payout broken into components. */
export interface CsmResult {
  readonly name: string;
  /** Each payouts-sheet column by header: ARR movements, metrics, payout. */
  readonly cells: Readonly<Record<string, CellOutput>>;
  readonly payout: Payout;
  readonly explanation: string;
}

/**
 * Reads every CSM's row of the payouts sheet. The core recomputes the component breakdown from
 * the metric values the workbook shows. A total that differs from the workbook's own payout cell
 * stops the demo, because the two must be the same calculation.
 */
export function readResults(workbook: DemoWorkbook): CsmResult[] {
  const { book, application, plan } = workbook;
  const { sheet, firstRow, lastRow, columns } = application.payouts;
  const headers = Object.keys(columns);
  const range = `A${firstRow}:${columns[headers[headers.length - 1] ?? 'A']}${lastRow}`;

  return book.getValues(sheet, range).map((row, index) => {
    const cells = Object.fromEntries(
      headers.map((header, column) => [header, row[column] ?? null]),
    );
    const name = String(cells.Rep ?? '');
    for (const [header, value] of Object.entries(cells)) {
      if (value !== null && isCellErrorValue(value)) {
        throw new Error(
          `${sheet}!${columns[header]}${firstRow + index} (${name}, ${header}) is ${value.error}: ${value.message ?? ''}`,
        );
      }
    }
    const payout = calculatePayout(plan, {
      role: String(cells.Role ?? ''),
      targetIncentive: Number(cells['Prorated target incentive']),
      metrics: new Map(
        metricIds(plan).map((id) => [id, Number(cells[findMetric(id)?.label ?? id])]),
      ),
    });
    if (payout.total !== cells.Payout) {
      throw new Error(
        `${name}: the workbook pays ${String(cells.Payout)} but the core computes ${payout.total} from the same figures.`,
      );
    }
    return { name, cells, payout, explanation: String(cells.Explanation ?? '') };
  });
}

function metricIds(plan: DemoWorkbook['plan']): string[] {
  return [
    ...new Set(
      plan.components.map((component) => findMetric(component.metric)?.id ?? component.metric),
    ),
  ];
}
