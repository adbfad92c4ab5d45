import type { FUniver } from '@univerjs/core/facade';
import type { FWorksheet } from '@univerjs/preset-sheets-node-core';
import { toCellData, type CellInput, type CellOutput } from '../cells.js';
import type { HeadlessWorkbook } from '../headless.js';
import { readValues, type ValueSources } from '../read-values.js';
import { cellMatrix, sheetSize } from '../snapshot.js';
import { loadCsv } from './csv-file.js';

/** The headless workbook over Univer's facade; see `HeadlessWorkbook` for each method. */
export class NodeWorkbook implements HeadlessWorkbook {
  constructor(
    readonly univerAPI: FUniver,
    private readonly sources: ValueSources,
    readonly dispose: () => void,
  ) {}

  sheetNames(): string[] {
    return this.workbook()
      .getSheets()
      .map((sheet) => sheet.getSheetName());
  }

  addSheet(name: string, rows: readonly (readonly CellInput[])[]): void {
    if (this.workbook().getSheetByName(name) !== null) {
      throw new Error(`Sheet "${name}" already exists; choose another name or use setValues.`);
    }
    const sheet = { ...sheetSize(rows), cellData: cellMatrix(rows) };
    this.workbook().insertSheet(name, { sheet });
  }

  async addCsvSheet(name: string, path: string): Promise<void> {
    this.addSheet(name, await loadCsv(path));
  }

  setValues(sheet: string, a1: string, rows: readonly (readonly CellInput[])[]): void {
    if (rows.length === 0) return;
    const worksheet = this.worksheet(sheet);
    const start = worksheet.getRange(a1);
    const width = rows.reduce((widest, cells) => Math.max(widest, cells.length), 1);
    const missingRows = start.getRow() + rows.length - worksheet.getMaxRows();
    if (missingRows > 0) worksheet.insertRowsAfter(worksheet.getMaxRows() - 1, missingRows);
    const missingColumns = start.getColumn() + width - worksheet.getMaxColumns();
    if (missingColumns > 0) {
      worksheet.insertColumnsAfter(worksheet.getMaxColumns() - 1, missingColumns);
    }

    const cells = rows.map((row) =>
      Array.from({ length: width }, (_, i) => toCellData(row[i] ?? null)),
    );
    worksheet.getRange(start.getRow(), start.getColumn(), rows.length, width).setValues(cells);
  }

  setFormula(sheet: string, a1: string, formula: string): void {
    if (!formula.startsWith('=')) {
      throw new Error(`The formula for ${sheet}!${a1} must start with "=": ${formula}`);
    }
    this.setValues(sheet, a1, [[formula]]);
  }

  getValues(sheet: string, a1Range: string): CellOutput[][] {
    return readValues(this.sources, this.worksheet(sheet), a1Range);
  }

  getValue(sheet: string, a1: string): CellOutput {
    return this.getValues(sheet, a1)[0]?.[0] ?? null;
  }

  whenCalculated(): Promise<void> {
    return this.univerAPI.getFormula().onCalculationResultApplied();
  }

  private workbook() {
    const workbook = this.univerAPI.getActiveWorkbook();
    if (workbook === null) throw new Error('The headless workbook was disposed.');
    return workbook;
  }

  private worksheet(name: string): FWorksheet {
    const worksheet = this.workbook().getSheetByName(name);
    if (worksheet !== null) return worksheet;
    const names = this.sheetNames()
      .map((sheet) => `"${sheet}"`)
      .join(', ');
    throw new Error(`Sheet "${name}" not found; the workbook has ${names}.`);
  }
}
