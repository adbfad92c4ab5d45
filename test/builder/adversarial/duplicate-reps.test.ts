import { describe, expect, it } from 'vitest';
import { mapSheet } from '../../../builder/data/guess.js';
import { findDataProblems } from '../../../builder/data/problems.js';
import { repsNameProblem } from '../../../builder/people/names.js';
import { repsFromRoster } from '../../../builder/people/reps.js';

// SUMIF matches a rep name ignoring case, so two roster rows for one rep would each be paid on
// all of that rep's accounts.
describe('rep listed twice in the roster', () => {
  const roster = [
    ['Rep', 'Role', 'Target incentive'],
    ['Ann', 'CSM', 5000],
    ['Bob', 'CSM', 5000],
    ['ANN ', 'Senior CSM', 6000],
  ];
  const sheets = new Map([['Roster', roster]]);
  const mapping = { roster: mapSheet('roster', 'Roster', roster) };
  const period = { start: '2025-01-01', end: '2025-03-31' };

  it('blocks Apply naming both spellings', () => {
    const reps = repsFromRoster(mapping, sheets, period, 'CSM');
    const problem = repsNameProblem(reps);
    expect(problem).toContain('"Ann"');
    expect(problem).toContain('"ANN"');
    expect(problem).toMatch(/once/);
  });

  it('reports the repeated roster row', () => {
    const problems = findDataProblems('roster', mapping.roster, roster);
    const duplicates = problems.filter((problem) => problem.code === 'duplicate');
    expect(duplicates.map((problem) => problem.cell)).toEqual(['A4']);
    expect(duplicates[0]?.message).toBe(
      'Rep "ANN " also appears in A2, and each row would be paid on all of that rep\'s accounts. Keep one row per rep.',
    );
  });
});
