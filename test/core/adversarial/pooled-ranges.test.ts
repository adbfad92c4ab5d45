import { describe, expect, it } from 'vitest';
import { sheetFunctions } from '../../../core/index.js';
import { failure } from '../metrics/cells.js';

describe('pooled ranges of several columns', () => {
  it('skips a header row above two columns of scores', () => {
    const scores = [
      ['Q1', 'Q2'],
      [10, 0],
      [9, ''],
    ];
    expect(sheetFunctions.CS_NPS!(scores)).toBeCloseTo(100 / 3, 12);
  });

  it('skips a header row with a blank cell', () => {
    expect(
      sheetFunctions.CS_CES!([
        ['Effort', ''],
        [3, 5],
      ]),
    ).toBe(4);
  });

  it('rejects a first row that mixes a label and a number', () => {
    const error = failure(() =>
      sheetFunctions.CS_NPS!([
        ['Q1', 7],
        [10, 0],
      ]),
    );
    expect(error.message).toMatch(/^CS_NPS: scores row 1 is "Q1", which is not a number/);
  });

  it('keeps the header cell rule for one row', () => {
    expect(sheetFunctions.CS_NPS!([['Score', 10, 0, 9]])).toBeCloseTo(100 / 3, 12);
  });
});
