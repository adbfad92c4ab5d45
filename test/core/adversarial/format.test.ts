import { describe, expect, it } from 'vitest';
import { formatMoney } from '../../../core/index.js';

describe('formatMoney extremes', () => {
  it.each([
    [1e308, '1e+308'],
    [-1e20, '-100000000000000000000'],
  ])('writes %s without garbage cents', (amount, text) => {
    expect(formatMoney(amount)).toBe(text);
  });

  it('keeps every cent below 10 trillion', () => {
    expect(formatMoney(9_999_999_999_999.99)).toBe('9,999,999,999,999.99');
  });
});
