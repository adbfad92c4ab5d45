import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fileURLToPath } from 'node:url';
import { sheetFunctions, type SheetArgument } from '../../core/index.js';
import {
  createHeadlessWorkbook,
  loadCsv,
  type CellInput,
  type HeadlessWorkbook,
} from '../../univer/headless.js';

const QUARTER = fileURLToPath(new URL('fixtures/quarter.csv', import.meta.url));
const NRR = '=CS_NRR(Data!C2:C7, Data!D2:D7, Data!E2:E7, Data!F2:F7)';
const NRR_BY_OWNER = '=CS_NRR(Data!C2:C7, Data!D2:D7, Data!E2:E7, Data!F2:F7, Data!B2:B7)';

/** Column `index` of the data rows (header left out) as a one-column range for the core. */
function column(rows: readonly (readonly CellInput[])[], index: number): SheetArgument {
  return rows.slice(1).map((row) => [row[index] ?? null]);
}

function coreNrr(rows: readonly (readonly CellInput[])[], groupBy?: SheetArgument) {
  const [starting, expansion, contraction, churned] = [2, 3, 4, 5].map((i) => column(rows, i));
  return sheetFunctions['CS_NRR']!(starting, expansion, contraction, churned, groupBy);
}

describe('headless workbook over a CSV file', () => {
  let book: HeadlessWorkbook;
  let rows: CellInput[][];

  beforeAll(async () => {
    rows = await loadCsv(QUARTER);
    book = await createHeadlessWorkbook();
    await book.addCsvSheet('Data', QUARTER);
    book.setFormula('Sheet1', 'A1', NRR);
    book.setFormula('Sheet1', 'A3', NRR_BY_OWNER);
    book.setValues('Sheet1', 'C1', [
      ['=CS_NPS(Data!G2:G7)', '=CS_CHURN_RATE(Data!C2:C7, Data!F2:F7)'],
    ]);
    await book.whenCalculated();
  });
  afterAll(() => book?.dispose());

  it('loads the file as typed cells', () => {
    expect(book.sheetNames()).toEqual(['Sheet1', 'Data']);
    expect(book.getValues('Data', 'A2:G2')).toEqual([
      ['Aster Labs', 'Maya', '$12,000', 1500, 0, 0, 9],
    ]);
    expect(book.getValues('Data', 'C5:G5')).toEqual([[null, 0, 0, 0, 10]]);
    expect(book.getValue('Data', 'A7')).toBe('Fable, Inc.');
  });

  it('computes CS formulas as the core does', () => {
    expect(book.getValue('Sheet1', 'A1')).toBe(coreNrr(rows));
    expect(book.getValues('Sheet1', 'A3:B4')).toEqual(coreNrr(rows, column(rows, 1)));
    expect(book.getValue('Sheet1', 'C1')).toBe(sheetFunctions['CS_NPS']!(column(rows, 6)));
    expect(book.getValue('Sheet1', 'D1')).toBe(
      sheetFunctions['CS_CHURN_RATE']!(column(rows, 2), column(rows, 5)),
    );
  });

  it('recalculates after cells are edited', async () => {
    const before = book.getValue('Sheet1', 'A1');
    book.setValues('Data', 'C3', [[9000, 1000, 0, 0]]);
    book.setValues('Data', 'B4', [['Maya']]);
    await book.whenCalculated();

    const edited = rows.map((row) => [...row]);
    edited[2]!.splice(2, 4, 9000, 1000, 0, 0);
    edited[3]![1] = 'Maya';
    expect(book.getValue('Sheet1', 'A1')).toBe(coreNrr(edited));
    expect(book.getValue('Sheet1', 'A1')).not.toBe(before);
    expect(book.getValues('Sheet1', 'A3:B4')).toEqual(coreNrr(edited, column(edited, 1)));
  });

  it('clears cells written as null', async () => {
    book.setValues('Sheet1', 'F1', [[5, null]]);
    book.setValues('Sheet1', 'F1', [[null]]);
    await book.whenCalculated();
    expect(book.getValues('Sheet1', 'F1:G1')).toEqual([[null, null]]);
  });

  it('grows a sheet to fit the cells written', async () => {
    const tall = Array.from({ length: 1500 }, (_, index) => [index + 1]);
    book.setValues('Sheet1', 'H1', tall);
    book.setFormula('Sheet1', 'I1', '=SUM(H1:H1500)');
    await book.whenCalculated();
    expect(book.getValue('Sheet1', 'H1500')).toBe(1500);
    expect(book.getValue('Sheet1', 'I1')).toBe((1500 * 1501) / 2);

    book.setValues('Sheet1', 'Z2', [Array.from({ length: 10 }, (_, index) => index)]);
    await book.whenCalculated();
    expect(book.getValue('Sheet1', 'AI2')).toBe(9);
  });

  it('rejects unknown sheets and duplicate names', () => {
    expect(() => book.getValues('Missing', 'A1')).toThrow('Sheet "Missing" not found');
    expect(() => book.addSheet('Data', [])).toThrow('Sheet "Data" already exists');
    expect(() => book.setFormula('Sheet1', 'A1', 'CS_NRR()')).toThrow('must start with "="');
  });
});
