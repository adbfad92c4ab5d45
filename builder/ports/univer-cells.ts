import { columnLetters } from '../../core/index.js';
import type { CellInput, CellValue } from '../port.js';
import { isFormula } from '../port.js';
import { toIsoDateIfDate } from './shared.js';
import type { ComputedValues, UniverSheet } from './univer.js';

/** A cell of Univer's model: its value `v` and its type `t`. */
export type CellData = { v?: unknown; t?: unknown } | null | undefined;

// Univer's CellValueType: 1 text, 2 number, 3 boolean. A cell's type is given explicitly so
// text stays text; Univer would otherwise read "2025-01-01" as a date and "=1+1" as a formula.
const TEXT = 1;
const NUMBER = 2;
const BOOLEAN = 3;

/** Reads a sheet's first row as header text. */
export function readHeaderRow(sheet: UniverSheet, columns: number): string[] {
  const cells = sheet.getRange(0, 0, 1, columns).getCellDatas()[0] ?? [];
  return Array.from({ length: columns }, (_, c) => String(toCellValue(cells[c], undefined)));
}

/**
 * Reads a sheet from A1, with the model's own cells or with `computedValues`. The facade's
 * last row leaves out values spilled by array formulas, so with `computedValues` it reads up
 * to the sheet's last row and column and trims the blank edges.
 */
export function readCells(sheet: UniverSheet, computedValues?: ComputedValues): CellValue[][] {
  const rows = computedValues === undefined ? sheet.getLastRow() + 1 : sheet.getMaxRows();
  const columns = computedValues === undefined ? sheet.getLastColumn() + 1 : sheet.getMaxColumns();
  if (rows <= 0 || columns <= 0) return [];
  const range = sheet.getRange(0, 0, rows, columns);
  const formats = range.getNumberFormats?.() ?? [];
  const cells =
    computedValues === undefined
      ? range.getCellDatas()
      : computedValues(sheet.getSheetName(), `A1:${columnLetters(columns - 1)}${rows}`).map((row) =>
          row.map(computedCell),
        );
  const values = Array.from({ length: rows }, (_, r) =>
    Array.from({ length: columns }, (_, c) => toCellValue(cells[r]?.[c], formats[r]?.[c])),
  );
  return computedValues === undefined ? values : trimBlankEdges(values);
}

/** Writes rows from A1 as typed cells and formulas, growing the sheet when they do not fit. */
export function writeCells(sheet: UniverSheet, rows: readonly (readonly CellInput[])[]): void {
  const width = rows.reduce((widest, row) => Math.max(widest, row.length), 0);
  if (rows.length === 0 || width === 0) return;
  const maxRows = sheet.getMaxRows();
  const maxColumns = sheet.getMaxColumns();
  if (rows.length > maxRows) sheet.insertRowsAfter(maxRows - 1, rows.length - maxRows);
  if (width > maxColumns) sheet.insertColumnsAfter(maxColumns - 1, width - maxColumns);
  const cells = rows.map((row) =>
    Array.from({ length: width }, (_, c) => toCellData(row[c] ?? '')),
  );
  sheet.getRange(0, 0, rows.length, width).setValues(cells);
}

/** Reads a cell's value: booleans by their cell type (stored as 1 and 0), dates by format. */
function toCellValue(cell: CellData, format: string | undefined): CellValue {
  const value = cell?.v;
  if (value === null || value === undefined) return '';
  if (cell?.t === BOOLEAN) return value === true || value === 1 || value === 'TRUE';
  if (typeof value === 'number') return toIsoDateIfDate(value, format);
  if (typeof value === 'boolean' || typeof value === 'string') return value;
  return String(value);
}

function computedCell(value: unknown): CellData {
  if (typeof value === 'boolean') return { v: value, t: BOOLEAN };
  if (typeof value === 'object' && value !== null && 'error' in value) {
    return { v: String((value as { error: unknown }).error) };
  }
  return { v: value };
}

function toCellData(cell: CellInput): Record<string, unknown> {
  if (isFormula(cell)) return { f: cell.formula };
  if (cell === '') return { v: null };
  if (typeof cell === 'boolean') return { v: cell ? 1 : 0, t: BOOLEAN };
  return typeof cell === 'number' ? { v: cell, t: NUMBER } : { v: cell, t: TEXT };
}

/** Drops trailing blank rows and the blank columns right of every value. */
function trimBlankEdges(rows: readonly CellValue[][]): CellValue[][] {
  let height = rows.length;
  while (height > 0 && (rows[height - 1] ?? []).every((cell) => cell === '')) height--;
  const filledRows = rows.slice(0, height);
  const lastFilled = (row: readonly CellValue[]) =>
    row.reduce<number>((end, cell, c) => (cell === '' ? end : c + 1), 0);
  const width = Math.max(0, ...filledRows.map(lastFilled));
  return filledRows.map((row) => row.slice(0, width));
}
