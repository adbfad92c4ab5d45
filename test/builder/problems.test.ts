import { describe, expect, it } from 'vitest';
import { mapSheet } from '../../builder/data/guess.js';
import { findDataProblems } from '../../builder/data/problems.js';

describe('findDataProblems', () => {
  const accounts = [
    ['Account ID', 'Owner', 'Starting ARR', 'Up for renewal'],
    ['A1', 'Ann', 100, 'yes'],
    ['A2', '', 200, 'no'],
    ['A3', 'Bob ', 'n/a', 'maybe'],
    ['A1', 'Cy', '$1,200', true],
  ];
  const problems = findDataProblems(
    'accounts',
    mapSheet('accounts', 'Accounts', accounts),
    accounts,
  );
  const found = (cell: string) => problems.filter((problem) => problem.cell === cell);

  it('locates every problem by cell', () => {
    expect(problems.map((problem) => `${problem.cell} ${problem.code}`)).toEqual([
      'B3 blank-owner',
      'B4 spaces',
      'C4 text-number',
      'D4 bad-flag',
      'C5 text-number',
      'A5 duplicate',
    ]);
  });

  it('names the value and the fix', () => {
    expect(found('C4')[0]?.message).toBe(
      'Starting ARR is the text "n/a", and spreadsheet sums skip text. Enter it as a number.',
    );
    expect(found('A5')[0]?.message).toBe(
      'Account id "A1" also appears in A2. Keep one row per account.',
    );
  });

  it('flags dates that are text other than ISO', () => {
    const roster = [
      ['Rep', 'Start date'],
      ['Ann', '3/31/2025'],
      ['Bob', '2025-03-31'],
    ];
    const dates = findDataProblems('roster', mapSheet('roster', 'Roster', roster), roster);
    expect(dates.map((problem) => `${problem.cell} ${problem.code}`)).toEqual(['B2 text-date']);
  });

  it('flags a subscription row repeated whole', () => {
    const rows = [
      ['account_id', 'start_date', 'end_date', 'arr_amount'],
      ['A1', '2025-01-01', '', 1200],
      ['A1', '2025-01-01', '', 1200],
      ['A1', '2025-02-01', '', 1200],
    ];
    const repeated = findDataProblems(
      'subscriptions',
      mapSheet('subscriptions', 'Subs', rows),
      rows,
    );
    expect(repeated.map((problem) => problem.cell)).toEqual(['A3']);
  });
});
