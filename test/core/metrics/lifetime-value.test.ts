import { describe, expect, it } from 'vitest';
import { sheetFunctions } from '../../../core/index.js';
import { customerLifetimeValue } from '../../../core/metrics/lifetime-value.js';
import { column, failure } from './cells.js';

const clv = sheetFunctions.CS_CLV!;

describe('CS_CLV worked cases', () => {
  const presets = [
    { arpa: 100, margin: '80%', churn: '5%', expected: 1_600 },
    { arpa: 50, margin: '90%', churn: '10%', expected: 450 },
    { arpa: 200, margin: '85%', churn: '3%', expected: 5_666.666666667 },
  ];

  it.each(presets)('Abracalc CLV preset: ARPA $arpa, margin $margin', (preset) => {
    expect(clv(preset.arpa, preset.margin, preset.churn)).toBeCloseTo(preset.expected, 8);
  });

  it('Abracalc CLV presets as one column', () => {
    const result = clv(column(100, 50, 200), column(0.8, 0.9, 0.85), column(0.05, 0.1, 0.03));
    expect(result).toEqual([
      [expect.closeTo(1_600, 8)],
      [expect.closeTo(450, 8)],
      [expect.closeTo(5_666.666666667, 8)],
    ]);
  });

  it('discounts by (1 + d) ÷ (d + churn)', () => {
    expect(clv(100, 0.8, 0.05, '1%')).toBeCloseTo((100 * 0.8 * 1.01) / 0.06, 10);
    expect(customerLifetimeValue(100, 0.8, 0, 0.1)).toBeCloseTo(880, 10);
  });

  it('broadcasts a single margin over a column', () => {
    expect(clv(column(100, 200), '80%', column('5%', '10%'))).toEqual([
      [expect.closeTo(1_600, 8)],
      [expect.closeTo(1_600, 8)],
    ]);
  });
});

describe('CS_CLV rows', () => {
  it('gives a blank row for a blank input', () => {
    const result = clv(column(100, '', 200), column(0.8, 0.8, ''), 0.05);
    expect(result).toEqual([[expect.closeTo(1_600, 8)], [''], ['']]);
  });

  it('skips a header row', () => {
    const result = clv(column('ARPA', 100), column('Margin', '80%'), column('Churn', '5%'));
    expect(result).toEqual([[expect.closeTo(1_600, 8)]]);
  });

  it('rejects a header on one argument only', () => {
    const error = failure(() => clv(column('ARPA', 100), column(0.8, 0.9), 0.05));
    expect(error.kind).toBe('value');
    expect(error.message).toContain(
      'CS_CLV: arpa starts with the header "ARPA" but gross_margin starts with the value 0.8.',
    );
  });
});

describe('CS_CLV bad input', () => {
  it('rejects a margin of 80 with its probable meaning', () => {
    const error = failure(() => clv(column(100, 100), column(0.8, 80), 0.05));
    expect(error.kind).toBe('value');
    expect(error.message).toBe(
      'CS_CLV: gross_margin row 2 is 80, which is above 1 (100%). Enter 80% or 0.8.',
    );
  });

  it('rejects a churn rate of 5 with its probable meaning', () => {
    expect(failure(() => clv(100, 0.8, 5)).message).toBe(
      'CS_CLV: churn_rate row 1 is 5, which is above 1 (100%). Enter 5% or 0.05.',
    );
  });

  it('raises division by zero naming the row', () => {
    const error = failure(() => clv(column(100, 100), 0.8, column(0.05, 0)));
    expect(error.kind).toBe('divisionByZero');
    expect(error.message).toBe(
      'CS_CLV: churn_rate row 2 and discount_rate are both 0, so lifetime value has no ' +
        'denominator. Enter a churn rate above 0.',
    );
  });

  it('rejects "abc" naming argument, row and value', () => {
    const error = failure(() => clv(column(100, 'abc'), 0.8, 0.05));
    expect(error.kind).toBe('value');
    expect(error.message).toContain('CS_CLV: arpa row 2 is "abc", which is not a number.');
  });

  it('rejects a negative ARPA', () => {
    expect(failure(() => clv(-100, 0.8, 0.05)).message).toContain(
      'CS_CLV: arpa row 1 is -100, which is negative.',
    );
  });
});
