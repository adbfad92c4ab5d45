import type { CellInput } from '../cells.js';
import type { SheetRows } from '../snapshot.js';

/**
 * The demo workbooks the page opens with `?workbook=NAME`, by name, and the file the build
 * writes for each into `dist/univer/`.
 */
export const DEMO_WORKBOOK_FILES: Readonly<Record<string, string>> = {
  ravenstack: 'ravenstack.json',
};

/** A period's first and last day, ISO text. */
export interface DemoPeriod {
  readonly start: string;
  readonly end: string;
}

/** Rows to write with their top-left cell at `a1`. A `null` clears its cell. */
export interface CellEdit {
  readonly sheet: string;
  readonly a1: string;
  readonly rows: CellInput[][];
}

/**
 * The contents of a demo workbook file: the sheets `npm run demo` loads into its headless
 * workbook, and the edits that move that workbook to the next period.
 */
export interface DemoWorkbookFile {
  readonly name: string;
  readonly period: DemoPeriod;
  readonly nextPeriod: DemoPeriod;
  /** Every sheet in tab order; text starting with `=` is a formula. */
  readonly sheets: SheetRows[];
  /** The plan and payouts sheets, which the plan builder's Apply wrote. */
  readonly builderSheets: string[];
  /** The payouts sheet's rep rows, 1-based, and the column letter of each header. */
  readonly payouts: {
    readonly sheet: string;
    readonly firstRow: number;
    readonly lastRow: number;
    readonly columns: Readonly<Record<string, string>>;
  };
  /**
   * The edits of `moveToNextPeriod` in demo/workbook.ts, in order: the payouts sheet's period
   * cells, the newer subscription rows pasted below the loaded ones, and the next period's
   * support tickets over this period's, with the rows left over cleared.
   */
  readonly nextPeriodEdits: CellEdit[];
}
