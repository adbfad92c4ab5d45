import { describe, expect, it } from 'vitest';
import { sheetFunctions } from '../../../core/index.js';
import { failure } from '../metrics/cells.js';

const tiers = [
  [0, 1],
  [1, 1.5],
];
const subscriptions = [[['A']], [['2024-01-01']], [['']], [[1000]]] as const;

/** Calls that pass a two-cell range where the function takes one value, by argument name. */
const cases: [string, () => unknown][] = [
  ['periods', () => sheetFunctions.CS_ANNUAL_CHURN!(0.05, [[12, 4]])],
  ['period_rate', () => sheetFunctions.CS_ANNUAL_CHURN!([[0.05], [0.1]])],
  ['direction', () => sheetFunctions.CS_ATTAINMENT!(1, 1, [['lower', 'higher']])],
  ['mode', () => sheetFunctions.CS_CURVE!(1.3, tiers, [['points'], ['marginal']])],
  ['threshold', () => sheetFunctions.CS_CURVE!(1.3, tiers, '', [[0.5, 0.9]])],
  ['cap', () => sheetFunctions.CS_CURVE!(1.3, tiers, '', '', [[1.5, 2]])],
  [
    'method',
    () => sheetFunctions.CS_PRORATE!(1, '2025-01-01', '2025-03-31', '', '', [['months', 'days']]),
  ],
  ['kind', () => sheetFunctions.CS_DRAW!(1, 2, [['recoverable', 'non-recoverable']])],
  ['scale', () => sheetFunctions.CS_CSAT!([[5], [4]], [[5, 7]])],
  ['satisfied_min', () => sheetFunctions.CS_CSAT!([[5], [4]], 5, [[4], [5]])],
  ['scale', () => sheetFunctions.CS_CES!([[5], [4]], [[7, 5]])],
  [
    'period_start',
    () =>
      sheetFunctions.CS_ARR_WATERFALL!(
        ...subscriptions,
        [['2025-01-01', '2026-01-01']],
        '2025-03-31',
      ),
  ],
];

describe('single-value arguments', () => {
  it.each(cases)('reject a range for %s', (name, run) => {
    const error = failure(run);
    expect(error.kind).toBe('value');
    expect(error.message).toMatch(new RegExp(`^CS_\\w+: ${name} is a range of \\d+ cells`));
    expect(error.message).toContain('Select a single cell');
  });

  it('accepts a one-cell range', () => {
    expect(sheetFunctions.CS_ANNUAL_CHURN!([[0.05]], [[12]])).toBeCloseTo(0.4596, 4);
  });
});
