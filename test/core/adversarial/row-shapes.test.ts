import { describe, expect, it } from 'vitest';
import { sheetFunctions } from '../../../core/index.js';
import { column, failure } from '../metrics/cells.js';

const block = [
  [1, 2],
  [3, 4],
];

describe('row-wise arguments of two columns', () => {
  it.each([
    ['CS_ATTAINMENT', 'actual', () => sheetFunctions.CS_ATTAINMENT!(block, 1)],
    ['CS_CLV', 'arpa', () => sheetFunctions.CS_CLV!(block, 0.8, 0.05)],
    ['CS_DRAW', 'earned', () => sheetFunctions.CS_DRAW!(block, column(1, 1, 1, 1))],
    ['CS_NPS', 'scores', () => sheetFunctions.CS_NPS!(block, column('a', 'b', 'a', 'b'))],
  ])('%s rejects a block for %s', (name, argument, run) => {
    const error = failure(run);
    expect(error.kind).toBe('value');
    expect(error.message).toBe(
      `${name}: ${argument} is 2 columns wide. Select a single column, one cell per row.`,
    );
  });

  it('still reads a single row as a list', () => {
    expect(sheetFunctions.CS_ATTAINMENT!([[1, 2, 3]], column(1, 2, 3))).toEqual([[1], [1], [1]]);
  });
});
