import { valueError } from '../errors.js';
import { isBlank } from '../values/blank.js';
import { parseIsoDate } from '../values/dates.js';
import { describeValue } from '../values/describe.js';
import { parseNumberText } from '../values/numbers.js';
import { toRows } from '../values/range.js';
import type { SheetArgument, SheetScalar } from '../values/types.js';

const NAME = 'CS_ARR_WATERFALL';

/** The subscription columns of the waterfall, checked to be the same length. */
export interface SubscriptionColumns {
  readonly accountIds: readonly SheetScalar[];
  readonly startDates: readonly SheetScalar[];
  readonly endDates: readonly SheetScalar[];
  readonly arr: readonly SheetScalar[];
  /** 1 when the first row is a header, else 0. */
  readonly headerOffset: number;
}

/**
 * Reads the four subscription arguments as columns of equal length, and finds whether their
 * first row is a header.
 */
export function readSubscriptionColumns(
  accountIds: SheetArgument,
  startDates: SheetArgument,
  endDates: SheetArgument,
  arr: SheetArgument,
): SubscriptionColumns {
  const columns = {
    accountIds: columnValues('account_ids', accountIds),
    startDates: columnValues('start_dates', startDates),
    endDates: columnValues('end_dates', endDates),
    arr: columnValues('arr', arr),
  };
  for (const [name, values] of Object.entries(columns)) {
    requireLength(name, values.length, columns.arr.length);
  }
  return { ...columns, headerOffset: headerOffset(columns) };
}

/** Reads one column of an argument, rejecting ranges that are wider than one column. */
export function columnValues(name: string, argument: SheetArgument): SheetScalar[] {
  const rows = toRows(argument);
  const wide = rows.find((row) => row.length !== 1);
  if (wide !== undefined) {
    throw valueError(
      `${NAME}: ${name} is ${wide.length} columns wide. ` +
        `Select a single column, one row per subscription.`,
    );
  }
  return rows.map((row) => row[0]);
}

/** Checks that a column has as many rows as arr. */
export function requireLength(name: string, length: number, expected: number): void {
  if (length === expected) return;
  throw valueError(
    `${NAME}: arr has ${expected} rows but ${name} has ${length}. ` +
      `Select the same rows for every column, one row per subscription.`,
  );
}

/**
 * Returns 1 when the first row is a header: text that is neither a number in arr nor a date in
 * the date columns. Throws when some columns start with a header and others with data, since
 * one of them would then lose a row. Account ids are text either way, so they cannot tell.
 */
function headerOffset(columns: Omit<SubscriptionColumns, 'headerOffset'>): number {
  const firstCells = [
    { name: 'arr', value: columns.arr[0], parse: (text: string) => parseNumberText(text, true) },
    { name: 'start_dates', value: columns.startDates[0], parse: parseIsoDate },
    { name: 'end_dates', value: columns.endDates[0], parse: parseIsoDate },
  ];
  const isLabel = (cell: (typeof firstCells)[number]) =>
    typeof cell.value === 'string' && !isBlank(cell.value) && cell.parse(cell.value) === undefined;

  const label = firstCells.find(isLabel);
  if (label === undefined) return 0;
  const data = firstCells.find((cell) => !isBlank(cell.value) && !isLabel(cell));
  if (data === undefined) return 1;

  throw valueError(
    `${NAME}: ${label.name} starts with the header ${describeValue(label.value)} but ` +
      `${data.name} starts with the value ${describeValue(data.value)}. ` +
      `Select the same rows for every column, all with a header row or all without.`,
  );
}
