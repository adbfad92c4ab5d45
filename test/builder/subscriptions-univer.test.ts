import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findTemplate, type Plan } from '../../core/index.js';
import { planApplication } from '../../builder/apply/application.js';
import { guessMapping } from '../../builder/data/guess.js';
import { computePreview } from '../../builder/metrics/preview.js';
import { repsFromRoster } from '../../builder/people/reps.js';
import type { CellValue } from '../../builder/port.js';
import { createHeadlessWorkbook, loadCsv, type HeadlessWorkbook } from '../../univer/headless.js';
import { headlessRows } from './fixtures/book.js';

const DATA = new URL('../../data/ravenstack/', import.meta.url).pathname;
const FILES = {
  Book: 'book_of_business.csv',
  Subscriptions: 'ravenstack_subscriptions.csv',
  Tickets: 'ravenstack_support_tickets.csv',
  Roster: 'roster.csv',
} as const;
const period = { start: '2024-10-01', end: '2024-12-31' };
const plan: Plan = { components: findTemplate('CSM')?.components ?? [] };

describe('planApplication on subscription rows', () => {
  const sheets = new Map<string, CellValue[][]>();
  let book: HeadlessWorkbook;

  beforeAll(async () => {
    for (const [name, file] of Object.entries(FILES)) {
      const rows = await loadCsv(DATA + file);
      sheets.set(
        name,
        rows.map((row) => row.map((cell) => cell ?? '')),
      );
    }
    book = await createHeadlessWorkbook({
      sheets: [...sheets].map(([name, rows]) => ({ name, rows })),
    });
  });
  afterAll(() => book?.dispose());

  it('maps the book, subscriptions, tickets and roster', () => {
    const mapping = guessMapping(sheets);
    expect(mapping.accounts?.sheet).toBe('Book');
    expect(mapping.subscriptions?.sheet).toBe('Subscriptions');
    expect(mapping.surveys?.sheet).toBe('Tickets');
    expect(mapping.roster?.sheet).toBe('Roster');
    expect(Object.keys(mapping.subscriptions?.columns ?? {}).sort()).toEqual([
      'accountId',
      'arr',
      'endDate',
      'startDate',
    ]);
  });

  it('computes the same payouts as the engine', async () => {
    const mapping = guessMapping(sheets);
    const reps = repsFromRoster(mapping, sheets, period, 'CSM');
    const application = planApplication(mapping, plan, { dialect: 'univer', reps, period });
    for (const sheet of headlessRows(application.sheets)) book.addSheet(sheet.name, sheet.rows);
    await book.whenCalculated();

    const preview = computePreview(plan, { mapping, sheets, reps, period });
    const { columns, firstRow, lastRow, sheet } = application.payouts;
    const range = (header: string) => `${columns[header]}${firstRow}:${columns[header]}${lastRow}`;
    const column = (header: string) => book.getValues(sheet, range(header)).map((row) => row[0]);

    expect(preview.reps.map((rep) => rep.problem)).toEqual(reps.map(() => undefined));
    expect(column('Payout')).toEqual(preview.reps.map((rep) => rep.payout?.total));
    for (const header of ['Starting ARR', 'NRR', 'GRR', 'CSAT']) {
      const expected = preview.reps.map((rep) => {
        const cell = rep.cells.get(header);
        return cell !== undefined && 'value' in cell ? cell.value : cell;
      });
      expect(column(header), header).toEqual(expected);
    }
  });
});
