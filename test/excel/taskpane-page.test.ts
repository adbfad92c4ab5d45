import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '../support/chromium.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { catalogue } from '../../core/index.js';
import { createStaticHandler } from '../../excel/static-files.js';
import { DIST, readFunctionsJson } from './functions-runtime.js';

const OFFICE_JS = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';

/**
 * Stands in for office.js on the page: Office reports Excel as ready, Excel.run runs batches
 * against a two-sheet workbook that counts syncs, and CustomFunctions records associations.
 */
const OFFICE_STUB = `
  window.associated = [];
  window.syncs = 0;
  const sheets = [
    { name: 'Accounts', used: { address: 'Accounts!A1:D41', rowCount: 41, columnCount: 4 } },
    { name: 'Notes', used: null },
  ].map(({ name, used }) => ({
    name,
    getUsedRangeOrNullObject: () => ({ ...used, isNullObject: used === null, load() {} }),
  }));
  const context = {
    workbook: {
      worksheets: { items: sheets, load() {} },
      functions: { date: () => ({ value: 1462, load() {} }) },
    },
    sync: async () => { window.syncs++; },
  };
  window.Office = {
    HostType: { Excel: 'Excel' },
    // taskpane.html?host=none plays a page opened in a plain browser.
    onReady: (callback) => Promise.resolve().then(() =>
      callback({ host: new URLSearchParams(location.search).get('host') ?? 'Excel' }),
    ),
  };
  window.Excel = { run: (batch) => batch(context) };
  window.CustomFunctions = {
    associate: (id) => window.associated.push(id),
    Error: class {},
    ErrorCode: {},
  };
`;

let server: Server;
let origin: string;
let browser: Browser;

beforeAll(async () => {
  server = createServer(createStaticHandler(fileURLToPath(DIST)));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await new Promise((resolve) => server?.close(resolve));
});

/** Opens the built task pane from the local server with the office.js stub, blocking others. */
async function openTaskpane(errors: string[], query = ''): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 320, height: 900 } });
  page.on('pageerror', (error) => errors.push(error.message));
  await page.route('**/*', (route) => {
    const url = route.request().url();
    if (url === OFFICE_JS)
      return route.fulfill({ contentType: 'text/javascript', body: OFFICE_STUB });
    return url.startsWith(origin) ? route.continue() : route.abort();
  });
  await page.goto(`${origin}/taskpane.html${query}`);
  return page;
}

describe('taskpane.html', () => {
  it('lists the sheets with their data', async () => {
    const errors: string[] = [];
    const page = await openTaskpane(errors);
    await page.locator('#sheets li').nth(1).waitFor();
    const items = await page.locator('#sheets li').allInnerTexts();
    expect(items.map((text) => text.replace(/\s+/g, ' ').trim())).toEqual([
      'Accounts A1:D41, 41 rows × 4 columns',
      'Notes no data',
    ]);
    expect(errors).toEqual([]);
  });

  it('lists every function', async () => {
    const page = await openTaskpane([]);
    await page.locator('#functions li').first().waitFor();
    const signatures = await page.locator('#functions li code').allInnerTexts();
    expect(signatures).toHaveLength(catalogue.length);
    expect(signatures[0]).toMatch(/^CS\.NRR\(/);
  });

  it('associates every function on the page', async () => {
    const page = await openTaskpane([]);
    await page.locator('#functions li').first().waitFor();
    const associated = await page.evaluate(
      () => (window as unknown as { associated: string[] }).associated,
    );
    expect(associated).toEqual(readFunctionsJson().functions.map((fn) => fn.id));
  });

  it('reads the sheets in two syncs', async () => {
    const page = await openTaskpane([]);
    await page.locator('#sheets li').nth(1).waitFor();
    // One sync reads the date system for the functions, two read the sheets.
    const syncs = await page.evaluate(() => (window as unknown as { syncs: number }).syncs);
    expect(syncs).toBe(3);
  });

  it('asks to open it from Excel elsewhere', async () => {
    const errors: string[] = [];
    const page = await openTaskpane(errors, '?host=none');
    await page.locator('#status').waitFor();
    expect(await page.locator('#status').innerText()).toBe(
      'Open this page from the CS Comp button in Excel.',
    );
    expect(await page.locator('#sheets li').count()).toBe(0);
    expect(errors).toEqual([]);
  });
});
