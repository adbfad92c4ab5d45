import {
  isFormula,
  type CellInput,
  type CellValue,
  type FormulaDialect,
  type WorkbookPort,
} from '../../../builder/port.js';

/** A sheet of the in-memory workbook: its cells (formulas as `=` text) and its marker. */
export interface MemorySheet {
  rows: CellValue[][];
  isCreatedByBuilder: boolean;
}

/**
 * A workbook port over plain arrays, for logic that only moves cells around: formulas are
 * kept as text and never computed, and `writes` records each write in order.
 */
export class MemoryPort implements WorkbookPort {
  readonly writes: string[] = [];

  constructor(
    readonly sheets: Map<string, MemorySheet>,
    readonly dialect: FormulaDialect = 'univer',
  ) {}

  async listSheets() {
    return [...this.sheets].map(([name, sheet]) => ({
      name,
      headers: (sheet.rows[0] ?? []).map(String),
      rowCount: sheet.rows.length,
      columnCount: Math.max(0, ...sheet.rows.map((row) => row.length)),
      isCreatedByBuilder: sheet.isCreatedByBuilder,
    }));
  }

  async readSheet(name: string) {
    const sheet = this.sheets.get(name);
    if (sheet === undefined) throw new Error(`Sheet "${name}" was not found.`);
    return sheet.rows.map((row) => [...row]);
  }

  async writeSheet(name: string, rows: readonly (readonly CellInput[])[]) {
    const existing = this.sheets.get(name);
    if (existing !== undefined && !existing.isCreatedByBuilder) {
      throw new Error(`Sheet "${name}" was not created by CS Comp.`);
    }
    this.writes.push(name);
    const cells = rows.map((row) => row.map((cell) => (isFormula(cell) ? cell.formula : cell)));
    this.sheets.set(name, { rows: cells, isCreatedByBuilder: true });
  }
}

/** Makes a sheet a person created, which the builder must not write. */
export function userSheet(rows: CellValue[][]): MemorySheet {
  return { rows, isCreatedByBuilder: false };
}
