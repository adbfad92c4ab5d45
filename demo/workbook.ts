import { planApplication, type PlanApplication } from '../builder/apply/application.js';
import { guessMapping } from '../builder/data/guess.js';
import type { DataMapping } from '../builder/data/mapping.js';
import { repsFromRoster, type Rep } from '../builder/people/reps.js';
import { isFormula, type CellInput as BuilderCell } from '../builder/port.js';
import { findTemplate, formatIsoDate, parseIsoDate, type Plan } from '../core/index.js';
import type { CellInput } from '../univer/cells.js';
import { createHeadlessWorkbook, type HeadlessWorkbook } from '../univer/headless.js';
import { columnOf, type DemoExports, type ExportTable } from './exports.js';
import { isWithin, type Period } from './periods.js';

/** Tab names of the data sheets, as a user would name the pasted exports. */
export const SHEETS = {
  subscriptions: 'Subscriptions',
  tickets: 'Support tickets',
  book: 'Book of business',
  roster: 'Roster',
  accounts: 'Accounts',
} as const;

/** The demo's sheets before any engine loads them, and the rows of the next period. */
export interface DemoLayout {
  /** Data sheets, then the plan and payouts sheets; text starting with `=` is a formula. */
  readonly sheets: readonly { readonly name: string; readonly rows: CellInput[][] }[];
  readonly plan: Plan;
  readonly mapping: DataMapping;
  readonly reps: readonly Rep[];
  readonly application: PlanApplication;
  /** Subscription rows loaded for the first period, below the header row. */
  readonly loadedSubscriptions: number;
  /** Subscription rows that start in the next period, pasted when the demo moves on. */
  readonly laterSubscriptions: CellInput[][];
  /** Support tickets of each period: this period's are loaded, the next period's pasted later. */
  readonly tickets: { readonly current: CellInput[][]; readonly later: CellInput[][] };
}

/** The demo's workbook: the layout loaded into the headless engine. */
export interface DemoWorkbook extends DemoLayout {
  readonly book: HeadlessWorkbook;
}

/** Loads the demo's layout into the headless engine and waits for the first calculation. */
export async function buildWorkbook(
  exports: DemoExports,
  period: Period,
  next: Period,
): Promise<DemoWorkbook> {
  const layout = demoLayout(exports, period, next);
  const book = await createHeadlessWorkbook({ sheets: layout.sheets });
  await book.whenCalculated();
  return { ...layout, book };
}

/**
 * Lays out the exports as a user would have them at the end of a period: subscriptions started
 * by then and the period's tickets. It then applies the default CSM plan through the builder's
 * own Apply layout, so the payouts are formulas over the data and the plan table.
 */
export function demoLayout(exports: DemoExports, period: Period, next: Period): DemoLayout {
  const starts = columnOf(exports.subscriptions, 'start_date').map(String);
  const current = exports.subscriptions.rows.filter(
    (_, index) => (starts[index] ?? '') <= period.end,
  );
  const laterSubscriptions = exports.subscriptions.rows.filter((_, index) =>
    isWithin(starts[index] ?? '', { start: dayAfter(period.end), end: next.end }),
  );
  const submitted = columnOf(exports.tickets, 'submitted_at').map(String);
  const ticketsIn = (range: Period) =>
    exports.tickets.rows.filter((_, index) => isWithin(submitted[index] ?? '', range));
  const tickets = { current: ticketsIn(period), later: ticketsIn(next) };

  const data = new Map<string, CellInput[][]>([
    [SHEETS.subscriptions, withHeader(exports.subscriptions, current)],
    [SHEETS.tickets, withHeader(exports.tickets, tickets.current)],
    [SHEETS.book, withHeader(exports.book, exports.book.rows)],
    [SHEETS.roster, withHeader(exports.roster, exports.roster.rows)],
    ...(exports.accounts === undefined
      ? []
      : [
          [SHEETS.accounts, withHeader(exports.accounts, exports.accounts.rows)] as [
            string,
            CellInput[][],
          ],
        ]),
  ]);
  const sheets = new Map(
    [...data].map(([name, rows]) => [name, rows.map((row) => row.map((cell) => cell ?? ''))]),
  );
  const mapping = guessMapping(sheets);
  const reps = repsFromRoster(mapping, sheets, period, 'CSM');
  const plan: Plan = { components: findTemplate('CSM')?.components ?? [] };
  const extraDataRows =
    laterSubscriptions.length + Math.max(0, tickets.later.length - tickets.current.length) + 100;
  const application = planApplication(mapping, plan, {
    dialect: 'univer',
    reps,
    period,
    extraDataRows,
  });

  return {
    sheets: [
      ...[...data].map(([name, rows]) => ({ name, rows })),
      ...application.sheets.map((sheet) => ({
        name: sheet.name,
        rows: sheet.rows.map(toEngineRow),
      })),
    ],
    plan,
    mapping,
    reps,
    application,
    loadedSubscriptions: current.length,
    laterSubscriptions,
    tickets,
  };
}

/**
 * Moves the workbook to the next period the way a user would: types the new period into the
 * payouts sheet's period cells, pastes the subscriptions that started since below the old
 * ones, and replaces the tickets with the next period's. No other command runs.
 */
export async function moveToNextPeriod(workbook: DemoWorkbook, next: Period): Promise<void> {
  const { book, application } = workbook;
  book.setValues(application.payouts.sheet, 'B1', [[next.start], [next.end]]);
  book.setValues(
    SHEETS.subscriptions,
    `A${workbook.loadedSubscriptions + 2}`,
    workbook.laterSubscriptions,
  );

  const width = workbook.tickets.current[0]?.length ?? 1;
  const cleared = workbook.tickets.current
    .slice(workbook.tickets.later.length)
    .map(() => Array<CellInput>(width).fill(null));
  book.setValues(SHEETS.tickets, 'A2', [...workbook.tickets.later, ...cleared]);
  await book.whenCalculated();
}

function withHeader(table: ExportTable, rows: CellInput[][]): CellInput[][] {
  return [[...table.header], ...rows];
}

function toEngineRow(row: readonly BuilderCell[]): CellInput[] {
  return row.map((cell) => (isFormula(cell) ? cell.formula : cell));
}

function dayAfter(iso: string): string {
  return formatIsoDate((parseIsoDate(iso) ?? 0) + 1);
}
