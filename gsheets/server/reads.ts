/// <reference types="google-apps-script" />
import { catalogue } from '../../core/index.js';
import type {
  CellValue,
  FunctionSummary,
  RangeRequest,
  RangeValues,
  SheetSummary,
} from '../protocol.js';
import { sheetIdsCreatedByAddOn } from './ownership.js';
import { optionalA1Notation, requireSheetName } from './requests.js';
import { spreadsheetTimeZone } from './spreadsheet-time-zone.js';
import { isDate, spreadsheetDates, type SpreadsheetDates } from './values.js';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/**
 * Lists every sheet with its header row, so the sidebar can offer the data sheets. Reads one
 * header row per sheet plus one metadata search, and no data rows.
 */
export function listSheets(): SheetSummary[] {
  const spreadsheet = SpreadsheetApp.getActive();
  const createdIds = sheetIdsCreatedByAddOn(spreadsheet);
  const dates = spreadsheetDates(spreadsheetTimeZone());

  return spreadsheet.getSheets().map((sheet) => {
    const rowCount = sheet.getLastRow();
    const columnCount = sheet.getLastColumn();
    const headers = readHeaderRow(sheet, columnCount);
    const isCreatedByAddOn = createdIds.has(sheet.getSheetId());
    const hasTextHeaders = headers.length > 0 && headers.every((cell) => typeof cell === 'string');
    const isDataSheet = !isCreatedByAddOn && hasTextHeaders && rowCount > 1;

    return {
      name: sheet.getName(),
      headers: headers.map((cell) => String(toCellValue(cell, dates))),
      rowCount,
      columnCount,
      isCreatedByAddOn,
      isDataSheet,
    };
  });
}

/**
 * Reads a range with one `getValues`: its first row as headers and the rows below it. Dates
 * become ISO text of their day in the spreadsheet's time zone, since a `Date` cannot reach the
 * sidebar. Without `a1Notation` it reads the sheet's data range.
 */
export function readSheetValues(request: RangeRequest): RangeValues {
  const sheetName = requireSheetName(request?.sheetName);
  const sheet = SpreadsheetApp.getActive().getSheetByName(sheetName);
  if (sheet === null) {
    throw new Error(`Sheet "${sheetName}" was not found. Check the name on its tab.`);
  }
  const a1Notation = optionalA1Notation(request.a1Notation);
  const range = a1Notation === undefined ? sheet.getDataRange() : rangeOf(sheet, a1Notation);
  const dates = spreadsheetDates(spreadsheetTimeZone());

  const cells = range.getValues().map((row) => row.map((cell) => toCellValue(cell, dates)));
  return {
    sheetName,
    a1Notation: range.getA1Notation(),
    headers: (cells[0] ?? []).map(String),
    rows: cells.slice(1),
  };
}

/** Lists the catalogue as plain data for the sidebar. */
export function listFunctions(): FunctionSummary[] {
  return catalogue.map((definition) => ({
    name: definition.name,
    description: definition.description,
    parameters: definition.parameters.map((parameter) => ({ ...parameter })),
  }));
}

/** Gets an A1 range of a sheet, naming the range and the sheet when Sheets cannot find it. */
function rangeOf(sheet: Sheet, a1Notation: string): GoogleAppsScript.Spreadsheet.Range {
  try {
    return sheet.getRange(a1Notation);
  } catch {
    throw new Error(
      `Range ${JSON.stringify(a1Notation)} was not found in sheet ${JSON.stringify(sheet.getName())}. ` +
        `Give an A1 range such as A1:F200.`,
    );
  }
}

/** Reads the first row of a sheet, leaving out trailing blank cells. */
function readHeaderRow(sheet: Sheet, columnCount: number): unknown[] {
  if (columnCount === 0) return [];

  const cells: unknown[] = sheet.getRange(1, 1, 1, columnCount).getValues()[0] ?? [];
  while (cells.length > 0 && cells[cells.length - 1] === '') cells.pop();
  return cells;
}

function toCellValue(cell: unknown, dates: SpreadsheetDates): CellValue {
  if (isDate(cell)) return dates.isoDate(cell);
  if (cell === null || cell === undefined) return '';
  return cell as CellValue;
}
