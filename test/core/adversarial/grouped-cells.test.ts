import { describe, expect, it } from 'vitest';
import { sheetFunctions } from '../../../core/index.js';
import { column, failure } from '../metrics/cells.js';

describe('single cells beside group_by', () => {
  it('rejects an amount that would count once per row', () => {
    const error = failure(() =>
      sheetFunctions.CS_NRR!(column(100, 200), 30, 0, 0, column('Ann', 'Ann')),
    );
    expect(error.kind).toBe('value');
    expect(error.message).toBe(
      'CS_NRR: expansion is the single cell 30, but group_by has 2 rows, so it would count ' +
        'once per row. Select an expansion range with one cell per group_by row.',
    );
  });

  it('rejects a single survey response', () => {
    const error = failure(() => sheetFunctions.CS_NPS!(0, column('Ann', 'Bo')));
    expect(error.message).toMatch(/^CS_NPS: scores is the single cell 0, but group_by has 2 rows/);
  });

  it('accepts 0 for an amount that is summed', () => {
    const result = sheetFunctions.CS_NRR!(
      column(100, 200),
      column(10, 20),
      0,
      0,
      column('Ann', 'Bo'),
    );
    expect(result).toEqual([
      ['Ann', 1.1],
      ['Bo', 1.1],
    ]);
  });

  it('leaves blank rows out of groups beside a single 0', () => {
    const result = sheetFunctions.CS_NRR!(
      column(100, 200, '', ''),
      column(10, 20, '', ''),
      0,
      0,
      column('Ann', 'Bo', '', ''),
    );
    expect(result).toEqual([
      ['Ann', 1.1],
      ['Bo', 1.1],
    ]);
  });
});
