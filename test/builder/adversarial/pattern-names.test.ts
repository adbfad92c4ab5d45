import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findTemplate, type Plan } from '../../../core/index.js';
import { planApplication } from '../../../builder/apply/application.js';
import { mapSheet } from '../../../builder/data/guess.js';
import { findDataProblems } from '../../../builder/data/problems.js';
import { repNameProblem, repsNameProblem } from '../../../builder/people/names.js';
import { univerPort, type UniverFacade } from '../../../builder/ports/univer.js';
import { createHeadlessWorkbook, type HeadlessWorkbook } from '../../../univer/headless.js';

// SUMIF, AVERAGEIF and VLOOKUP read their criterion as a pattern: `*` and `?` are wildcards,
// `~` escapes, and a leading `=`, `<` or `>` compares. A rep named like that is paid on other
// reps' accounts, so the builder reports the name instead of writing such a formula.
const PATTERN_NAMES = ['Ann*', 'B?b', '~x', '=1+1', '>0', '<img src=x onerror=alert(1)>'];

describe('names that spreadsheet criteria read as patterns', () => {
  let book: HeadlessWorkbook;
  const accounts = [
    ['Account ID', 'Owner', 'arr_amount', 'Expansion', 'Contraction', 'Churned'],
    ['A-1', 'Ann Lee', 1000, 0, 0, 0],
    ['A-2', 'Ann*', 2000, 0, 0, 0],
  ];

  beforeAll(async () => {
    book = await createHeadlessWorkbook({ sheets: [{ name: 'Accounts', rows: accounts }] });
  });
  afterAll(() => book?.dispose());

  it('engine sums other reps for Ann*', async () => {
    const mapping = { accounts: mapSheet('accounts', 'Accounts', accounts) };
    const plan: Plan = { components: findTemplate('CSM')?.components ?? [] };
    const reps = [{ name: 'Ann*', role: 'CSM', targetIncentive: 1000 }];
    const period = { start: '2025-01-01', end: '2025-03-31' };
    const application = planApplication(mapping, plan, { dialect: 'univer', reps, period });
    const port = univerPort(book.univerAPI as unknown as UniverFacade);
    for (const sheet of application.sheets) await port.writeSheet(sheet.name, sheet.rows);
    await book.whenCalculated();
    const { sheet, columns, firstRow } = application.payouts;
    // Ann* owns 2000 of starting ARR, but SUMIF adds Ann Lee's 1000 as well.
    expect(book.getValue(sheet, `${columns['Starting ARR']}${firstRow}`)).toBe(3000);
  });

  it.each(PATTERN_NAMES)('rejects rep name %s', (name) => {
    const message = repNameProblem(name);
    expect(message).toContain(JSON.stringify(name));
    expect(message).toMatch(/Rename/);
  });

  it.each(['Ann Lee', "O'Brien", 'Smith, J.', 'José-María', '+SUM(A1)', '@x', '1+1'])(
    'accepts rep name %s',
    (name) => {
      expect(repNameProblem(name)).toBeUndefined();
    },
  );

  it('blocks Apply for the first such rep', () => {
    const reps = [{ name: 'Bob' }, { name: 'B?b' }, { name: 'Ann*' }];
    expect(repsNameProblem(reps)).toContain('"B?b"');
    expect(repsNameProblem([{ name: 'Bob' }])).toBeUndefined();
  });

  it('reports owners and roster reps as data problems', () => {
    const rows = [
      ['Account ID', 'Owner'],
      ['A-1', 'Ann*'],
      ['A-2', 'Bob'],
    ];
    const problems = findDataProblems('accounts', mapSheet('accounts', 'Accounts', rows), rows);
    expect(problems.map((problem) => `${problem.cell} ${problem.code}`)).toEqual([
      'B2 pattern-name',
    ]);
    const roster = [['Rep'], ['B?b']];
    const rosterProblems = findDataProblems('roster', mapSheet('roster', 'Roster', roster), roster);
    expect(rosterProblems.map((problem) => `${problem.cell} ${problem.code}`)).toEqual([
      'A2 pattern-name',
    ]);
  });
});
