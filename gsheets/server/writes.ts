/// <reference types="google-apps-script" />
import type { FormulaWrite, SheetWrite, WriteResult } from '../protocol.js';
import { isCreatedByAddOn, markCreatedByAddOn } from './ownership.js';
import {
  requireCellRows,
  requireFormulaRows,
  requirePosition,
  requireSheetName,
} from './requests.js';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/**
 * Replaces the contents of a sheet the add-on owns with `rows`, from A1, in one `setValues`.
 * Creates and marks the sheet when no sheet has that name, and rejects a sheet the add-on did
 * not create. Text starting with `=` is written as a formula, as Sheets does for typed text.
 */
export function writeAddOnSheet(request: SheetWrite): WriteResult {
  const sheetName = requireSheetName(request?.sheetName);
  const rows = requireCellRows(request.rows);
  const sheet = ownedOrNewSheet(sheetName);

  sheet.clearContents();
  if (rows.length === 0 || rows[0]!.length === 0) return { sheetName, a1Notation: '' };

  const range = sheet.getRange(1, 1, rows.length, rows[0]!.length);
  range.setValues(rows);
  return { sheetName, a1Notation: range.getA1Notation() };
}

/**
 * Writes formulas into a sheet the add-on owns, in one `setFormulas`, from a 1-based top-left
 * cell. Creates and marks the sheet when no sheet has that name, and rejects a sheet the add-on
 * did not create. Cells outside the block keep their contents.
 */
export function writeFormulas(request: FormulaWrite): WriteResult {
  const sheetName = requireSheetName(request?.sheetName);
  const row = requirePosition(request.row, 'row');
  const column = requirePosition(request.column, 'column');
  const formulas = requireFormulaRows(request.formulas);
  const sheet = ownedOrNewSheet(sheetName);
  if (formulas.length === 0 || formulas[0]!.length === 0) return { sheetName, a1Notation: '' };

  const range = sheet.getRange(row, column, formulas.length, formulas[0]!.length);
  range.setFormulas(formulas);
  return { sheetName, a1Notation: range.getA1Notation() };
}

function ownedOrNewSheet(sheetName: string): Sheet {
  const spreadsheet = SpreadsheetApp.getActive();
  const existing = spreadsheet.getSheetByName(sheetName);
  if (existing === null) {
    const created = spreadsheet.insertSheet(sheetName);
    markCreatedByAddOn(created);
    return created;
  }
  if (isCreatedByAddOn(existing)) return existing;

  throw new Error(
    `Sheet "${sheetName}" was not created by CS Comp, so CS Comp will not write to it. ` +
      `Choose another sheet name, or rename that sheet to keep its contents.`,
  );
}
