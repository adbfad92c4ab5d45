import type { AppsScriptProject } from './apps-script-host.js';
import { sheetsMidnight } from './sheets-dates.js';

/** Rows of the large inputs: the 50,000 rows one formula must handle well inside 30 seconds. */
export const LARGE_ROWS = 50_000;

/** Arguments of one call, as Sheets passes them and as the core reads the same cells. */
export interface LargeCall {
  readonly name: string;
  readonly sheetsArgs: unknown[];
  readonly coreArgs: unknown[];
}

/**
 * Builds a `CS_NRR` call over 50,000 accounts grouped by 200 owners, with a header row, about 4 %
 * blank cells and 5 % text numbers such as `"$1,200"`, as an export pasted into Sheets would have.
 * An account that churns has no contraction, so no group loses more than it started with.
 */
export function largeNrrCall(rows = LARGE_ROWS): LargeCall {
  const column = (title: string, value: (row: number) => number | string) => [
    [title],
    ...Array.from({ length: rows }, (_, row) => [value(row)]),
  ];
  const amount = (base: number, row: number) => {
    if (row % 23 === 5) return '';
    const value = base + ((row * 37) % 900);
    return row % 19 === 11 ? `$${value.toLocaleString('en-US')}` : value;
  };
  const args = [
    column('Starting ARR', (row) => amount(10_000, row)),
    column('Expansion', (row) => (row % 4 === 0 ? amount(100, row) : 0)),
    column('Contraction', (row) => (row % 9 === 0 && row % 25 !== 0 ? -(50 + (row % 300)) : 0)),
    column('Churned', (row) => (row % 25 === 0 ? amount(10_000, row) : '')),
    column('Owner', (row) => `CSM ${row % 200}`),
  ];
  return { name: 'CS_NRR', sheetsArgs: args, coreArgs: args };
}

/**
 * Builds a `CS_ARR_WATERFALL` call over 50,000 subscription rows of 12,500 accounts, grouped by
 * owner, with start and end dates as `Date` cells at midnight in `timeZone` (and as ISO text for
 * the core). A third of the subscriptions have ended; the others have a blank end date.
 */
export function largeWaterfallCall(
  project: AppsScriptProject,
  timeZone: string,
  rows = LARGE_ROWS,
): LargeCall {
  const dates = new Map<string, Date>();
  const dateCell = (iso: string) => {
    let date = dates.get(iso);
    if (date === undefined) dates.set(iso, (date = project.date(sheetsMidnight(iso, timeZone))));
    return date;
  };
  const iso = (year: number, month: number, day: number) =>
    `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;

  const accounts = Array.from({ length: rows }, (_, row) => `A-${row % (rows / 4)}`);
  const starts = accounts.map((_, row) => iso(2023, 1 + (row % 12), 1 + (row % 28)));
  const ends = accounts.map((_, row) => (row % 3 === 0 ? iso(2025, 1 + (row % 12), 15) : ''));
  const arr = accounts.map((_, row) => 1_000 + (row % 97) * 120);
  const owners = accounts.map((account) => `CSM ${Number(account.slice(2)) % 200}`);
  const toColumn = (values: unknown[]) => values.map((value) => [value]);
  const asDates = (values: string[]) =>
    values.map((value) => (value === '' ? '' : dateCell(value)));

  const shared = [toColumn(accounts)];
  return {
    name: 'CS_ARR_WATERFALL',
    sheetsArgs: [
      ...shared,
      toColumn(asDates(starts)),
      toColumn(asDates(ends)),
      toColumn(arr),
      dateCell('2025-01-01'),
      dateCell('2025-12-31'),
      toColumn(owners),
    ],
    coreArgs: [
      ...shared,
      toColumn(starts),
      toColumn(ends),
      toColumn(arr),
      '2025-01-01',
      '2025-12-31',
      toColumn(owners),
    ],
  };
}
