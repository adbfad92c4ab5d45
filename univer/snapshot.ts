import type { ICellData, IObjectMatrixPrimitiveType, IWorkbookData } from '@univerjs/core';
import { toCellData, type CellInput } from './cells.js';

/** A sheet to create: its tab name and its rows from A1. */
export interface SheetRows {
  readonly name: string;
  readonly rows: readonly (readonly CellInput[])[];
}

/** Rows and columns every sheet has at least, as in a new Sheets tab. */
const MINIMUM_ROWS = 1000;
const MINIMUM_COLUMNS = 26;

/** Builds the snapshot Univer creates a workbook from, with one worksheet per entry. */
export function workbookSnapshot(
  name: string,
  sheets: readonly SheetRows[],
): Partial<IWorkbookData> {
  const entries = sheets.map((sheet, index) => [`sheet-${index + 1}`, sheet] as const);
  return {
    id: name,
    name,
    sheetOrder: entries.map(([id]) => id),
    sheets: Object.fromEntries(entries.map(([id, sheet]) => [id, worksheetData(id, sheet)])),
  };
}

/** Places rows in a cell matrix from a 0-based row and column, leaving out blank inputs. */
export function cellMatrix(
  rows: readonly (readonly CellInput[])[],
  firstRow = 0,
  firstColumn = 0,
): IObjectMatrixPrimitiveType<ICellData> {
  const matrix: IObjectMatrixPrimitiveType<ICellData> = {};
  rows.forEach((cells, rowOffset) => {
    const row: Record<number, ICellData> = {};
    cells.forEach((value, columnOffset) => {
      if (value !== null && value !== '') row[firstColumn + columnOffset] = toCellData(value);
    });
    matrix[firstRow + rowOffset] = row;
  });
  return matrix;
}

/** Sizes a sheet to hold `rows` with room to add more, and at least a new tab's size. */
export function sheetSize(rows: readonly (readonly CellInput[])[]): {
  rowCount: number;
  columnCount: number;
} {
  const widest = rows.reduce((width, cells) => Math.max(width, cells.length), 0);
  return {
    rowCount: Math.max(MINIMUM_ROWS, rows.length + 100),
    columnCount: Math.max(MINIMUM_COLUMNS, widest + 5),
  };
}

function worksheetData(id: string, sheet: SheetRows) {
  return { id, name: sheet.name, ...sheetSize(sheet.rows), cellData: cellMatrix(sheet.rows) };
}
