import { describe, expect, it } from 'vitest';
import { sheetFunctions } from '../../../core/index.js';
import { column, failure } from '../metrics/cells.js';

describe('header rows with date columns', () => {
  it('rejects dates without a header beside amounts with one', () => {
    const error = failure(() =>
      sheetFunctions.CS_CLAWBACK!(
        column('Paid', 100, 200),
        '50%',
        column('2025-01-01', '2025-02-01', '2025-03-01'),
        column('2025-01-05', '', ''),
      ),
    );
    expect(error.kind).toBe('value');
    expect(error.message).toMatch(
      /^CS_CLAWBACK: paid starts with the header "Paid" but paid_date starts with the value "2025-01-01"/,
    );
  });

  it('rejects date serials without a header beside amounts with one', () => {
    const error = failure(() =>
      sheetFunctions.CS_PRORATE!(column('Amount', 100, 200), column(45658, 45689, 45717), 45747),
    );
    expect(error.message).toMatch(/but period_start starts with the value 45658/);
  });

  it('skips a header above dates', () => {
    const result = sheetFunctions.CS_PRORATE!(
      1000,
      '2025-01-01',
      '2025-03-31',
      column('Hired', '', '2025-02-15'),
    );
    expect(result).toEqual([[1000], [500]]);
  });

  it('lines up headers on every column', () => {
    const result = sheetFunctions.CS_CLAWBACK!(
      column('Paid', 100, 200),
      '50%',
      column('Paid on', '2025-01-01', '2025-02-01'),
      column('Churned', '2025-01-05', ''),
    );
    expect(result).toEqual([[-50], [0]]);
  });
});
