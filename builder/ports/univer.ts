import type { CellInput, CellValue, SheetSummary, WorkbookPort } from '../port.js';
import { isFormula } from '../port.js';
import { CREATED_BY_BUILDER_KEY, toIsoDateIfDate } from './shared.js';

/** The parts of Univer's sheets facade (0.25) the port uses, so it works with any copy of it. */
export interface UniverRange {
  getCellDatas(): CellData[][];
  getNumberFormats?(): string[][];
  setValues(values: unknown[][]): unknown;
}

export interface UniverSheet {
  getSheetName(): string;
  getLastRow(): number;
  getLastColumn(): number;
  getMaxRows(): number;
  getMaxColumns(): number;
  getRange(row: number, column: number, rows: number, columns: number): UniverRange;
  getCustomMetadata(): Record<string, unknown> | undefined;
  setCustomMetadata(custom: Record<string, unknown> | undefined): unknown;
  insertRowsAfter(afterPosition: number, howMany: number): unknown;
  insertColumnsAfter(afterPosition: number, howMany: number): unknown;
  clearContents(): unknown;
}

export interface UniverFacade {
  getActiveWorkbook(): {
    getSheets(): UniverSheet[];
    getSheetByName(name: string): UniverSheet | null;
    insertSheet(name: string): UniverSheet;
  } | null;
}

// Univer's CellValueType: 1 text, 2 number, 3 boolean. A cell's type is given explicitly so
// text stays text; Univer would otherwise read "2025-01-01" as a date and "=1+1" as a formula.
const TEXT = 1;
const NUMBER = 2;
const BOOLEAN = 3;

/**
 * Creates the port for the local workbook, over Univer's facade (`window.univerAPI` on the
 * page). Builder sheets are marked with custom metadata on the worksheet.
 */
export function univerPort(univerAPI: UniverFacade): WorkbookPort {
  const workbook = () => {
    const found = univerAPI.getActiveWorkbook();
    if (found === null) throw new Error('The local workbook is not open.');
    return found;
  };
  return {
    dialect: 'univer',
    async listSheets() {
      return workbook().getSheets().map(summarize);
    },
    async readSheet(name) {
      return readCells(requireSheet(workbook().getSheetByName(name), name));
    },
    async writeSheet(name, rows) {
      const existing = workbook().getSheetByName(name);
      if (existing !== null && !isCreatedByBuilder(existing)) {
        throw new Error(
          `Sheet "${name}" was not created by CS Comp, so CS Comp will not write to it.`,
        );
      }
      const sheet = existing ?? workbook().insertSheet(name);
      if (existing === null)
        sheet.setCustomMetadata({ ...sheet.getCustomMetadata(), [CREATED_BY_BUILDER_KEY]: true });
      else sheet.clearContents();
      writeCells(sheet, rows);
    },
  };
}

function summarize(sheet: UniverSheet): SheetSummary {
  const rowCount = sheet.getLastRow() + 1;
  const columnCount = sheet.getLastColumn() + 1;
  const headers = columnCount > 0 && rowCount > 0 ? readRow(sheet, columnCount) : [];
  while (headers.length > 0 && headers[headers.length - 1] === '') headers.pop();
  return {
    name: sheet.getSheetName(),
    headers,
    rowCount,
    columnCount,
    isCreatedByBuilder: isCreatedByBuilder(sheet),
  };
}

type CellData = { v?: unknown; t?: unknown } | null | undefined;

function readRow(sheet: UniverSheet, columns: number): string[] {
  const cells = sheet.getRange(0, 0, 1, columns).getCellDatas()[0] ?? [];
  return Array.from({ length: columns }, (_, c) => String(toCellValue(cells[c], undefined)));
}

function readCells(sheet: UniverSheet): CellValue[][] {
  const rows = sheet.getLastRow() + 1;
  const columns = sheet.getLastColumn() + 1;
  if (rows <= 0 || columns <= 0) return [];
  const range = sheet.getRange(0, 0, rows, columns);
  const formats = range.getNumberFormats?.() ?? [];
  const cells = range.getCellDatas();
  return Array.from({ length: rows }, (_, r) =>
    Array.from({ length: columns }, (_, c) => toCellValue(cells[r]?.[c], formats[r]?.[c])),
  );
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

function writeCells(sheet: UniverSheet, rows: readonly (readonly CellInput[])[]): void {
  const width = rows.reduce((widest, row) => Math.max(widest, row.length), 0);
  if (rows.length === 0 || width === 0) return;
  if (rows.length > sheet.getMaxRows())
    sheet.insertRowsAfter(sheet.getMaxRows() - 1, rows.length - sheet.getMaxRows());
  if (width > sheet.getMaxColumns())
    sheet.insertColumnsAfter(sheet.getMaxColumns() - 1, width - sheet.getMaxColumns());
  const cells = rows.map((row) =>
    Array.from({ length: width }, (_, c) => toCellData(row[c] ?? '')),
  );
  sheet.getRange(0, 0, rows.length, width).setValues(cells);
}

function toCellData(cell: CellInput): Record<string, unknown> {
  if (isFormula(cell)) return { f: cell.formula };
  if (cell === '') return { v: null };
  if (typeof cell === 'boolean') return { v: cell ? 1 : 0, t: BOOLEAN };
  return typeof cell === 'number' ? { v: cell, t: NUMBER } : { v: cell, t: TEXT };
}

function isCreatedByBuilder(sheet: UniverSheet): boolean {
  return sheet.getCustomMetadata()?.[CREATED_BY_BUILDER_KEY] === true;
}

function requireSheet(sheet: UniverSheet | null, name: string): UniverSheet {
  if (sheet === null) throw new Error(`Sheet "${name}" was not found. Check the name on its tab.`);
  return sheet;
}
