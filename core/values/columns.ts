import { valueError } from '../errors.js';
import { describeValue } from './describe.js';
import { startsWithHeader } from './header.js';
import { readNumber, type NumberReading } from './numbers.js';
import { isBlank } from './blank.js';
import { parseIsoDate } from './dates.js';
import { toRows, type PlacedCell } from './range.js';
import type { SheetArgument, SheetScalar } from './types.js';

/** One argument of a function that works row by row or groups rows. */
export interface ColumnSpec {
  readonly name: string;
  readonly argument: SheetArgument;
  /** Whether the column contains numbers, so a text first row in it marks a header. */
  readonly numeric: boolean;
  /** Whether the column contains dates, so a first row of text that is not a date marks a header. */
  readonly dates?: boolean;
}

/** Arguments lined up by row: single cells repeat for every row, ranges give one cell a row. */
export interface AlignedColumns {
  readonly length: number;
  cell(name: string, index: number): PlacedCell;
}

/**
 * Lines up arguments row by row, skipping a shared header row. Throws a `CellError` when the
 * ranges differ in length or when one range has a header and another starts with data.
 */
export function alignColumns(functionName: string, specs: readonly ColumnSpec[]): AlignedColumns {
  for (const spec of specs) requireOneColumn(functionName, spec);
  const columns = new Map(specs.map((spec) => [spec.name, columnCells(spec.argument)]));
  const ranges = specs.filter((spec) => !isBroadcast(spec.argument));
  const headerOffset = sharedHeaderOffset(functionName, ranges, columns);
  const length = sharedLength(functionName, ranges, columns, headerOffset);

  return {
    length,
    cell(name, index) {
      const cells = columns.get(name) ?? [];
      if (cells.length === 1 && !ranges.some((spec) => spec.name === name)) {
        return { value: cells[0]?.value, row: 1 };
      }
      return cells[index + headerOffset] ?? { value: undefined, row: index + headerOffset + 1 };
    },
  };
}

/**
 * Rejects a block of several rows and columns, whose cells would each become a row and shift
 * every result below them. A single row is read as a list, one cell per row.
 */
function requireOneColumn(functionName: string, spec: ColumnSpec): void {
  const rows = toRows(spec.argument);
  if (rows.length < 2) return;
  const wide = rows.find((row) => row.length > 1);
  if (wide === undefined) return;
  throw valueError(
    `${functionName}: ${spec.name} is ${wide.length} columns wide. ` +
      `Select a single column, one cell per row.`,
  );
}

/**
 * Reads every number in an argument for functions that pool a range, skipping blanks and a
 * header row. Each number comes with its row for later messages.
 */
export function poolNumbers(
  functionName: string,
  name: string,
  argument: SheetArgument,
  reading: NumberReading,
): { value: number; row: number }[] {
  const cells = columnCells(argument);
  const offset = headerCellCount(toRows(argument), cells);
  const numbers: { value: number; row: number }[] = [];

  for (const cell of cells.slice(offset)) {
    const source = { functionName, argument: name, row: cell.row };
    const value = readNumber(
      cell.value,
      isBroadcast(argument) ? { functionName, argument: name } : source,
      reading,
    );
    if (value !== undefined) numbers.push({ value, row: cell.row });
  }
  return numbers;
}

/**
 * Counts the header cells at the start of a pooled range. In a range of several rows and
 * columns, that is the whole first row when each filled cell in it is a label. A row that
 * mixes labels and numbers is read as data, so the label fails with its row named.
 */
function headerCellCount(
  rows: readonly (readonly SheetScalar[])[],
  cells: readonly PlacedCell[],
): number {
  const first = rows[0] ?? [];
  if (rows.length < 2 || first.length < 2) {
    return startsWithHeader(cells.map((cell) => cell.value)) ? 1 : 0;
  }
  const filled = first.filter((value) => !isBlank(value));
  const hasData = rows.slice(1).some((row) => row.some((value) => !isBlank(value)));
  const isLabel = (value: SheetScalar) => startsWithHeader([value, 0]);
  return hasData && filled.length > 0 && filled.every(isLabel) ? first.length : 0;
}

function columnCells(argument: SheetArgument): PlacedCell[] {
  const cells: PlacedCell[] = [];
  toRows(argument).forEach((row, index) => {
    for (const value of row) cells.push({ value, row: index + 1 });
  });
  return cells;
}

function isBroadcast(argument: SheetArgument): boolean {
  const rows = toRows(argument);
  return rows.length === 1 && rows[0]?.length === 1;
}

function sharedHeaderOffset(
  functionName: string,
  ranges: readonly ColumnSpec[],
  columns: Map<string, PlacedCell[]>,
): number {
  const values = (spec: ColumnSpec): SheetScalar[] =>
    (columns.get(spec.name) ?? []).map((cell) => cell.value);
  const typed = ranges.filter((spec) => spec.numeric || spec.dates === true);
  const withHeader = typed.find((spec) => startsWithLabel(spec, values(spec)));
  if (withHeader === undefined) return 0;

  for (const spec of typed) {
    const first = values(spec)[0];
    if (!isBlank(first) && !startsWithLabel(spec, values(spec))) {
      throw valueError(
        `${functionName}: ${withHeader.name} starts with the header ` +
          `${describeValue(values(withHeader)[0])} but ${spec.name} starts with the value ` +
          `${describeValue(first)}. Select the same rows for every argument, with or without headers.`,
      );
    }
  }
  return 1;
}

/** Tells whether a number or date column starts with a header: text that is not its kind of value. */
function startsWithLabel(spec: ColumnSpec, cells: readonly SheetScalar[]): boolean {
  if (spec.numeric) return startsWithHeader(cells);
  const [first, ...rest] = cells;
  if (typeof first !== 'string' || isBlank(first) || parseIsoDate(first) !== undefined)
    return false;
  return rest.some((value) => !isBlank(value));
}

function sharedLength(
  functionName: string,
  ranges: readonly ColumnSpec[],
  columns: Map<string, PlacedCell[]>,
  headerOffset: number,
): number {
  const [first, ...others] = ranges;
  if (first === undefined) return 1;

  const length = (spec: ColumnSpec): number => (columns.get(spec.name)?.length ?? 0) - headerOffset;
  for (const spec of others) {
    if (length(spec) !== length(first)) {
      throw valueError(
        `${functionName}: ${first.name} has ${length(first)} rows but ${spec.name} has ` +
          `${length(spec)}. Select ranges of the same length, or a single cell to use for every row.`,
      );
    }
  }
  return length(first);
}
