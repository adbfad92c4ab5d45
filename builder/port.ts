/**
 * Interface the plan builder needs from a spreadsheet host. Sheets, Excel and the local Univer
 * workbook each implement it once; the builder's screens and logic see nothing else.
 */

/** A cell as the builder reads it: dates as ISO text (`2025-03-31`), blanks as `""`. */
export type CellValue = string | number | boolean;

/** A formula to write, such as `=CS_NRR(B2:B9, C2:C9, D2:D9, E2:E9)`. */
export interface Formula {
  readonly formula: string;
}

/**
 * A cell to write: a value, always written as that value (text starting with `=` stays text,
 * so data copied from a cell can never turn into a formula), or a formula.
 */
export type CellInput = CellValue | Formula;

/** Formula spelling of a host: `CS_NRR` in Sheets and Univer, `CS.NRR` in Excel. */
export type FormulaDialect = 'sheets' | 'excel' | 'univer';

/** One sheet of the workbook, with its first row read as headers. */
export interface SheetSummary {
  readonly name: string;
  /** First-row cells as text, trailing blanks left out. */
  readonly headers: readonly string[];
  /** Rows up to the last row with content, the first row included. */
  readonly rowCount: number;
  readonly columnCount: number;
  /** Whether the builder created the sheet, so it may replace its contents. */
  readonly isCreatedByBuilder: boolean;
}

/** The workbook operations the builder uses, all asynchronous. */
export interface WorkbookPort {
  readonly dialect: FormulaDialect;
  /** Lists every sheet in tab order. */
  listSheets(): Promise<SheetSummary[]>;
  /**
   * Reads a sheet's cells from A1 to its last used row and column, as computed values. Rows
   * come back rectangular, padded with `""`.
   */
  readSheet(name: string): Promise<CellValue[][]>;
  /**
   * Replaces the contents of a sheet the builder created, or creates and marks a new one, with
   * `rows` from A1. Rejects with an error when a sheet of that name exists and the builder did
   * not create it.
   */
  writeSheet(name: string, rows: readonly (readonly CellInput[])[]): Promise<void>;
}

/** Tells whether a cell to write is a formula. */
export function isFormula(cell: CellInput): cell is Formula {
  return typeof cell === 'object' && cell !== null;
}
