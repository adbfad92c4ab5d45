import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FUniver } from '@univerjs/core/facade';
import { sheetFunctions } from '../../core/index.js';
import { createHeadlessWorkbook, type HeadlessWorkbook } from '../../univer/headless.js';

// A: NPS scores, a blank in A2 and a 0 in A3. B: owners. C: actuals. D: CSAT scores (1–5).
const ROWS = [
  [10, 'Maya', 0.9, 5],
  [null, 'Maya', null, null],
  [0, 'Theo', 0, 1],
  [9, 'Theo', 1.2, 4],
];

describe('blank cells in CS function arguments', () => {
  let book: HeadlessWorkbook;

  beforeAll(async () => {
    book = await createHeadlessWorkbook({ sheets: [{ name: 'Data', rows: ROWS }] });
    book.setValues('Data', 'E1', [
      ['=CS_NPS(A1:A4)', '=CS_CSAT(D1:D4)'],
      ['=CS_NPS(A1:A4, B1:B4)'],
    ]);
    book.setFormula('Data', 'H1', '=CS_ATTAINMENT(C1:C4, 1)');
    await book.whenCalculated();
  });
  afterAll(() => book?.dispose());

  it('leaves a blank score out of NPS', () => {
    // Three responses (10, 0, 9): two promoters, one detractor. A blank read as 0 would add a
    // fourth response and a second detractor, giving 0.
    expect(book.getValue('Data', 'E1')).toBeCloseTo(100 / 3, 10);
    expect(book.getValue('Data', 'E1')).toBe(sheetFunctions['CS_NPS']!([[10], [null], [0], [9]]));
  });

  it('leaves a blank score out of CSAT', () => {
    // Two of three responses are 4 or 5; a blank read as 0 would be a fourth response.
    expect(book.getValue('Data', 'F1')).toBeCloseTo(2 / 3, 10);
  });

  it('leaves a blank score out of its group', () => {
    expect(book.getValues('Data', 'E2:F3')).toEqual([
      ['Maya', 100],
      ['Theo', 0],
    ]);
  });

  it('gives a blank row for a blank actual', () => {
    expect(book.getValues('Data', 'H1:H4')).toEqual([[0.9], [null], [0], [1.2]]);
  });
});

describe('facade-registered function, for comparison', () => {
  it('receives a blank cell as 0', async () => {
    const book = await createHeadlessWorkbook({ sheets: [{ name: 'Data', rows: [[null]] }] });
    const univerAPI: FUniver = book.univerAPI;
    const received: unknown[] = [];
    univerAPI.getFormula().registerFunction('PROBE_ARGUMENTS', (value) => {
      received.push(value);
      return 1;
    });
    book.setFormula('Data', 'B1', '=PROBE_ARGUMENTS(A1)');
    await book.whenCalculated();
    book.dispose();

    // Univer 0.25.1 passes the blank A1 as [[0]], so a registerFunction callback cannot tell
    // a blank from 0; the CS functions subclass the engine's function class instead.
    expect(received.at(-1)).toEqual([[0]]);
  });
});
