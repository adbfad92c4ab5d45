import { describe, expect, it } from 'vitest';
import { sheetFunctions } from '../../../core/index.js';
import { column, failure } from '../metrics/cells.js';

const f = sheetFunctions;

/** Calls whose arithmetic leaves the range of a double, by function. */
const overflows: [string, () => unknown][] = [
  ['CS_NRR', () => f.CS_NRR!(column(1e308, 1e308), 0, 0, 0)],
  ['CS_GRR', () => f.CS_GRR!(column(1e308, 1e308), 0, 0)],
  ['CS_CHURN_RATE', () => f.CS_CHURN_RATE!(column(1e308, 1e308), column(1e308, 1e308))],
  ['CS_CLV', () => f.CS_CLV!(100, 1, 5e-324)],
  ['CS_HEALTH', () => f.CS_HEALTH!([[80, 60]], [[1e308, 1e308]])],
  ['CS_ATTAINMENT', () => f.CS_ATTAINMENT!(1, 5e-324)],
  ['CS_CURVE', () => f.CS_CURVE!(2, [[0, 1e308]])],
  ['CS_PRORATE', () => f.CS_PRORATE!(1e308, '2025-01-01', '2025-01-01')],
  ['CS_DRAW', () => f.CS_DRAW!(1e308, 1e308)],
  ['CS_CLAWBACK', () => f.CS_CLAWBACK!(1e308, 1, '2025-01-01', '2025-01-02')],
  [
    'CS_ARR_WATERFALL',
    () =>
      f.CS_ARR_WATERFALL!(
        column('A', 'B'),
        '2024-01-01',
        '',
        column(1e308, 1e308),
        '2025-01-01',
        '2025-03-31',
      ),
  ],
];

describe('results a spreadsheet can show', () => {
  it.each(overflows)('%s rejects a result beyond a double', (name, run) => {
    const error = failure(run);
    expect(error.kind).toBe('value');
    expect(error.message).toMatch(
      new RegExp(`^${name}: the result( row \\d+)? is (-?Infinity|NaN)`),
    );
  });

  it.each([
    ['CS_CLV', () => f.CS_CLV!(-0, 0.5, 0.05)],
    ['CS_ATTAINMENT', () => f.CS_ATTAINMENT!(-0, 1)],
    ['CS_CURVE', () => f.CS_CURVE!(-0, [[0, 1]], 'retroactive')],
  ])('%s returns 0, not -0', (_, run) => {
    expect(Object.is(run(), 0)).toBe(true);
  });

  it.each([
    ['CS_ATTAINMENT', () => f.CS_ATTAINMENT!([], [])],
    ['CS_CLV', () => f.CS_CLV!([[]], 0.8, 0.05)],
    ['CS_NRR', () => f.CS_NRR!([], [], [], [], [])],
    ['CS_NPS', () => f.CS_NPS!([], [])],
    ['CS_LOOKUP', () => f.CS_LOOKUP!([], [['a']], [[1]])],
  ])('%s reports ranges with no rows', (name, run) => {
    const error = failure(run);
    expect(error.kind).toBe('notAvailable');
    expect(error.message).toMatch(new RegExp(`^${name}: `));
  });
});
