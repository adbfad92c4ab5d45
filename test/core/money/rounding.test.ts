import { describe, expect, it } from 'vitest';
import { formatMoney, roundMoney, sumMoney, toCents } from '../../../core/index.js';

describe('money rounding', () => {
  it('rounds halves away from zero', () => {
    expect([2.345, -2.345, 0.125, -0.125, 2.344].map(roundMoney)).toEqual([
      2.35, -2.35, 0.13, -0.13, 2.34,
    ]);
  });

  it('rounds 1.005 up as typed, despite its binary value', () => {
    expect(roundMoney(1.005)).toBe(1.01);
    expect(toCents(1.005)).toBe(101);
  });

  it('never returns negative zero', () => {
    expect(Object.is(roundMoney(-0.001), 0)).toBe(true);
  });

  it('adds amounts in whole cents', () => {
    expect(sumMoney([0.1, 0.2])).toBe(0.3);
  });

  it('formats with thousands separators', () => {
    expect(formatMoney(1234567.891)).toBe('1,234,567.89');
    expect(formatMoney(-0.5)).toBe('-0.50');
  });
});
