import { valueError } from '../errors.js';
import { isBlank } from '../values/blank.js';
import { parseIsoDate } from '../values/dates.js';
import { describeValue } from '../values/describe.js';
import { parseNumberText } from '../values/numbers.js';
import { toRows } from '../values/range.js';
import type { SheetArgument, SheetScalar } from '../values/types.js';

const NAME = 'CS_ARR_WATERFALL';

/** The subscription columns of the waterfall, lined up by row. */
export interface SubscriptionColumns {
  readonly accountIds: readonly SheetScalar[];
  readonly startDates: readonly SheetScalar[];
  readonly endDates: readonly SheetScalar[];
  readonly arr: readonly SheetScalar[];
  /** Rows in every column, a header row included. */
  readonly length: number;
  /** 1 when the first row is a header, else 0. */
  readonly headerOffset: number;
}

interface NamedColumn {
  readonly name: string;
  readonly values: readonly SheetScalar[];
}

/**
 * Reads the four subscription arguments as columns of equal length, a single cell repeating
 * for every row, and finds whether their first row is a header.
 */
export function readSubscriptionColumns(
  accountIds: SheetArgument,
  startDates: SheetArgument,
  endDates: SheetArgument,
  arr: SheetArgument,
): SubscriptionColumns {
  const named = (name: string, argument: SheetArgument) => ({
    name,
    values: columnValues(name, argument),
  });
  const columns = [
    named('account_ids', accountIds),
    named('start_dates', startDates),
    named('end_dates', endDates),
    named('arr', arr),
  ];
  const length = Math.max(...columns.map((column) => column.values.length));
  for (const column of columns) requireLength(column.name, column.values.length, length);

  const offset = headerOffset(columns.filter((column) => column.values.length === length));
  const [ids = [], starts = [], ends = [], amounts = []] = columns.map((column) =>
    repeatToLength(column.values, length),
  );
  return {
    accountIds: ids,
    startDates: starts,
    endDates: ends,
    arr: amounts,
    length,
    headerOffset: offset,
  };
}

/** Reads one column of an argument, rejecting ranges that are wider than one column. */
export function columnValues(name: string, argument: SheetArgument): SheetScalar[] {
  const rows = toRows(argument);
  const values = new Array<SheetScalar>(rows.length);
  for (let index = 0; index < rows.length; index++) {
    const row = rows[index] ?? [];
    if (row.length !== 1) {
      throw valueError(
        `${NAME}: ${name} is ${row.length} columns wide. ` +
          `Select a single column, one row per subscription.`,
      );
    }
    values[index] = row[0];
  }
  return values;
}

/** Checks that a column has `length` rows, or is a single cell that repeats for every row. */
export function requireLength(name: string, columnLength: number, length: number): void {
  if (columnLength === length || columnLength === 1) return;
  throw valueError(
    `${NAME}: ${name} has ${columnLength} rows but the longest column has ${length}. ` +
      `Select the same rows for every column, or a single cell to use for every row.`,
  );
}

/** Repeats a single cell for every row, and returns a longer column unchanged. */
export function repeatToLength(
  values: readonly SheetScalar[],
  length: number,
): readonly SheetScalar[] {
  return values.length === length ? values : Array<SheetScalar>(length).fill(values[0]);
}

/**
 * Returns 1 when the first row is a header: text that is neither a number in arr nor a date in
 * the date columns. Throws when some columns start with a header and others with data, since
 * one of them would then lose a row. Account ids are text either way, so they cannot tell.
 */
function headerOffset(columns: readonly NamedColumn[]): number {
  const firstCells = columns
    .filter((column) => column.name !== 'account_ids')
    .map((column) => ({ name: column.name, value: column.values[0] }));
  const isLabel = (cell: { name: string; value: SheetScalar }) => {
    if (typeof cell.value !== 'string' || isBlank(cell.value)) return false;
    const reading =
      cell.name === 'arr' ? parseNumberText(cell.value, true) : parseIsoDate(cell.value);
    return reading === undefined;
  };

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
