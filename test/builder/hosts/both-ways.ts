import { findTemplate, type Plan } from '../../../core/index.js';
import { planApplication } from '../../../builder/apply/application.js';
import { guessMapping } from '../../../builder/data/guess.js';
import { computePreview } from '../../../builder/metrics/preview.js';
import type { Rep } from '../../../builder/people/reps.js';
import type { CellValue } from '../../../builder/port.js';
import { createHeadlessWorkbook, type HeadlessWorkbook } from '../../../univer/headless.js';
import { headlessRows } from '../fixtures/book.js';

const period = { start: '2025-01-01', end: '2025-03-31' };
const plan: Plan = { components: findTemplate('CSM')?.components ?? [] };
export const rep = (name: string): Rep => ({ name, role: 'CSM', targetIncentive: 4000 });
/** Workbooks made by `bothWays`, for the caller to dispose. */
export const books: HeadlessWorkbook[] = [];

/**
 * Applies the CSM plan to `accounts` in the engine and returns, per rep, each computed column
 * as the sheet shows it and as the preview computed it: a number, or "error".
 */
export async function bothWays(accounts: CellValue[][], reps: Rep[]) {
  const sheets = new Map([['Accounts', accounts]]);
  const mapping = guessMapping(sheets);
  const application = planApplication(mapping, plan, { dialect: 'univer', reps, period });
  const rows = headlessRows([{ name: 'Accounts', rows: accounts }, ...application.sheets]);
  const book = await createHeadlessWorkbook({ sheets: rows });
  books.push(book);
  await book.whenCalculated();

  const preview = computePreview(plan, { mapping, sheets, reps, period });
  const { columns, firstRow, lastRow, sheet } = application.payouts;
  const shown = (header: string) =>
    book
      .getValues(sheet, `${columns[header]}${firstRow}:${columns[header]}${lastRow}`)
      .map((row) => (typeof row[0] === 'number' ? row[0] : 'error'));
  const computed = (header: string) =>
    preview.reps.map((row) => {
      if (header === 'Payout') return row.payout?.total ?? 'error';
      const cell = row.cells.get(header);
      return cell !== undefined && 'value' in cell ? cell.value : 'error';
    });
  return { preview, shown, computed };
}
