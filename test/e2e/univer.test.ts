import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { catalogue, sheetFunctions } from '../../core/index.js';
import type { CellInput } from '../../univer/headless.js';
import {
  openWorkbookPage,
  startServer,
  type StartedServer,
  type WorkbookPage,
} from '../univer/browser-page.js';
import { sampleFigures, sampleRows, type SampleFigures } from '../univer/sample-expected.js';

/** Reads the Examples sheet's figures through the page's `window.csComp.getValues`. */
async function shownFigures(workbook: WorkbookPage): Promise<SampleFigures> {
  return workbook.page.evaluate(() => {
    const read = (a1Range: string) => window.csComp.getValues('Examples', a1Range);
    const value = (a1: string) => read(a1)[0]?.[0] as number;
    return {
      nrr: value('B2'),
      grr: value('B3'),
      churnRate: value('B4'),
      nps: value('B5'),
      csat: value('B6'),
      annualChurn: value('B7'),
      nrrByOwner: read('D2:E6') as (string | number)[][],
      grrByOwner: read('G2:H6') as (string | number)[][],
      csatByOwner: read('J2:K6') as (string | number)[][],
      payouts: read('B10:B14').map((row) => row[0] as number),
    };
  });
}

/** Replaces Accounts cells in the copy the expected figures are computed from. */
function editAccounts(
  accounts: CellInput[][],
  firstRow: number,
  firstColumn: number,
  block: CellInput[][],
): CellInput[][] {
  return accounts.map((row, index) => {
    const edit = block[index - firstRow];
    if (edit === undefined) return row;
    const copy = [...row];
    copy.splice(firstColumn, edit.length, ...edit);
    return copy;
  });
}

describe('local workbook page', () => {
  let server: StartedServer;
  let workbook: WorkbookPage;
  let accounts = sampleRows('accounts.csv');

  beforeAll(async () => {
    server = await startServer();
    workbook = await openWorkbookPage(server.url);
  });
  afterAll(async () => {
    await workbook?.browser.close();
    server?.stop();
  });
  afterEach(() => {
    expect(workbook.consoleErrors).toEqual([]);
    expect(workbook.foreignRequests).toEqual([]);
  });

  it('shows the example figures the core computes', async () => {
    const expected = sampleFigures(accounts);
    expect(await shownFigures(workbook)).toEqual(expected);

    const displayed = await workbook.page.evaluate(() =>
      window.univerAPI
        .getActiveWorkbook()
        ?.getSheetByName('Examples')
        ?.getRange('B2:B3')
        .getDisplayValues(),
    );
    expect(displayed).toEqual([
      [`${(expected.nrr * 100).toFixed(1)}%`],
      [`${(expected.grr * 100).toFixed(1)}%`],
    ]);
  });

  it('lists every function in the side panel', async () => {
    const listed = await workbook.page.$$eval('#cs-panel details[data-function]', (elements) =>
      elements.map((element) => (element as HTMLElement).dataset['function']),
    );
    expect(listed).toEqual(catalogue.map((definition) => definition.name));
  });

  it('computes a formula written through univerAPI', async () => {
    const formula = '=CS_GRR(Accounts!E2:E41, Accounts!G2:G41, Accounts!H2:H41, Accounts!D2:D41)';
    const values = await workbook.page.evaluate(async (text) => {
      const sheet = window.univerAPI.getActiveWorkbook()?.getSheetByName('Examples');
      sheet?.getRange('D20').setValue({ f: text });
      await window.univerAPI.getFormula().onCalculationResultApplied();
      return window.csComp.getValues('Examples', 'D20:E22');
    }, formula);

    const column = (name: string) => {
      const index = accounts[0]!.indexOf(name);
      return accounts.slice(1).map((row) => [row[index] ?? null]);
    };
    const expected = sheetFunctions['CS_GRR']!(
      column('starting_arr'),
      column('contraction'),
      column('churned'),
      column('segment'),
    );
    expect(values).toEqual(expected);
  });

  it('recalculates when a block of data is replaced', async () => {
    const before = await shownFigures(workbook);
    const block: CellInput[][] = Array.from({ length: 10 }, (_, index) => [
      30_000 + index * 2_500,
      index % 2 === 0 ? 4_000 : 0,
      index % 3 === 0 ? 2_000 : 0,
      index === 5 ? 40_000 : 0,
    ]);
    await workbook.page.evaluate(async (rows) => {
      const sheet = window.univerAPI.getActiveWorkbook()?.getSheetByName('Accounts');
      sheet?.getRange('E2:H11').setValues(rows.map((row) => row.map((v) => ({ v, t: 2 }))));
      await window.univerAPI.getFormula().onCalculationResultApplied();
    }, block);
    accounts = editAccounts(accounts, 1, 4, block);

    const after = await shownFigures(workbook);
    expect(after).toEqual(sampleFigures(accounts));
    expect(after.nrr).not.toBe(before.nrr);
    expect(after.payouts).not.toEqual(before.payouts);
  });

  it('recalculates after a paste from the clipboard', async () => {
    const { page } = workbook;
    await page.evaluate(() => {
      const book = window.univerAPI.getActiveWorkbook();
      const sheet = book?.getSheetByName('Accounts');
      if (!book || !sheet) throw new Error('The Accounts sheet is missing.');
      book.setActiveSheet(sheet);
      book.setActiveRange(sheet.getRange('F12'));
    });
    await page.evaluate(() => navigator.clipboard.writeText('12500\t0\n0\t3000'));
    await page.keyboard.press('Control+V');
    await page.waitForFunction(() => window.csComp.getValues('Accounts', 'G13')[0]?.[0] === 3000);
    await page.evaluate(() => window.univerAPI.getFormula().onCalculationResultApplied());
    accounts = editAccounts(accounts, 11, 5, [
      [12_500, 0],
      [0, 3_000],
    ]);

    expect(await shownFigures(workbook)).toEqual(sampleFigures(accounts));
  });

  it('explains an error value in the side panel', async () => {
    const { page } = workbook;
    const message = await page.evaluate(async () => {
      const book = window.univerAPI.getActiveWorkbook();
      const sheet = book?.getSheetByName('Examples');
      if (!book || !sheet) throw new Error('The Examples sheet is missing.');
      sheet.getRange('D25').setValue({ f: '=CS_CHURN_RATE(Accounts!H2:H41, Accounts!E2:E41)' });
      await window.univerAPI.getFormula().onCalculationResultApplied();
      book.setActiveSheet(sheet);
      book.setActiveRange(sheet.getRange('D25'));
      return window.csComp.errorMessage('Examples', 'D25');
    });

    expect(message).toMatch(/^CS_CHURN_RATE: lost adds up to [\d.]+, more than starting/);
    await expect.poll(() => page.textContent('#cs-panel .cs-cell-message')).toBe(message);
  });

  it('offers CS functions in the formula editor', async () => {
    const { page } = workbook;
    const nameBox = page.locator('[data-u-comp="defined-name"] input');
    await nameBox.fill('F30');
    await nameBox.press('Enter');
    await page.keyboard.type('=CS_NR');

    const description = catalogue.find((definition) => definition.name === 'CS_NRR')!.description;
    await expect
      .poll(() => page.locator('#app').getByText(description, { exact: true }).count())
      .toBeGreaterThan(0);
    await page.keyboard.press('Escape');
  });
});
