import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readPlanTable } from '../../core/index.js';
import {
  createSampleWorkbook,
  type CellInput,
  type CellOutput,
  type HeadlessWorkbook,
} from '../../univer/headless.js';
import { sampleFigures, sampleRows, type SampleFigures } from './sample-expected.js';

/** Reads the Examples sheet's figures in the shape `sampleFigures` computes them. */
function shownFigures(book: HeadlessWorkbook): SampleFigures {
  const value = (a1: string) => book.getValue('Examples', a1) as number;
  const table = (a1Range: string) => book.getValues('Examples', a1Range) as (string | number)[][];
  return {
    nrr: value('B2'),
    grr: value('B3'),
    churnRate: value('B4'),
    nps: value('B5'),
    csat: value('B6'),
    annualChurn: value('B7'),
    nrrByOwner: table('D2:E6'),
    grrByOwner: table('G2:H6'),
    csatByOwner: table('J2:K6'),
    payouts: book.getValues('Examples', 'B10:B14').map((row) => row[0] as number),
  };
}

describe('sample workbook', () => {
  let book: HeadlessWorkbook;
  const accounts = sampleRows('accounts.csv');

  beforeAll(async () => {
    book = await createSampleWorkbook();
  });
  afterAll(() => book?.dispose());

  it('has the four sample sheets', () => {
    expect(book.sheetNames()).toEqual(['Examples', 'Accounts', 'Roster', 'Plan']);
  });

  it('has a plan table without problems', () => {
    expect(readPlanTable(sampleRows('plan.csv')).issues).toEqual([]);
  });

  it('shows no error values', () => {
    const errors = book
      .getValues('Examples', 'A1:K16')
      .flat()
      .filter((cell: CellOutput) => typeof cell === 'object' && cell !== null);
    expect(errors).toEqual([]);
  });

  it('shows the figures the core computes', () => {
    expect(shownFigures(book)).toEqual(sampleFigures(accounts));
  });

  it('recalculates after a block of accounts is replaced', async () => {
    const before = shownFigures(book);
    const block: CellInput[][] = Array.from({ length: 10 }, (_, index) => [
      20_000 + index * 1_000,
      index % 2 === 0 ? 3_000 : 0,
      index % 3 === 0 ? 1_500 : 0,
      index === 4 ? 24_000 : 0,
    ]);
    book.setValues('Accounts', 'E2', block);
    await book.whenCalculated();

    const edited = accounts.map((row, index) =>
      index >= 1 && index <= 10 ? [...row.slice(0, 4), ...block[index - 1]!, ...row.slice(8)] : row,
    );
    const after = shownFigures(book);
    expect(after).toEqual(sampleFigures(edited));
    expect(after.nrr).not.toBe(before.nrr);
    expect(after.payouts).not.toEqual(before.payouts);
  });
});
