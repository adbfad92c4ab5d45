import type { SheetArgument, SheetScalar } from './types.js';

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

/** The first cell of an argument, for parameters that take one value. */
export function firstCell(argument: SheetArgument): SheetScalar {
  return toRows(argument)[0]?.[0];
}
