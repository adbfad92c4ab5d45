import { describe, expect, it } from 'vitest';
import { sheetFunctions } from '../../../core/index.js';

const prorate = sheetFunctions.CS_PRORATE!;

describe('CS_PRORATE', () => {
  it('counts days inclusively: 15 Feb to 31 Mar in a 90-day quarter is 45/90', () => {
    expect(prorate(9000, '2025-01-01', '2025-03-31', '2025-02-15')).toBe(4500);
  });

  it('FlowFuse public commission plan: hired 15 Feb pays 10/12 by full months', () => {
    expect(prorate(12_000, '2025-01-01', '2025-12-31', '2025-02-15', '', 'months')).toBe(10_000);
  });

  it('Infor d/EPM docs: 1,200 a year phased evenly, employed 8 Feb to 15 Jun', () => {
    const months = [
      ['2025-02-01', '2025-02-28'],
      ['2025-03-01', '2025-03-31'],
      ['2025-04-01', '2025-04-30'],
      ['2025-05-01', '2025-05-31'],
      ['2025-06-01', '2025-06-30'],
    ];
    const amounts = months.map(([start, end]) =>
      prorate(100, start, end, '2025-02-08', '2025-06-15'),
    );
    expect(amounts).toEqual([75, 100, 100, 100, 50]);
  });

  it('accepts 1900-system serial dates', () => {
    expect(prorate(9000, 45658, 45747, 45703)).toBe(4500);
  });

  it('rounds to cents half away from zero', () => {
    expect(prorate(100, '2025-01-01', '2025-01-03', '2025-01-03')).toBe(33.33);
    expect(prorate(0.05, '2025-01-01', '2025-01-02', '2025-01-02')).toBe(0.03);
  });

  it('returns the whole amount for a full period', () => {
    expect(prorate(1234.56, '2025-01-01', '2025-03-31')).toBe(1234.56);
  });

  it('pays nothing for employment outside the period', () => {
    expect(prorate(1000, '2025-01-01', '2025-03-31', '2025-04-01')).toBe(0);
  });

  it('rejects a leaving date before the start date', () => {
    expect(() => prorate(1000, '2025-01-01', '2025-03-31', '2025-03-01', '2025-02-01')).toThrow(
      'CS_PRORATE: employed_to (2025-02-01) is before employed_from (2025-03-01).',
    );
  });

  it('rejects a date that does not exist', () => {
    expect(() => prorate(1000, '2025-02-30', '2025-03-31')).toThrow(
      /period_start row 1 is "2025-02-30", which is not a date/,
    );
  });
});
