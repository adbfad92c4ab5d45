import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  parseIsoDate,
  serialFromEpochDay,
  sheetFunctions,
  writePlanTable,
} from '../../core/index.js';
import { columnOf, readExports, type DemoExports } from '../../demo/exports.js';
import { readResults, type CsmResult } from '../../demo/results.js';
import { buildWorkbook, type DemoWorkbook } from '../../demo/workbook.js';
import { loadFunctionsScript } from '../excel/functions-runtime.js';
import { loadAppsScriptProject } from '../gsheets/apps-script-host.js';
import { fakeServices } from '../gsheets/fake-services.js';
import { FakeSpreadsheet } from '../gsheets/fake-spreadsheet.js';
import { sheetsMidnight } from '../gsheets/sheets-dates.js';

const Q3 = { start: '2024-07-01', end: '2024-09-30' };
const Q4 = { start: '2024-10-01', end: '2024-12-31' };
const TIME_ZONE = 'America/New_York';

type Cell = string | number | boolean | null;
/** Calls a CS function by its Sheets name with cells as the core reads them. */
type Caller = (name: string, ...args: Cell[][][]) => Promise<unknown[][]>;

/**
 * Runs the demo's plan as a chain of CS functions: owners by lookup, the waterfall and the
 * metrics per owner, the prorated target incentives, then CS_PAYOUT per roster row.
 */
async function payoutsThrough(call: Caller, exports: DemoExports, workbook: DemoWorkbook) {
  const column = (table: keyof DemoExports, name: string) =>
    columnOf(exports[table]!, name).map((value) => [value]);
  const subscriptions = exports.subscriptions.rows.filter(
    (_, index) => String(column('subscriptions', 'start_date')[index]?.[0]) <= Q3.end,
  );
  const sub = (name: string) =>
    subscriptions.map((row) => [row[exports.subscriptions.header.indexOf(name)] ?? null]);
  const tickets = exports.tickets.rows.filter((row) => {
    const day = String(row[exports.tickets.header.indexOf('submitted_at')]);
    return day >= Q3.start && day <= Q3.end;
  });
  const ticket = (name: string) =>
    tickets.map((row) => [row[exports.tickets.header.indexOf(name)] ?? null]);
  const [bookIds, bookOwners] = [column('book', 'account_id'), column('book', 'csm')];

  const owners = await call('CS_LOOKUP', sub('account_id'), bookIds, bookOwners);
  const waterfall = await call(
    'CS_ARR_WATERFALL',
    sub('account_id'),
    sub('start_date'),
    sub('end_date'),
    sub('arr_amount'),
    [[Q3.start]],
    [[Q3.end]],
    owners as Cell[][],
  );
  const part = (index: number) => waterfall.map((row) => [row[index]]) as Cell[][];
  const nrr = await call('CS_NRR', part(1), part(2), part(3), part(4), part(0));
  const grr = await call('CS_GRR', part(1), part(3), part(4), part(0));
  const ticketOwners = await call('CS_LOOKUP', ticket('account_id'), bookIds, bookOwners);
  const csat = await call(
    'CS_CSAT',
    ticket('satisfaction_score'),
    [[5]],
    [[4]],
    ticketOwners as Cell[][],
  );

  const reps = column('roster', 'csm').map((row) => String(row[0]));
  const byRep = (table: unknown[][]) =>
    reps.map((rep) => [table.find((row) => row[0] === rep)?.[1] as Cell]);
  const incentives = await call(
    'CS_PRORATE',
    column('roster', 'target_incentive'),
    [[Q3.start]],
    [[Q3.end]],
    column('roster', 'start_date'),
    column('roster', 'end_date'),
  );
  const values = reps.map((_, index) => [
    byRep(grr)[index]![0]!,
    byRep(nrr)[index]![0]!,
    byRep(csat)[index]![0]!,
  ]);
  const plan = writePlanTable(workbook.plan);
  const payouts = await call(
    'CS_PAYOUT',
    plan,
    column('roster', 'role'),
    incentives as Cell[][],
    [['GRR', 'NRR', 'CSAT']],
    values,
  );
  return reps.map((rep, index) => [
    rep,
    ...(waterfall.find((row) => row[0] === rep)?.slice(1) ?? []),
    ...(values[index] ?? []),
    incentives[index]?.[0],
    payouts[index]?.[0],
  ]);
}

function isDate(value: Cell): value is string {
  return typeof value === 'string' && parseIsoDate(value) !== undefined;
}

describe('the demo plan through every adapter', () => {
  let exports: DemoExports;
  let workbook: DemoWorkbook;
  let results: CsmResult[];

  beforeAll(async () => {
    exports = await readExports('data/ravenstack');
    workbook = await buildWorkbook(exports, Q3, Q4);
    results = readResults(workbook);
  });
  afterAll(() => workbook?.book.dispose());

  const headers = [
    'Starting ARR',
    'Expansion',
    'Contraction',
    'Churned',
    'New',
    'Ending ARR',
    'GRR',
    'NRR',
    'CSAT',
    'Prorated target incentive',
    'Payout',
  ];
  const expected = () =>
    results.map((result) => [result.name, ...headers.map((header) => result.cells[header])]);

  it('core sheetFunctions give the workbook figures', async () => {
    const core: Caller = async (name, ...args) => toRows(sheetFunctions[name]!(...args));
    expect(await payoutsThrough(core, exports, workbook)).toEqual(expected());
  });

  it('the Sheets bundle gives the workbook figures', async () => {
    const project = loadAppsScriptProject(
      'push',
      fakeServices(new FakeSpreadsheet(TIME_ZONE)).services,
    );
    const toSheets = (cell: Cell) =>
      cell === null ? '' : isDate(cell) ? project.date(sheetsMidnight(cell, TIME_ZONE)) : cell;
    const sheets: Caller = async (name, ...args) =>
      toRows(project.call(name, ...args.map((rows) => rows.map((row) => row.map(toSheets)))));
    expect(await payoutsThrough(sheets, exports, workbook)).toEqual(expected());
  });

  it('the Excel functions script gives the workbook figures', async () => {
    const { associations } = loadFunctionsScript();
    const toExcel = (cell: Cell) => (isDate(cell) ? serialFromEpochDay(parseIsoDate(cell)!) : cell);
    const excel: Caller = async (name, ...args) =>
      toRows(
        await associations.get(name.replace(/^CS_/, ''))!(
          ...args.map((rows) => rows.map((row) => row.map(toExcel))),
        ),
      );
    expect(await payoutsThrough(excel, exports, workbook)).toEqual(expected());
  });
});

function toRows(result: unknown): unknown[][] {
  return Array.isArray(result) ? (result as unknown[][]) : [[result]];
}
