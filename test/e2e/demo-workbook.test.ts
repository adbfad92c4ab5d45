import type { ICellData } from '@univerjs/core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { readExports } from '../../demo/exports.js';
import { DEFAULT_OPTIONS } from '../../demo/options.js';
import { nextPeriod } from '../../demo/periods.js';
import { readResults } from '../../demo/results.js';
import { buildWorkbook, moveToNextPeriod, SHEETS, type DemoWorkbook } from '../../demo/workbook.js';
import type { CellEdit, DemoWorkbookFile } from '../../univer/browser/demo-file.js';
import { toCellData, type CellInput, type CellOutput } from '../../univer/cells.js';
import {
  openWorkbookPage,
  startServer,
  type StartedServer,
  type WorkbookPage,
} from '../univer/browser-page.js';

const PERIOD = { start: DEFAULT_OPTIONS.periodStart, end: DEFAULT_OPTIONS.periodEnd };
const NEXT = nextPeriod(PERIOD);

/** What the headless demo shows for one period: each CSM's payout and the whole rep table. */
interface DemoFigures {
  readonly payouts: CellOutput[];
  readonly table: CellOutput[][];
}

/** An edit as the page's `setValues` takes it: Univer cell data, every row the same width. */
interface CellDataEdit {
  readonly sheet: string;
  readonly a1: string;
  readonly cells: ICellData[][];
}

/** Returns the A1 ranges of the payouts sheet's rep rows and of its Payout column. */
function payoutRanges(demo: DemoWorkbook): { table: string; payouts: string } {
  const { firstRow, lastRow, columns } = demo.application.payouts;
  const letters = Object.values(columns);
  return {
    table: `A${firstRow}:${letters[letters.length - 1]}${lastRow}`,
    payouts: `${columns['Payout']}${firstRow}:${columns['Payout']}${lastRow}`,
  };
}

/** Reads the headless demo's figures with the demo's own `readResults`. */
function headlessFigures(demo: DemoWorkbook): DemoFigures {
  const sheet = demo.application.payouts.sheet;
  return {
    payouts: readResults(demo).map((result) => result.cells['Payout'] ?? null),
    table: demo.book.getValues(sheet, payoutRanges(demo).table),
  };
}

/**
 * Lists the edits `moveToNextPeriod` makes, written out here from its documented steps: the
 * new period in B1:B2, the newer subscriptions below the loaded ones, and the next period's
 * tickets over this period's, leftover rows cleared.
 */
function nextPeriodEdits(demo: DemoWorkbook): CellEdit[] {
  const { current, later } = demo.tickets;
  const width = current[0]?.length ?? 1;
  const leftover = current.slice(later.length).map(() => Array<CellInput>(width).fill(null));
  return [
    { sheet: demo.application.payouts.sheet, a1: 'B1', rows: [[NEXT.start], [NEXT.end]] },
    {
      sheet: SHEETS.subscriptions,
      a1: `A${demo.loadedSubscriptions + 2}`,
      rows: demo.laterSubscriptions,
    },
    { sheet: SHEETS.tickets, a1: 'A2', rows: [...later, ...leftover] },
  ];
}

/** Converts an edit to typed cell data as the headless workbook's `setValues` does. */
function toCellDataEdit(edit: CellEdit): CellDataEdit {
  const width = edit.rows.reduce((widest, row) => Math.max(widest, row.length), 1);
  const cells = edit.rows.map((row) =>
    Array.from({ length: width }, (_, index) => toCellData(row[index] ?? null)),
  );
  return { sheet: edit.sheet, a1: edit.a1, cells };
}

/** Reads the page's figures through `window.csComp.getValues`. */
async function pageFigures(workbook: WorkbookPage, demo: DemoWorkbook): Promise<DemoFigures> {
  const sheet = demo.application.payouts.sheet;
  const ranges = payoutRanges(demo);
  return workbook.page.evaluate(
    ([name, table, payouts]) => ({
      payouts: window.csComp.getValues(name!, payouts!).map((row) => row[0] ?? null),
      table: window.csComp.getValues(name!, table!),
    }),
    [sheet, ranges.table, ranges.payouts],
  );
}

describe('RavenStack demo workbook in the browser', () => {
  let server: StartedServer;
  let workbook: WorkbookPage;
  let demo: DemoWorkbook;
  let firstQuarter: DemoFigures;
  let nextQuarter: DemoFigures;
  let edits: CellEdit[];

  /** Runs the headless demo through both quarters, keeping what each one shows. */
  async function runHeadlessDemo(): Promise<void> {
    demo = await buildWorkbook(await readExports(DEFAULT_OPTIONS.dataDir), PERIOD, NEXT);
    firstQuarter = headlessFigures(demo);
    edits = nextPeriodEdits(demo);
    await moveToNextPeriod(demo, NEXT);
    nextQuarter = headlessFigures(demo);
  }

  beforeAll(async () => {
    // Both run at once. Waiting for both to settle lets afterAll stop a server that did start.
    const [started, headless] = await Promise.allSettled([startServer(), runHeadlessDemo()]);
    if (started.status === 'fulfilled') server = started.value;
    else throw started.reason;
    if (headless.status === 'rejected') throw headless.reason;

    const opening = performance.now();
    workbook = await openWorkbookPage(`${server.url}?workbook=ravenstack`);
    const loadMs = Math.round(performance.now() - opening);
    console.log(
      `Launched Chromium and opened ?workbook=ravenstack, ${demo.loadedSubscriptions} ` +
        `subscription rows, calculated, in ${loadMs} ms.`,
    );
  });
  afterAll(async () => {
    demo?.book.dispose();
    await workbook?.browser.close();
    server?.stop();
  });
  afterEach(() => {
    expect(workbook.consoleErrors).toEqual([]);
    expect(workbook.foreignRequests).toEqual([]);
  });

  it('serves the layout and edits of npm run demo', async () => {
    const response = await fetch(`${server.url}ravenstack.json`);
    expect(response.status).toBe(200);
    const text = await response.text();
    console.log(`ravenstack.json is ${text.length} bytes.`);
    const file = JSON.parse(text) as DemoWorkbookFile;

    expect(file.period).toEqual(PERIOD);
    expect(file.nextPeriod).toEqual(NEXT);
    expect(file.sheets).toEqual(demo.sheets);
    expect(file.builderSheets).toEqual(demo.application.sheets.map((sheet) => sheet.name));
    expect(file.nextPeriodEdits).toEqual(edits);
  });

  it('opens on the payouts sheet with the plan reopened', async () => {
    const active = await workbook.page.evaluate(() =>
      window.univerAPI.getActiveWorkbook()?.getActiveSheet().getSheetName(),
    );
    expect(active).toBe(demo.application.payouts.sheet);
    await expect
      .poll(() => workbook.page.textContent('#cs-panel'))
      .toContain('Opened the plan in "CS Plan".');
  });

  it('shows the payouts the headless demo computes', async () => {
    const onPage = await pageFigures(workbook, demo);
    expect(onPage.payouts).toEqual(firstQuarter.payouts);
    expect(onPage.table).toEqual(firstQuarter.table);
  });

  it('recalculates the next quarter from cell edits alone', async () => {
    const before = await pageFigures(workbook, demo);
    const editMs = await workbook.page.evaluate(async (cellEdits) => {
      const started = performance.now();
      const book = window.univerAPI.getActiveWorkbook();
      if (book === null) throw new Error('The page has no workbook.');
      for (const edit of cellEdits) {
        const sheet = book.getSheetByName(edit.sheet);
        if (sheet === null) throw new Error(`Sheet "${edit.sheet}" not found.`);
        const start = sheet.getRange(edit.a1);
        // A paste below the last row adds rows, as the headless workbook's setValues does.
        const missing = start.getRow() + edit.cells.length - sheet.getMaxRows();
        if (missing > 0) sheet.insertRowsAfter(sheet.getMaxRows() - 1, missing);
        const width = edit.cells[0]?.length ?? 0;
        sheet
          .getRange(start.getRow(), start.getColumn(), edit.cells.length, width)
          .setValues(edit.cells);
      }
      await window.univerAPI.getFormula().onCalculationResultApplied();
      return Math.round(performance.now() - started);
    }, edits.map(toCellDataEdit));
    console.log(
      `Pasted ${demo.laterSubscriptions.length} subscription rows and ${demo.tickets.later.length} ` +
        `tickets and recalculated in ${editMs} ms.`,
    );

    await expect
      .poll(async () => (await pageFigures(workbook, demo)).payouts, { timeout: 60_000 })
      .toEqual(nextQuarter.payouts);
    const after = await pageFigures(workbook, demo);
    expect(after.payouts).not.toEqual(before.payouts);
    expect(after.table).toEqual(nextQuarter.table);
    const period = await workbook.page.evaluate(
      (sheet) => window.csComp.getValues(sheet, 'B1:B2'),
      demo.application.payouts.sheet,
    );
    expect(period).toEqual([[NEXT.start], [NEXT.end]]);
  });

  // `toString` is a property of every object, so it checks that only listed names load.
  it.each(['no-such-book', 'toString'])('names unknown workbook %s in the panel', async (name) => {
    const page = await workbook.browser.newPage();
    const consoleErrors: string[] = [];
    const pageErrors: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error') consoleErrors.push(message.text());
    });
    page.on('pageerror', (error) => pageErrors.push(error.message));
    await page.goto(`${server.url}?workbook=${name}`);
    await page.bringToFront();

    // Interval polling, because a page in the background may get no animation frames.
    const alertText = () => document.querySelector('#cs-panel [role="alert"]')?.textContent;
    const waiting = page.waitForFunction(alertText, null, { polling: 100, timeout: 60_000 });
    const panelText = await waiting
      .then((handle) => handle.jsonValue())
      .catch((error: unknown) => {
        const seen = [...pageErrors, ...consoleErrors].join(' | ') || 'none';
        const message = `The side panel showed no error. Errors on the page: ${seen}`;
        throw new Error(message, { cause: error });
      });
    expect(panelText).toContain(`"${name}"`);
    expect(panelText).toContain('?workbook= with one of: ravenstack');
    expect(pageErrors).toEqual([]);
    expect(consoleErrors).toHaveLength(1);
    await page.close();
  });
});
