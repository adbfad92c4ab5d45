/// <reference types="office-js" />
import type { CellInput, CellValue, SheetSummary, WorkbookPort } from '../port.js';
import { isFormula } from '../port.js';
import { CREATED_BY_BUILDER_KEY, escapeText, toIsoDateIfDate } from './shared.js';

/** `Excel.run` as the port calls it, so tests can pass office-addin-mock's stand-in. */
export type ExcelRun = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

/**
 * Creates the port for the Excel task pane. Each operation is one `Excel.run` with as few
 * syncs as it can: one to find the sheets, one to read what it needs. Builder sheets carry a
 * worksheet custom property (ExcelApi 1.12).
 */
export function excelPort(run: ExcelRun = (batch) => Excel.run(batch)): WorkbookPort {
  return {
    dialect: 'excel',
    listSheets: () => run(listSheets),
    readSheet: (name) => run((context) => readSheet(context, name)),
    writeSheet: (name, rows) => run((context) => writeSheet(context, name, rows)),
  };
}

async function listSheets(context: Excel.RequestContext): Promise<SheetSummary[]> {
  const sheets = context.workbook.worksheets;
  sheets.load('items/name');
  await context.sync();

  const found = sheets.items.map((sheet) => {
    const used = sheet.getUsedRangeOrNullObject(true);
    used.load('rowIndex,columnIndex,rowCount,columnCount');
    const marker = sheet.customProperties.getItemOrNullObject(CREATED_BY_BUILDER_KEY);
    marker.load('value');
    const header = sheet.getRange('1:1').getUsedRangeOrNullObject(true);
    header.load('values,columnIndex');
    return { sheet, used, marker, header };
  });
  await context.sync();

  return found.map(({ sheet, used, marker, header }) => {
    const headers = header.isNullObject ? [] : leftPad(header.values[0] ?? [], header.columnIndex);
    return {
      name: sheet.name,
      headers: headers.map((cell) => (cell === null || cell === undefined ? '' : String(cell))),
      rowCount: used.isNullObject ? 0 : used.rowIndex + used.rowCount,
      columnCount: used.isNullObject ? 0 : used.columnIndex + used.columnCount,
      isCreatedByBuilder: !marker.isNullObject,
    };
  });
}

async function readSheet(context: Excel.RequestContext, name: string): Promise<CellValue[][]> {
  const sheet = context.workbook.worksheets.getItem(name);
  const used = sheet.getUsedRangeOrNullObject(true);
  used.load('rowIndex,columnIndex,rowCount,columnCount');
  await context.sync();
  if (used.isNullObject) return [];

  const rows = used.rowIndex + used.rowCount;
  const columns = used.columnIndex + used.columnCount;
  const range = sheet.getRangeByIndexes(0, 0, rows, columns);
  range.load('values,numberFormat');
  await context.sync();
  return range.values.map((row, r) =>
    row.map((cell, c) => toCellValue(cell, range.numberFormat[r]?.[c])),
  );
}

async function writeSheet(
  context: Excel.RequestContext,
  name: string,
  rows: readonly (readonly CellInput[])[],
): Promise<void> {
  const sheets = context.workbook.worksheets;
  const existing = sheets.getItemOrNullObject(name);
  const marker = existing.customProperties.getItemOrNullObject(CREATED_BY_BUILDER_KEY);
  existing.load('name');
  marker.load('value');
  await context.sync();
  if (!existing.isNullObject && marker.isNullObject) {
    throw new Error(`Sheet "${name}" was not created by CS Comp, so CS Comp will not write to it.`);
  }

  const sheet = existing.isNullObject ? sheets.add(name) : existing;
  if (existing.isNullObject) sheet.customProperties.add(CREATED_BY_BUILDER_KEY, 'true');
  else sheet.getRange().clear('Contents');
  const width = rows.reduce((widest, row) => Math.max(widest, row.length), 0);
  if (rows.length > 0 && width > 0) {
    const grid = rows.map((row) =>
      Array.from({ length: width }, (_, c) => toFormulaCell(row[c] ?? '')),
    );
    sheet.getRangeByIndexes(0, 0, rows.length, width).formulas = grid;
  }
  await context.sync();
}

/** Reads an Excel cell value: blanks are `""`, and serials with a date format become ISO text. */
function toCellValue(cell: unknown, format: unknown): CellValue {
  if (cell === null || cell === undefined) return '';
  if (typeof cell === 'number')
    return toIsoDateIfDate(cell, typeof format === 'string' ? format : undefined);
  if (typeof cell === 'boolean' || typeof cell === 'string') return cell;
  return String(cell);
}

/** Writes formulas as formulas and every value as that value, text included. */
function toFormulaCell(cell: CellInput): string | number | boolean {
  if (isFormula(cell)) return cell.formula;
  return typeof cell === 'string' ? escapeText(cell) : cell;
}

function leftPad(cells: readonly unknown[], offset: number): unknown[] {
  return [...Array.from({ length: offset }, () => ''), ...cells];
}
