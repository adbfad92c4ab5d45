import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findTemplate, type Plan } from '../../core/index.js';
import { planApplication } from '../../builder/apply/application.js';
import { guessMapping } from '../../builder/data/guess.js';
import { computePreview } from '../../builder/metrics/preview.js';
import { repsFromRoster } from '../../builder/people/reps.js';
import { createHeadlessWorkbook, type HeadlessWorkbook } from '../../univer/headless.js';
import { accountsSheet, headlessRows, rosterSheet } from './fixtures/book.js';

const period = { start: '2025-01-01', end: '2025-03-31' };
const plan: Plan = { components: findTemplate('CSM')?.components ?? [] };

describe('planApplication in the Univer engine', () => {
  const accounts = accountsSheet({ accounts: 120, reps: 6 });
  const roster = rosterSheet(6, '2025-02-15');
  const sheets = new Map([
    ['Accounts', accounts],
    ['Roster', roster],
  ]);
  const mapping = guessMapping(sheets);
  const reps = repsFromRoster(mapping, sheets, period, 'CSM');
  const application = planApplication(mapping, plan, { dialect: 'univer', reps, period });
  let book: HeadlessWorkbook;

  beforeAll(async () => {
    book = await createHeadlessWorkbook({
      sheets: [
        { name: 'Accounts', rows: accounts },
        { name: 'Roster', rows: roster },
        ...headlessRows(application.sheets),
      ],
    });
    await book.whenCalculated();
  });
  afterAll(() => book?.dispose());

  it('guesses every source it needs', () => {
    expect(mapping.accounts?.columns).toMatchObject({ accountId: 0, owner: 1, startingArr: 2 });
    expect(mapping.surveys?.columns.csat).toBe(6);
    expect(mapping.roster?.columns).toMatchObject({ rep: 0, role: 1, targetIncentive: 2 });
  });

  it('payout formulas match the preview', () => {
    const preview = computePreview(plan, { mapping, sheets, reps, period });
    const { columns, firstRow, lastRow, sheet } = application.payouts;
    const payouts = book.getValues(
      sheet,
      `${columns.Payout}${firstRow}:${columns.Payout}${lastRow}`,
    );

    expect(preview.reps.every((rep) => rep.payout !== undefined)).toBe(true);
    expect(payouts.map((row) => row[0])).toEqual(preview.reps.map((rep) => rep.payout?.total));
  });

  it('pasting data changes payouts', async () => {
    const { columns, firstRow, sheet } = application.payouts;
    const cell = `${columns.Payout}${firstRow}`;
    const before = book.getValue(sheet, cell);
    book.setValues('Accounts', 'F2', [[0]]);
    book.setValues('Accounts', 'E2', [[0]]);
    book.setValues('Accounts', 'D2', [[90_000]]);
    await book.whenCalculated();

    expect(book.getValue(sheet, cell)).not.toEqual(before);
  });
});
