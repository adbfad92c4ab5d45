import type { CellValue } from '../protocol.js';

/**
 * Checks a sheet name sent by the sidebar. The sidebar is our own page, but anything that
 * crosses `google.script.run` is untyped at run time, so each server function checks its input.
 */
export function requireSheetName(value: unknown): string {
  if (typeof value === 'string' && value.trim() !== '') return value;
  throw new Error(`sheetName is ${describe(value)}; expected the name of a sheet.`);
}

/** Checks an optional A1 range sent by the sidebar, such as `A1:F200`. */
export function optionalA1Notation(value: unknown): string | undefined {
  if (value === undefined || value === null || value === '') return undefined;
  if (typeof value === 'string') return value;
  throw new Error(`a1Notation is ${describe(value)}; expected an A1 range such as A1:F200.`);
}

/** Checks a 1-based row or column number. */
export function requirePosition(value: unknown, field: 'row' | 'column'): number {
  if (typeof value === 'number' && Number.isInteger(value) && value >= 1) return value;
  throw new Error(`${field} is ${describe(value)}; expected a whole number from 1.`);
}

/** Checks rows of cells to write, padding short rows with `""` so the grid is rectangular. */
export function requireCellRows(value: unknown): CellValue[][] {
  return requireGrid(value, 'rows', isCellValue, 'text, numbers or TRUE/FALSE');
}

/** Checks rows of formulas to write, padding short rows with `""` (an empty cell). */
export function requireFormulaRows(value: unknown): string[][] {
  return requireGrid(value, 'formulas', isText, 'formula text');
}

function requireGrid<T extends CellValue>(
  value: unknown,
  field: string,
  isCell: (cell: unknown) => cell is T,
  expected: string,
): T[][] {
  if (!Array.isArray(value) || !value.every((row) => Array.isArray(row))) {
    throw new Error(`${field} is ${describe(value)}; expected rows of cells.`);
  }
  const rows = value as unknown[][];
  const width = rows.reduce((widest, row) => Math.max(widest, row.length), 0);

  return rows.map((row, rowIndex) =>
    Array.from({ length: width }, (_, columnIndex) => {
      const cell = columnIndex < row.length ? row[columnIndex] : '';
      if (isCell(cell)) return cell;
      throw new Error(
        `${field} row ${rowIndex + 1}, column ${columnIndex + 1} is ${describe(cell)}; ` +
          `expected ${expected}.`,
      );
    }),
  ) as T[][];
}

function isCellValue(cell: unknown): cell is CellValue {
  return (
    typeof cell === 'string' ||
    typeof cell === 'boolean' ||
    (typeof cell === 'number' && Number.isFinite(cell))
  );
}

function isText(cell: unknown): cell is string {
  return typeof cell === 'string';
}

function describe(value: unknown): string {
  if (value === undefined) return 'missing';
  if (typeof value === 'string') return JSON.stringify(value);
  if (Array.isArray(value)) return 'a list';
  if (value === null) return 'null';
  if (typeof value === 'object') return 'an object';
  return String(value);
}
