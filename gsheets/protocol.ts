/**
 * The values the sidebar and the server functions exchange through `google.script.run`. Only
 * plain data crosses that bridge, and a `Date` does not survive it, so dates travel as ISO text.
 */

/** A cell as the sidebar receives it: dates are ISO text, `2025-03-31`, and blanks are `""`. */
export type CellValue = string | number | boolean;

/** One sheet of the spreadsheet, with the first row read as its header row. */
export interface SheetSummary {
  readonly name: string;
  /** First-row cells as text, with trailing blank cells left out. */
  readonly headers: string[];
  /** Rows up to the last row with content, including the header row. */
  readonly rowCount: number;
  readonly columnCount: number;
  /** Whether the add-on created the sheet, so it may overwrite it. */
  readonly isCreatedByAddOn: boolean;
  /** Whether the sheet looks like an export: a text header row above at least one data row. */
  readonly isDataSheet: boolean;
}

/** A parameter of a catalogue function, as formula help shows it. */
export interface ParameterSummary {
  readonly name: string;
  readonly description: string;
  readonly optional: boolean;
}

/** A catalogue function, as the sidebar lists it. */
export interface FunctionSummary {
  readonly name: string;
  readonly description: string;
  readonly parameters: ParameterSummary[];
}

/** A range to read: a whole sheet's data, or an A1 range such as `A1:F200` within it. */
export interface RangeRequest {
  readonly sheetName: string;
  readonly a1Notation?: string;
}

/** The cells of a range, split into its first row (headers) and the rows below it. */
export interface RangeValues {
  readonly sheetName: string;
  readonly a1Notation: string;
  readonly headers: string[];
  readonly rows: CellValue[][];
}

/** Rows to write from A1 of a sheet the add-on owns, replacing its previous contents. */
export interface SheetWrite {
  readonly sheetName: string;
  readonly rows: CellValue[][];
}

/** Formulas to write into a sheet the add-on owns, from a 1-based top-left cell. */
export interface FormulaWrite {
  readonly sheetName: string;
  readonly row: number;
  readonly column: number;
  /** Formulas such as `=CS_NRR(Data!B2:B, Data!C2:C, Data!D2:D, Data!E2:E)`; `""` clears a cell. */
  readonly formulas: string[][];
}

/** Sheet and range a write landed in. */
export interface WriteResult {
  readonly sheetName: string;
  readonly a1Notation: string;
}
