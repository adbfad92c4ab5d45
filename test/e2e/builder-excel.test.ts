import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readPlanTable } from '../../core/index.js';
import { CREATED_BY_BUILDER_KEY } from '../../builder/ports/shared.js';
import { csvCells, parseCsv } from '../../univer/csv.js';
import { serveFolder, type StaticServer } from '../../univer/server.js';
import {
  component,
  HOSTILE_CELL,
  launchChromium,
  openStep,
  previewPayouts,
  rereadAccounts,
  screenshot,
  useTemplates,
  watchPage,
  type PageWatch,
} from './builder-browser.js';

const EXCEL_DIST = fileURLToPath(new URL('../../dist/excel/', import.meta.url));
const OFFICE_JS = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';

/** Bundles the office.js stand-in, with office-addin-mock, for the browser. */
async function officeStandIn(): Promise<string> {
  const result = await build({
    entryPoints: [fileURLToPath(new URL('builder-office-page.ts', import.meta.url))],
    bundle: true,
    format: 'iife',
    platform: 'browser',
    write: false,
    alias: {
      'office-addin-manifest': fileURLToPath(
        new URL('builder-office-manifest.ts', import.meta.url),
      ),
    },
  });
  return result.outputFiles[0]?.text ?? '';
}

function sampleRows(file: string): unknown[][] {
  const text = readFileSync(new URL(`../../data/sample/${file}`, import.meta.url), 'utf8');
  return csvCells(parseCsv(text)).map((row) => row.map((cell) => cell ?? ''));
}

/** Reads a sheet of the mock workbook in the page. */
function mockSheet(page: Page, name: string) {
  return page.evaluate((sheet) => {
    const found = window.mockWorkbook.sheets.find((candidate) => candidate.name === sheet);
    return found && { cells: found.cells, properties: [...found.properties] };
  }, name);
}

describe('plan builder in the Excel task pane', () => {
  let server: StaticServer;
  let browser: Browser;
  let page: Page;
  let watch: PageWatch;

  beforeAll(async () => {
    const office = await officeStandIn();
    server = await serveFolder(EXCEL_DIST, 0);
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 300, height: 900 } });
    watch = watchPage(page);
    await page.addInitScript(
      (sheets) => {
        window.mockSheets = sheets;
      },
      [
        { name: 'Accounts', cells: sampleRows('accounts.csv') },
        { name: 'Roster', cells: sampleRows('roster.csv') },
      ],
    );
    await page.route('**/*', (route) => {
      const url = route.request().url();
      if (url === OFFICE_JS) return route.fulfill({ contentType: 'text/javascript', body: office });
      return new URL(url).hostname === 'localhost' ? route.continue() : route.abort();
    });
    await page.goto(`${server.url}taskpane.html`);
    await page.locator('.cs-builder h2', { hasText: 'Data' }).waitFor();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('maps the workbook through Excel.run', async () => {
    await expect.poll(() => page.getByLabel('Accounts sheet').inputValue()).toBe('Accounts');
    expect(await page.getByLabel('Roster sheet').inputValue()).toBe('Roster');
    await screenshot(page.locator('body'), 'excel-1-data');
  });

  it('builds, previews and applies a plan', async () => {
    await useTemplates(page, ['CSM', 'Account Manager']);
    await component(page, 'CSM · CSAT').getByLabel('Weight (%)').fill('25');
    await expect.poll(() => page.locator('.issues').innerText()).toContain('add up to 105%');
    await component(page, 'CSM · CSAT').getByLabel('Weight (%)').fill('20');
    await expect.poll(() => page.locator('.issues').innerText()).toBe('The plan is valid.');
    await screenshot(page.locator('body'), 'excel-2-plan');

    await openStep(page, '4 Preview');
    await page.locator('.rep-preview').first().waitFor();
    expect((await previewPayouts(page)).size).toBe(5);

    await openStep(page, '5 Apply');
    await page.getByRole('button', { name: 'Write plan and payouts' }).click();
    const status = page.locator('.cs-builder [role="status"]').last();
    await expect.poll(() => status.innerText()).toContain('Wrote "CS Plan" and "CS Payouts"');
    await screenshot(page.locator('body'), 'excel-3-applied');

    const plan = await mockSheet(page, 'CS Plan');
    expect(readPlanTable(plan!.cells as (string | number)[][]).issues).toEqual([]);
    expect(plan!.properties).toEqual([[CREATED_BY_BUILDER_KEY, 'true']]);
    const payouts = (await mockSheet(page, 'CS Payouts'))!.cells;
    const header = payouts[3] as string[];
    expect(payouts[4]?.[header.indexOf('Payout')]).toMatch(/^=CS\.PAYOUT\('CS Plan'!\$A\$1:/);
    expect(payouts[4]?.[header.indexOf('GRR')]).toMatch(/^=VLOOKUP\(A5:A9, CS\.GRR\(/);
    expect(payouts[5]?.filter((cell) => String(cell).startsWith('='))).toEqual([]);
  });

  it('shows a hostile cell as text and runs nothing', async () => {
    await page.evaluate((text) => {
      const accounts = window.mockWorkbook.sheets.find((sheet) => sheet.name === 'Accounts')!;
      accounts.cells[40]![2] = text;
      accounts.cells[40]![4] = text;
    }, HOSTILE_CELL);
    const accounts = await rereadAccounts(page);
    await expect
      .poll(() => accounts.locator('.problems').textContent())
      .toContain(`Accounts!E41 Starting ARR is the text "${HOSTILE_CELL}"`);
    await openStep(page, '2 People');
    await page.getByRole('button', { name: 'Start from owners' }).click();
    await expect
      .poll(() => page.locator('fieldset.rep legend').allInnerTexts())
      .toContain(HOSTILE_CELL);
    expect(await page.locator('.cs-builder img').count()).toBe(0);
    expect(watch.dialogs).toEqual([]);
    expect(watch.errors).toEqual([]);
  });
});
