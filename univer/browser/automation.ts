import type { FWorkbook } from '@univerjs/preset-sheets-core';
import type { CellOutput } from '../cells.js';
import { findCellMessage, readValues, type ValueSources } from '../read-values.js';

/**
 * The readers the page adds to `window.csComp` for automation, beside Univer's facade in
 * `window.univerAPI`. Sheets are named by their tab name, cells and ranges in A1 notation.
 */
export interface PageAutomation {
  /**
   * Reads computed values, spilled results included, unformatted and at full precision, with
   * error values as `{ error, message }`, as the headless workbook's `getValues` does.
   */
  getValues(sheet: string, a1Range: string): CellOutput[][];
  /** Returns why a cell shows an error value, when a CS function produced it. */
  errorMessage(sheet: string, a1: string): string | undefined;
}

/** Creates the automation helpers over the page's workbook. */
export function pageAutomation(workbook: FWorkbook, sources: ValueSources): PageAutomation {
  const worksheet = (name: string) => {
    const found = workbook.getSheetByName(name);
    if (found !== null) return found;
    throw new Error(`Sheet "${name}" not found in the page's workbook.`);
  };
  return {
    getValues: (sheet, a1Range) => readValues(sources, worksheet(sheet), a1Range),
    errorMessage(sheet, a1) {
      const cell = worksheet(sheet).getRange(a1);
      return findCellMessage(sources, worksheet(sheet), cell.getRow(), cell.getColumn())?.message;
    },
  };
}
