import { describe, expect, it } from 'vitest';
import { findTemplate, validatePlan, type Plan } from '../../core/index.js';
import { planApplication } from '../../builder/apply/application.js';
import { guessMapping } from '../../builder/data/guess.js';
import { findDataProblems } from '../../builder/data/problems.js';
import { computePreview } from '../../builder/metrics/preview.js';
import { repsFromOwners } from '../../builder/people/reps.js';
import { accountsSheet } from './fixtures/book.js';

const period = { start: '2025-01-01', end: '2025-03-31' };
const plan: Plan = { components: findTemplate('CSM')?.components ?? [] };

/** Runs `work` once and returns its result with the milliseconds it took. */
function timed<T>(work: () => T): { result: T; ms: number } {
  const started = performance.now();
  const result = work();
  return { result, ms: performance.now() - started };
}

// A keystroke in the plan step re-validates and re-runs the preview, so both must stay well
// under the time a person notices. The limits leave room for slow CI machines.
describe('a book of 5,000 accounts and 200 reps', () => {
  const accounts = accountsSheet({ accounts: 5000, reps: 200 });
  const sheets = new Map([['Accounts', accounts]]);

  it('maps and checks the data quickly', () => {
    const mapping = timed(() => guessMapping(sheets));
    const source = mapping.result.accounts!;
    const problems = timed(() => findDataProblems('accounts', source, accounts));
    expect(problems.result).toEqual([]);
    expect(mapping.ms + problems.ms).toBeLessThan(500);
  });

  it('previews every rep quickly', () => {
    const mapping = guessMapping(sheets);
    const reps = repsFromOwners(
      accounts.slice(1).map((row) => row[1] ?? ''),
      'CSM',
    ).map((rep) => ({ ...rep, targetIncentive: 5000 }));
    expect(reps).toHaveLength(200);

    const preview = timed(() => computePreview(plan, { mapping, sheets, reps, period }));
    const validation = timed(() => validatePlan(plan));
    const apply = timed(() => planApplication(mapping, plan, { dialect: 'sheets', reps, period }));
    expect(preview.result.reps.every((rep) => rep.payout !== undefined)).toBe(true);
    expect(preview.ms + validation.ms).toBeLessThan(1000);
    expect(apply.ms).toBeLessThan(200);
  });
});
