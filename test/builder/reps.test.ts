import { describe, expect, it } from 'vitest';
import { mapSheet } from '../../builder/data/guess.js';
import { periodsPerYear, repsFromOwners, repsFromRoster } from '../../builder/people/reps.js';

const quarter = { start: '2025-01-01', end: '2025-03-31' };

describe('repsFromOwners', () => {
  it('lists distinct owners, trimmed, case ignored', () => {
    const reps = repsFromOwners(['Ann', 'ann ', '', 'Bob', 'ANN'], 'CSM');
    expect(reps).toEqual([
      { name: 'Ann', role: 'CSM', targetIncentive: undefined },
      { name: 'Bob', role: 'CSM', targetIncentive: undefined },
    ]);
  });
});

describe('repsFromRoster', () => {
  const read = (rows: (string | number)[][]) =>
    repsFromRoster(
      { roster: mapSheet('roster', 'Roster', rows) },
      new Map([['Roster', rows]]),
      quarter,
      'CSM',
    );

  it('derives a quarterly incentive from OTE and pay mix', () => {
    const reps = read([
      ['Rep', 'OTE', 'Pay mix'],
      ['Ann', 120_000, '80/20'],
      ['Bob', 100_000, '25%'],
      ['Cy', 90_000, 0.3],
    ]);
    expect(reps.map((rep) => rep.targetIncentive)).toEqual([6000, 6250, 6750]);
  });

  it('prefers its own incentive and keeps dates and roles', () => {
    const reps = read([
      ['Rep', 'Role', 'Target incentive', 'Start date', 'End date'],
      ['Ann', 'Account Manager', 7500, '2025-02-15', ''],
      ['Bob', '', 5000, '', 'soon'],
    ]);
    expect(reps).toEqual([
      { name: 'Ann', role: 'Account Manager', targetIncentive: 7500, employedFrom: '2025-02-15' },
      { name: 'Bob', role: 'CSM', targetIncentive: 5000 },
    ]);
  });
});

describe('periodsPerYear', () => {
  it('counts periods of the length given', () => {
    expect(periodsPerYear(quarter)).toBe(4);
    expect(periodsPerYear({ start: '2025-02-01', end: '2025-02-28' })).toBe(12);
    expect(periodsPerYear({ start: '2025-01-01', end: '2025-12-31' })).toBe(1);
    expect(periodsPerYear({ start: '2025-01-15', end: '2025-04-14' })).toBe(4);
    expect(periodsPerYear({ start: '2025-03-01', end: '2025-01-01' })).toBeNaN();
  });
});
