import { valueError } from '../errors.js';
import { describeSource } from './describe.js';
import type { SheetArgument, SheetScalar, ValueSource } from './types.js';

/** Turns an argument into rows of cells: a single cell becomes one row of one cell. */
export function toRows(argument: SheetArgument): readonly (readonly SheetScalar[])[] {
  if (Array.isArray(argument)) return argument as readonly (readonly SheetScalar[])[];
  return [[argument as SheetScalar]];
}

/** Tells whether an argument is a single cell (or a range of exactly one cell). */
export function isSingleCell(argument: SheetArgument): boolean {
  const rows = toRows(argument);
  return rows.length === 1 && rows[0]?.length === 1;
}

/** The cells of an argument in reading order, each with its 1-based row within the range. */
export interface PlacedCell {
  readonly value: SheetScalar;
  readonly row: number;
}

/** Lists every cell of an argument row by row, for functions that pool a whole range. */
export function cellsOf(argument: SheetArgument): PlacedCell[] {
  const cells: PlacedCell[] = [];
  toRows(argument).forEach((cells_, index) => {
    for (const value of cells_) cells.push({ value, row: index + 1 });
  });
  return cells;
}

/**
 * Returns the cell of a parameter that takes one value. Throws a `CellError` for a range of
 * several cells, since reading only its first cell would ignore the others without a word.
 */
export function singleCell(argument: SheetArgument, source: ValueSource): SheetScalar {
  const rows = toRows(argument);
  const count = rows.reduce((total, row) => total + row.length, 0);
  if (count <= 1) return rows[0]?.[0];
  throw valueError(
    `${describeSource(source)} is a range of ${count} cells, but it takes one value. ` +
      `Select a single cell.`,
  );
}
