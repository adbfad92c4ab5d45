import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readPlanTable } from '../../core/index.js';
import { csvCells, parseCsv } from '../../univer/csv.js';
import { GSHEETS_DIST } from '../gsheets/apps-script-host.js';
import { FakeSpreadsheet } from '../gsheets/fake-spreadsheet.js';
import {
  component,
  HOSTILE_CELL,
  launchChromium,
  openSheetsSidebar,
  openStep,
  previewPayouts,
  rereadAccounts,
  screenshot,
  useTemplates,
  type PageWatch,
} from './builder-browser.js';

function sampleRows(file: string): (string | number | boolean)[][] {
  const text = readFileSync(new URL(`../../data/sample/${file}`, import.meta.url), 'utf8');
  return csvCells(parseCsv(text)).map((row) => row.map((cell) => cell ?? ''));
}

describe('plan builder in the Sheets sidebar', () => {
  let browser: Browser;
  let page: Page;
  let watch: PageWatch;
  const spreadsheet = new FakeSpreadsheet('Europe/Paris');
  const failNext = new Set<string>();

  beforeAll(async () => {
    spreadsheet.addSheet('Accounts', sampleRows('accounts.csv'));
    spreadsheet.addSheet('Roster', sampleRows('roster.csv'));
    browser = await launchChromium();
    ({ page, watch } = await openSheetsSidebar(browser, spreadsheet, failNext));
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('maps the data through server calls', async () => {
    await expect.poll(() => page.getByLabel('Accounts sheet').inputValue()).toBe('Accounts');
    expect(await page.getByLabel('Roster sheet').inputValue()).toBe('Roster');
    await screenshot(page.locator('body'), 'gsheets-1-data');
  });

  it('builds, previews and applies a plan', async () => {
    await useTemplates(page, ['CSM', 'Account Manager']);
    await component(page, 'CSM · NRR').getByLabel('Weight (%)').fill('40');
    await expect.poll(() => page.locator('.issues').innerText()).toContain('add up to 110%');
    await component(page, 'CSM · NRR').getByLabel('Weight (%)').fill('30');
    await expect.poll(() => page.locator('.issues').innerText()).toBe('The plan is valid.');
    await screenshot(page.locator('body'), 'gsheets-2-plan');

    await openStep(page, '4 Preview');
    await page.locator('.rep-preview').first().waitFor();
    const payouts = await previewPayouts(page);
    expect(payouts.size).toBe(5);
    await screenshot(page.locator('body'), 'gsheets-3-preview');

    await openStep(page, '5 Apply');
    await page.getByRole('button', { name: 'Write plan and payouts' }).click();
    const status = page.locator('.cs-builder [role="status"]').last();
    await expect.poll(() => status.innerText()).toContain('Wrote "CS Plan" and "CS Payouts"');
    await screenshot(page.locator('body'), 'gsheets-4-applied');

    const planCells = spreadsheet.getSheetByName('CS Plan')!.cells as (string | number)[][];
    expect(readPlanTable(planCells).issues).toEqual([]);
    const payoutCells = spreadsheet.getSheetByName('CS Payouts')!.cells;
    const header = payoutCells[3] as string[];
    const payout = payoutCells[4]?.[header.indexOf('Payout')];
    expect(payout).toMatch(/^=ARRAYFORMULA\(CS_PAYOUT\('CS Plan'!\$A\$1:\$P\$\d+, B5:B9, /);
    expect(payoutCells[5]?.filter((cell) => String(cell).startsWith('='))).toEqual([]);
    const marked = spreadsheet.metadata.map((entry) => entry.sheet.name);
    expect(marked).toEqual(['CS Plan', 'CS Payouts']);
  });

  it('shows a failed server call and keeps going', async () => {
    failNext.add('writeAddOnSheet');
    await openStep(page, '5 Apply');
    await page.getByRole('button', { name: 'Write plan and payouts' }).click();
    await page.getByRole('button', { name: 'Replace and keep a copy' }).click();
    const status = page.locator('.cs-builder [role="status"]').last();
    await expect
      .poll(() => status.innerText())
      .toContain('Could not write the sheets: Service Spreadsheets failed');
  });

  it('shows a hostile cell as text and runs nothing', async () => {
    const row = spreadsheet.getSheetByName('Accounts')!.cells[40]!;
    row[2] = HOSTILE_CELL;
    row[4] = HOSTILE_CELL;
    const accounts = await rereadAccounts(page);
    await expect
      .poll(() => accounts.locator('.problems').textContent())
      .toContain(`Accounts!E41 Starting ARR is the text "${HOSTILE_CELL}"`);
    await openStep(page, '2 People');
    await page.getByRole('button', { name: 'Start from owners' }).click();
    await expect
      .poll(() => page.locator('fieldset.rep legend').allInnerTexts())
      .toContain(HOSTILE_CELL);
    await openStep(page, '4 Preview');
    const summaries = page.locator('.rep-preview > summary');
    await expect
      .poll(() => summaries.allInnerTexts())
      .toContainEqual(expect.stringContaining(HOSTILE_CELL));
    expect(await page.locator('body img').count()).toBe(0);
    expect(watch.dialogs).toEqual([]);
    expect(watch.errors).toEqual([]);
  });

  it('stays under 500 KB', () => {
    const size = readFileSync(GSHEETS_DIST + 'sidebar.html').byteLength;
    expect(size).toBeLessThan(500 * 1024);
  });
});
