import { describe, expect, it } from 'vitest';
import { sheetFunctions } from '../../../core/index.js';
import { column, failure } from '../metrics/cells.js';

const f = sheetFunctions;
const waterfall = (ids: unknown, groupBy: unknown) =>
  f.CS_ARR_WATERFALL!(
    ids as never,
    '2024-01-01',
    '',
    column(100, 200),
    '2025-01-01',
    '2025-03-31',
    groupBy as never,
  );

/** Calls that pass NaN or Infinity where a key is expected, with the argument and row named. */
const cases: [string, string, () => unknown][] = [
  ['CS_NRR', 'group_by row 2', () => f.CS_NRR!(column(1, 2), 0, 0, 0, column('a', Number.NaN))],
  ['CS_NPS', 'group_by row 1', () => f.CS_NPS!(5, [[Number.POSITIVE_INFINITY]])],
  [
    'CS_ARR_WATERFALL',
    'group_by row 2',
    () => waterfall(column('A', 'B'), column('x', Number.NaN)),
  ],
  ['CS_ARR_WATERFALL', 'account_ids row 2', () => waterfall(column('A', Number.NaN), '')],
  ['CS_LOOKUP', 'lookup_keys row 1', () => f.CS_LOOKUP!(Number.NaN, column('NaN'), column(1))],
  ['CS_LOOKUP', 'keys row 2', () => f.CS_LOOKUP!('a', column('a', Number.NaN), column(1, 2))],
];

describe('non-finite keys', () => {
  it.each(cases)('%s rejects %s', (name, place, run) => {
    const error = failure(run);
    expect(error.kind).toBe('value');
    expect(error.message).toMatch(
      new RegExp(`^${name}: ${place} is (NaN|Infinity), which is not a key`),
    );
  });
});
