/**
 * A workbook in Univer's spreadsheet engine, run in Node with no browser: load CSV files into
 * sheets, set formulas (the CS functions included), let the engine recalculate, read values.
 *
 *   const book = await createHeadlessWorkbook();
 *   await book.addCsvSheet('Accounts', 'data/sample/accounts.csv');
 *   book.setFormula('Sheet1', 'A1', '=CS_NRR(Accounts!E2:E30, Accounts!F2:F30, ...)');
 *   await book.whenCalculated();
 *   book.getValue('Sheet1', 'A1'); // 1.04, or { error: '#DIV/0!', message: 'CS_NRR: ...' }
 *   book.dispose();
 */
import type { FUniver } from '@univerjs/core/facade';
import type { CellInput, CellOutput } from './cells.js';
import { readSampleTexts } from './node/sample-files.js';
import { startNodeUniver } from './node/univer.js';
import { NodeWorkbook } from './node/workbook.js';
import { sampleSheets } from './sample.js';
import { workbookSnapshot, type SheetRows } from './snapshot.js';

export type { CellErrorValue, CellInput, CellOutput } from './cells.js';
export type { SheetRows } from './snapshot.js';
export { loadCsv } from './node/csv-file.js';

/** A workbook computed by Univer's formula engine in Node. Sheets are named by their tab name. */
export interface HeadlessWorkbook {
  /** Univer's facade, for anything this interface does not cover. */
  readonly univerAPI: FUniver;
  /** Tab names in order. */
  sheetNames(): string[];
  /** Adds a sheet filled with `rows` from A1; text starting with `=` is a formula. */
  addSheet(name: string, rows: readonly (readonly CellInput[])[]): void;
  /** Adds a sheet with the contents of a CSV file, read as `loadCsv` reads it. */
  addCsvSheet(name: string, path: string): Promise<void>;
  /** Writes `rows` with their top-left cell at `a1` (such as `B2`); `null` clears a cell. */
  setValues(sheet: string, a1: string, rows: readonly (readonly CellInput[])[]): void;
  /** Writes one formula, such as `=CS_NRR(B2:B9, C2:C9, D2:D9, E2:E9)`. */
  setFormula(sheet: string, a1: string, formula: string): void;
  /** Reads computed values of a range such as `A1:C9`, spilled results included. */
  getValues(sheet: string, a1Range: string): CellOutput[][];
  /** Reads the computed value of one cell. */
  getValue(sheet: string, a1: string): CellOutput;
  /**
   * Resolves when the engine has applied the results of every change made so far. Univer 0.25
   * starts recalculating 100 ms after the last change, so a call takes at least that long.
   * With nothing to recalculate, it resolves after Univer's 500 ms wait for a start.
   */
  whenCalculated(): Promise<void>;
  /** Stops the engine and releases the workbook. */
  dispose(): void;
}

/** Options of `createHeadlessWorkbook`. */
export interface HeadlessWorkbookOptions {
  /** Sheets to start with; without them the workbook has one empty sheet, `Sheet1`. */
  readonly sheets?: readonly SheetRows[];
}

/** Workbooks created so far in this process, for a unique unit id each. */
let workbooksCreated = 0;

/**
 * Starts Univer in Node with the CS functions and creates a workbook, computed on return.
 * Each workbook gets its own unit id: Univer 0.25.1 shares cached formula results between
 * instances in one process by unit id and formula text, so two workbooks with the same id
 * showed the first one's spilled results in the second.
 */
export async function createHeadlessWorkbook(
  options: HeadlessWorkbookOptions = {},
): Promise<HeadlessWorkbook> {
  const { univer, univerAPI, ...sources } = startNodeUniver();
  const sheets = options.sheets?.length ? options.sheets : [{ name: 'Sheet1', rows: [] }];
  workbooksCreated += 1;
  univerAPI.createWorkbook(workbookSnapshot(`cs-comp-${workbooksCreated}`, sheets));

  const book = new NodeWorkbook(univerAPI, sources, () => univer.dispose());
  await book.whenCalculated();
  return book;
}

/**
 * Creates a workbook with the synthetic sample data of data/sample/: the Examples, Accounts,
 * Roster and Plan sheets that `npm start` shows in the browser.
 */
export async function createSampleWorkbook(): Promise<HeadlessWorkbook> {
  return createHeadlessWorkbook({ sheets: sampleSheets(await readSampleTexts()) });
}
