import type { SheetSummary, WorkbookPort } from '../port.js';
import { CREATED_BY_BUILDER_KEY } from './shared.js';
import { readCells, readHeaderRow, writeCells, type CellData } from './univer-cells.js';

/** A range of Univer's sheets facade (0.25), as far as the port uses it. */
export interface UniverRange {
  getCellDatas(): CellData[][];
  getNumberFormats?(): string[][];
  setValues(values: unknown[][]): unknown;
}

/** A worksheet of Univer's sheets facade (0.25), as far as the port uses it. */
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

/** Univer's facade (`window.univerAPI`), as far as the port uses it. */
export interface UniverFacade {
  getActiveWorkbook(): {
    getSheets(): UniverSheet[];
    getSheetByName(name: string): UniverSheet | null;
    insertSheet(name: string): UniverSheet;
  } | null;
}

/**
 * Reads computed values of an A1 range, spilled results included, as the local workbook page's
 * `window.csComp.getValues` does: blanks `null`, error values `{ error }`.
 */
export type ComputedValues = (sheet: string, a1Range: string) => unknown[][];

/**
 * Creates the port for the local workbook, over Univer's facade (`window.univerAPI` on the
 * page). Builder sheets are marked with custom metadata on the worksheet. Univer 0.25's facade
 * shows no values spilled by an array formula, so pass `computedValues` to read those too.
 */
export function univerPort(univerAPI: UniverFacade, computedValues?: ComputedValues): WorkbookPort {
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
      const sheet = workbook().getSheetByName(name);
      if (sheet === null)
        throw new Error(`Sheet "${name}" was not found. Check the name on its tab.`);
      return readCells(sheet, computedValues);
    },
    async writeSheet(name, rows) {
      const existing = workbook().getSheetByName(name);
      if (existing !== null && !isCreatedByBuilder(existing)) {
        throw new Error(
          `Sheet "${name}" was not created by CS Comp, so CS Comp will not write to it.`,
        );
      }
      const sheet = existing ?? workbook().insertSheet(name);
      if (existing === null) {
        sheet.setCustomMetadata({ ...sheet.getCustomMetadata(), [CREATED_BY_BUILDER_KEY]: true });
      } else {
        sheet.clearContents();
      }
      writeCells(sheet, rows);
    },
  };
}

function summarize(sheet: UniverSheet): SheetSummary {
  const rowCount = sheet.getLastRow() + 1;
  const columnCount = sheet.getLastColumn() + 1;
  const headers = columnCount > 0 && rowCount > 0 ? readHeaderRow(sheet, columnCount) : [];
  while (headers.length > 0 && headers[headers.length - 1] === '') headers.pop();
  return {
    name: sheet.getSheetName(),
    headers,
    rowCount,
    columnCount,
    isCreatedByBuilder: isCreatedByBuilder(sheet),
  };
}

function isCreatedByBuilder(sheet: UniverSheet): boolean {
  return sheet.getCustomMetadata()?.[CREATED_BY_BUILDER_KEY] === true;
}
