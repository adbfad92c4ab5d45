import { describe, expect, it } from 'vitest';
import { guessMapping } from '../../builder/data/guess.js';
import { detectHeaderRow, lastDataRow, normalizeHeader } from '../../builder/data/headers.js';
import { guessSheets, matchColumns } from '../../builder/data/mapping.js';

describe('normalizeHeader', () => {
  it('folds case, underscores and spaces', () => {
    expect(normalizeHeader('  Starting_ARR  ')).toBe('starting arr');
    expect(normalizeHeader('Account-Owner.Name')).toBe('account owner name');
  });
});

describe('matchColumns', () => {
  const cases: [string, string[], Record<string, number>][] = [
    [
      'export names',
      ['account_id', 'Account Owner', 'arr_amount'],
      { accountId: 0, owner: 1, startingArr: 2 },
    ],
    ['CSM as owner', ['Customer', 'CSM', 'ARR'], { owner: 1, startingArr: 2 }],
    [
      'words inside a header',
      ['Starting ARR (USD)', 'Churned ARR'],
      { startingArr: 0, churned: 1 },
    ],
  ];
  it.each(cases)('accounts: %s', (_, headers, expected) => {
    expect(matchColumns('accounts', headers)).toMatchObject(expected);
  });

  it('prefers an exact header over a containing one', () => {
    const columns = matchColumns('accounts', ['Churned ARR', 'Churned']);
    expect(columns.churned).toBe(1);
  });

  it('maps each column once', () => {
    const columns = matchColumns('roster', ['CSM', 'Role', 'Start date', 'End date']);
    expect(columns).toEqual({ rep: 0, role: 1, employedFrom: 2, employedTo: 3 });
  });
});

describe('detectHeaderRow', () => {
  it('skips a title above the headers', () => {
    const rows = [
      ['Q1 export', '', ''],
      ['', '', ''],
      ['Owner', 'ARR', 'Churned'],
      ['Ann', 10, 0],
    ];
    expect(detectHeaderRow(rows)).toBe(2);
  });

  it('takes the first row when nothing qualifies', () => {
    expect(
      detectHeaderRow([
        [1, 2],
        [3, 4],
      ]),
    ).toBe(0);
  });

  it('finds the last row with content', () => {
    expect(lastDataRow([['a'], ['b'], [''], ['c'], ['', '']], 0)).toBe(3);
  });
});

describe('guessSheets', () => {
  const sheet = (name: string, headers: string[], isCreatedByBuilder = false) => ({
    name,
    headers,
    rowCount: 10,
    columnCount: headers.length,
    isCreatedByBuilder,
  });

  it('picks a sheet per source and never a builder sheet', () => {
    const guesses = guessSheets([
      sheet('CS Payouts', ['Account id', 'Owner', 'Starting ARR', 'Expansion'], true),
      sheet('Accounts', ['Account id', 'Owner', 'Starting ARR']),
      sheet('Tickets', ['account_id', 'satisfaction_score']),
      sheet('Team', ['Rep', 'Role', 'Target incentive']),
    ]);
    expect(guesses).toEqual({ accounts: 'Accounts', surveys: 'Tickets', roster: 'Team' });
  });

  it('maps a whole workbook with header rows below a title', () => {
    const mapping = guessMapping(
      new Map([
        ['Data', [['Book of business'], ['Account ID', 'Owner'], ['A1', 'Ann'], ['A2', 'Bob']]],
      ]),
    );
    expect(mapping.accounts).toEqual({
      sheet: 'Data',
      headerRow: 1,
      lastRow: 3,
      columns: { accountId: 0, owner: 1 },
    });
  });
});
