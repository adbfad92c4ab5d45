import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseIsoDate, serialFromEpochDay, sheetFunctions } from '../../../core/index.js';
import { arrWaterfall, type Subscription } from '../../../core/metrics/waterfall.js';
import { column, failure } from './cells.js';

const waterfall = sheetFunctions.CS_ARR_WATERFALL!;
const day = (iso: string): number => parseIsoDate(iso) as number;

/**
 * A first quarter built by hand to reach every movement. A adds a module (expansion), B ends
 * mid-quarter (churn) and C drops an add-on (contraction). D and E start (new, E on the last
 * day). F ended before the quarter, and G ends on its first day, which still counts as active.
 */
const QUARTER = [
  ['A', '2024-01-01', '', 10_000, 'Ana'],
  ['A', '2025-02-01', '', 2_000, 'ana '],
  ['B', '2024-06-01', '2025-02-15', 5_000, 'Bo'],
  ['C', '2024-03-01', '2025-12-31', 8_000, '\u00a0ANA'],
  ['C', '2024-03-01', '2025-01-31', 1_000, 'Ana'],
  ['D', '2025-03-01', '', 3_000, ''],
  ['E', '2025-03-31', '', 700, 'bo'],
  ['F', '2023-01-01', '2024-12-31', 4_000, 'Cy'],
  ['G', '2024-01-01', '2025-01-01', 600, ''],
] as const;
const cells = (field: number) => column(...QUARTER.map((row) => row[field] as string | number));
const [ids, starts, ends, arr, owners] = [0, 1, 2, 3, 4].map(cells);

describe('arrWaterfall', () => {
  it('sorts a hand-built quarter into movements', () => {
    const subscriptions: Subscription[] = QUARTER.map(([account, start, end, amount]) => ({
      account,
      start: day(start),
      end: end === '' ? undefined : day(end),
      arr: amount,
    }));
    expect(arrWaterfall(subscriptions, day('2025-01-01'), day('2025-03-31'))).toEqual({
      starting: 24_600,
      expansion: 2_000,
      contraction: 1_000,
      churned: 5_600,
      new: 3_700,
      ending: 23_700,
    });
  });
});

describe('CS_ARR_WATERFALL', () => {
  const expected = [[24_600, 2_000, 1_000, 5_600, 3_700, 23_700]];

  it('reads ISO text dates', () => {
    expect(waterfall(ids, starts, ends, arr, '2025-01-01', '2025-03-31')).toEqual(expected);
  });

  it('reads 1900 date serials', () => {
    const serial = (iso: string) => (iso === '' ? '' : serialFromEpochDay(day(iso)));
    const serialStarts = column(...QUARTER.map((row) => serial(row[1])));
    const serialEnds = column(...QUARTER.map((row) => serial(row[2])));
    expect(serial('2025-01-01')).toBe(45_658);
    expect(waterfall(ids, serialStarts, serialEnds, arr, 45_658, 45_747)).toEqual(expected);
  });

  it('skips a header row', () => {
    const withHeader = (name: string, values: unknown) => [[name], ...(values as unknown[][])];
    const result = waterfall(
      withHeader('Account', ids) as never,
      withHeader('Start', starts) as never,
      withHeader('End', ends) as never,
      withHeader('ARR', arr) as never,
      '2025-01-01',
      '2025-03-31',
    );
    expect(result).toEqual(expected);
  });

  it('groups accounts by trimmed, case-insensitive keys', () => {
    expect(waterfall(ids, starts, ends, arr, '2025-01-01', '2025-03-31', owners)).toEqual([
      ['Ana', 19_000, 2_000, 1_000, 0, 0, 20_000],
      ['Bo', 5_000, 0, 0, 5_000, 700, 700],
      ['Cy', 0, 0, 0, 0, 0, 0],
      ['(blank)', 600, 0, 0, 600, 3_000, 3_000],
    ]);
  });

  it('leaves blank rows below the data out', () => {
    const pad = (values: unknown) => [...(values as unknown[][]), [''], [null]] as never;
    const result = waterfall(
      pad(ids),
      pad(starts),
      pad(ends),
      pad(arr),
      '2025-01-01',
      '2025-03-31',
      column('x', 'X', 'x', 'x', 'x', 'x', 'x', 'x', 'x', '', ''),
    );
    expect(result).toEqual([['x', ...expected[0]!]]);
  });
});

describe('CS_ARR_WATERFALL text numbers', () => {
  const run = (...amounts: string[]) =>
    waterfall(
      column(...amounts.map(() => 'X')),
      '2024-01-01',
      '',
      column(...amounts),
      '2025-01-01',
      '2025-03-31',
    );

  it('reads "$1,200", "1,200.50" and a "($300)" credit', () => {
    expect(run('$1,200', '1,200.50', '($300)')).toEqual([[2_100.5, 0, 0, 0, 0, 2_100.5]]);
  });

  it.each(['85%', '1.2k'])('rejects %s naming the row', (text) => {
    const error = failure(() => run('$1,200', text));
    expect(error.kind).toBe('value');
    expect(error.message).toContain(
      `CS_ARR_WATERFALL: arr row 2 is "${text}", which is not a number.`,
    );
  });

  it('rejects an account total below 0', () => {
    expect(failure(() => run('100', '(300)')).message).toBe(
      'CS_ARR_WATERFALL: account "X" has a total ARR of -200 on 2025-01-01, below 0. ' +
        'Check its credit rows, or the dates that keep its subscriptions active.',
    );
  });
});

describe('CS_ARR_WATERFALL bad input', () => {
  it('rejects a blank account id on a row with ARR', () => {
    const error = failure(() =>
      waterfall(column('A', ''), '2025-01-01', '', column(100, 200), '2025-01-01', '2025-03-31'),
    );
    expect(error.kind).toBe('value');
    expect(error.message).toBe(
      'CS_ARR_WATERFALL: account_ids row 2 is blank but arr is 200. ' +
        'Enter the account of every subscription row.',
    );
  });

  it('rejects an account with two group keys', () => {
    const keys = column('Ana', 'Ana', 'Bo', 'Ana', 'Bo', '', 'bo', 'Cy', '');
    const error = failure(() =>
      waterfall(ids, starts, ends, arr, '2025-01-01', '2025-03-31', keys),
    );
    expect(error.message).toBe(
      'CS_ARR_WATERFALL: account "C" has group_by "Ana" on row 4 and "Bo" on row 5. ' +
        'Give every subscription row of an account the same key.',
    );
  });

  it('rejects period_end before period_start', () => {
    expect(
      failure(() => waterfall(ids, starts, ends, arr, '2025-03-31', '2025-01-01')).message,
    ).toBe(
      'CS_ARR_WATERFALL: period_end (2025-01-01) is before period_start (2025-03-31). ' +
        'Swap the dates or correct the later one.',
    );
  });

  it('rejects an end date before its start', () => {
    const error = failure(() =>
      waterfall('A', '2025-02-01', '2025-01-31', 100, '2025-01-01', '2025-03-31'),
    );
    expect(error.message).toContain(
      'CS_ARR_WATERFALL: end_dates row 1 is 2025-01-31, before its start date 2025-02-01.',
    );
  });

  it('rejects text that is not a date', () => {
    const error = failure(() =>
      waterfall(
        column('A', 'B'),
        column('2025-01-01', '31/01/2025'),
        '',
        column(1, 2),
        '2025-01-01',
        '2025-03-31',
      ),
    );
    expect(error.message).toContain(
      'CS_ARR_WATERFALL: start_dates row 2 is "31/01/2025", which is not a date.',
    );
  });

  it('rejects a header on one column only', () => {
    const error = failure(() =>
      waterfall(
        column('Account', 'A'),
        column('2025-01-01', '2025-01-01'),
        column('', ''),
        column('ARR', 100),
        '2025-01-01',
        '2025-03-31',
      ),
    );
    expect(error.message).toBe(
      'CS_ARR_WATERFALL: arr starts with the header "ARR" but start_dates starts with the value ' +
        '"2025-01-01". Select the same rows for every column, all with a header row or all without.',
    );
  });

  it('rejects columns of different lengths', () => {
    expect(
      failure(() => waterfall(ids, starts, column('', ''), arr, '2025-01-01', '2025-03-31'))
        .message,
    ).toContain('CS_ARR_WATERFALL: end_dates has 2 rows but the longest column has 9.');
  });

  it('raises not available without subscription rows', () => {
    const error = failure(() =>
      waterfall(
        column('', ''),
        column('', ''),
        column('', ''),
        column('', ''),
        '2025-01-01',
        '2025-03-31',
      ),
    );
    expect(error.kind).toBe('notAvailable');
  });
});

describe('CS_ARR_WATERFALL scale', () => {
  /** Subscription rows over 40,000 accounts, with ISO text dates as Sheets passes them. */
  function exportRows(count: number) {
    const columns = {
      ids: [] as string[][],
      starts: [] as string[][],
      ends: [] as string[][],
      arr: [] as number[][],
      owners: [] as string[][],
    };
    for (let index = 0; index < count; index++) {
      const account = index % 40_000;
      columns.ids.push([`ACC-${account}`]);
      columns.starts.push([`2024-${String(1 + (index % 12)).padStart(2, '0')}-15`]);
      columns.ends.push([
        index % 3 === 0 ? `2025-${String(1 + (index % 12)).padStart(2, '0')}-20` : '',
      ]);
      columns.arr.push([1_000 + (index % 997)]);
      columns.owners.push([`Owner ${account % 25}`]);
    }
    return columns;
  }

  // Speed is measured by `npm run bench`; this checks that a large export still adds up.
  it.each([50_000, 200_000])('handles %i rows in one call', (count) => {
    const rows = exportRows(count);
    const result = waterfall(
      rows.ids,
      rows.starts,
      rows.ends,
      rows.arr,
      '2024-12-31',
      '2025-06-30',
      rows.owners,
    ) as number[][];

    expect(result).toHaveLength(25);
    for (const [, starting, expansion, contraction, churned, added, ending] of result) {
      expect(starting! + expansion! - contraction! - churned! + added!).toBeCloseTo(ending!, 6);
    }
  });
});

describe('CS_ARR_WATERFALL properties', () => {
  const subscription = fc.record({
    account: fc.constantFrom('A', 'B', 'C', 'D', 'E'),
    start: fc.integer({ min: 20_000, max: 20_400 }),
    length: fc.option(fc.integer({ min: 0, max: 400 }), { nil: undefined }),
    arr: fc.integer({ min: 0, max: 1_000_000 }),
  });

  it('keeps starting + movements equal to ending', () => {
    fc.assert(
      fc.property(
        fc.array(subscription, { minLength: 1, maxLength: 40 }),
        fc.integer({ min: 20_000, max: 20_400 }),
        fc.integer({ min: 0, max: 200 }),
        (rows, periodStart, periodLength) => {
          const subscriptions = rows.map((row) => ({
            account: row.account,
            start: row.start,
            end: row.length === undefined ? undefined : row.start + row.length,
            arr: row.arr,
          }));
          const result = arrWaterfall(subscriptions, periodStart, periodStart + periodLength);
          const { starting, expansion, contraction, churned, ending } = result;
          expect(starting + expansion - contraction - churned + result.new).toBe(ending);
          expect(Math.min(expansion, contraction, churned, result.new)).toBeGreaterThanOrEqual(0);
        },
      ),
    );
  });

  it('matches the pure maths through the cell function', () => {
    fc.assert(
      fc.property(fc.array(subscription, { minLength: 1, maxLength: 20 }), (rows) => {
        const serial = (epochDay: number) => serialFromEpochDay(epochDay);
        const result = waterfall(
          column(...rows.map((row) => row.account)),
          column(...rows.map((row) => serial(row.start))),
          column(
            ...rows.map((row) => (row.length === undefined ? '' : serial(row.start + row.length))),
          ),
          column(...rows.map((row) => row.arr)),
          serial(20_100),
          serial(20_300),
        ) as number[][];
        const subscriptions = rows.map((row) => ({
          ...row,
          end: row.length === undefined ? undefined : row.start + row.length,
        }));
        const expected = arrWaterfall(subscriptions, 20_100, 20_300);
        expect(result[0]).toEqual([
          expected.starting,
          expected.expansion,
          expected.contraction,
          expected.churned,
          expected.new,
          expected.ending,
        ]);
      }),
    );
  });
});
