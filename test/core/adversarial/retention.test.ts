import { describe, expect, it } from 'vitest';
import { sheetFunctions } from '../../../core/index.js';
import { column, failure } from '../metrics/cells.js';

describe('CS_NRR impossible losses', () => {
  it('rejects losses above starting plus expansion', () => {
    const error = failure(() => sheetFunctions.CS_NRR!(1000, 100, 600, 600));
    expect(error.kind).toBe('value');
    expect(error.message).toBe(
      'CS_NRR: contraction and churned add up to 1200, more than starting_arr plus expansion ' +
        '(1100). Check that every range covers the same accounts and period.',
    );
  });

  it('names the group with impossible losses', () => {
    const error = failure(() =>
      sheetFunctions.CS_NRR!(column(1000, 1000), 0, column(0, 1500), 0, column('Ann', 'Bo')),
    );
    expect(error.message).toMatch(/^CS_NRR: contraction and churned for group "Bo" add up to 1500/);
  });

  it('accepts losing everything', () => {
    expect(sheetFunctions.CS_NRR!(1000, 100, 600, 500)).toBe(0);
  });
});
