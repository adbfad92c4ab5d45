import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '../support/chromium.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { catalogue } from '../../core/index.js';
import { GSHEETS_DIST, loadAppsScriptProject } from './apps-script-host.js';
import { FakeSpreadsheet } from './fake-spreadsheet.js';
import { fakeServices } from './fake-services.js';

/**
 * Stands in for `google.script.run` inside the page: each call goes to the server function of the
 * vm-loaded project through `callServer`, and settles through the registered handlers. The real
 * bridge serializes arguments and results, so the stand-in does too.
 */
const GOOGLE_SCRIPT_RUN = `
  function runner(onSuccess, onFailure) {
    return new Proxy({}, {
      get(_, name) {
        if (name === 'withSuccessHandler') return (handler) => runner(handler, onFailure);
        if (name === 'withFailureHandler') return (handler) => runner(onSuccess, handler);
        return (...args) => {
          window.callServer(name, JSON.stringify(args)).then((reply) => {
            const { value, error } = JSON.parse(reply);
            if (error === undefined) onSuccess?.(value);
            else onFailure?.(new Error(error));
          });
        };
      },
    });
  }
  window.google = { script: { run: runner() } };
`;

let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
});

async function openSidebar(spreadsheet: FakeSpreadsheet): Promise<Page> {
  const project = loadAppsScriptProject('push', fakeServices(spreadsheet).services);
  const page = await browser.newPage({ viewport: { width: 300, height: 800 } });
  await page.route('**/*', (route) => route.abort());
  await page.exposeFunction('callServer', (name: string, args: string) => {
    try {
      const value = project.call(name, ...(JSON.parse(args) as unknown[]));
      return JSON.stringify({ value });
    } catch (error) {
      return JSON.stringify({ error: (error as Error).message });
    }
  });
  const html = readFileSync(GSHEETS_DIST + 'sidebar.html', 'utf8');
  await page.setContent(html.replace('<head>', `<head><script>${GOOGLE_SCRIPT_RUN}</script>`));
  return page;
}

describe('sidebar page', () => {
  it('lists data sheets through google.script.run', async () => {
    const spreadsheet = new FakeSpreadsheet('Europe/Paris');
    spreadsheet.addSheet('Accounts', [
      ['Account', 'Owner', 'ARR'],
      ['Acme', 'Ana', 1200],
    ]);
    spreadsheet.addSheet('Scratch', [[1, 2]]);
    const page = await openSidebar(spreadsheet);

    const sheets = page.locator('#data-sheets li.sheet');

    await expect
      .poll(() => sheets.allInnerTexts())
      .toEqual(['Accounts\n1 row · Account, Owner, ARR']);
    await page.close();
  });

  it('lists every catalogue function', async () => {
    const page = await openSidebar(new FakeSpreadsheet('Europe/Paris'));

    const titles = page.locator('#functions li.function strong');

    await expect.poll(() => titles.count()).toBe(catalogue.length);
    const signatures = await titles.allInnerTexts();
    expect(signatures.map((text) => text.split('(')[0])).toEqual(catalogue.map((d) => d.name));
    expect(signatures[0]).toBe('CS_NRR(starting_arr, expansion, contraction, churned, [group_by])');
    await page.close();
  });

  it('shows a failed call in its list', async () => {
    const spreadsheet = new FakeSpreadsheet('Europe/Paris');
    spreadsheet.getSheets = () => {
      throw new Error('Service Spreadsheets timed out while accessing document');
    };
    const page = await openSidebar(spreadsheet);

    const alert = page.locator('#data-sheets [role="alert"]');

    await expect
      .poll(() => alert.innerText())
      .toBe('Could not load the sheets: Service Spreadsheets timed out while accessing document');
    await expect.poll(() => page.locator('#functions li.function').count()).toBe(catalogue.length);
    await page.close();
  });

  it('says so when no data sheet exists', async () => {
    const page = await openSidebar(new FakeSpreadsheet('Europe/Paris'));

    const note = page.locator('#data-sheets li.note');

    await expect.poll(() => note.innerText()).toContain('No data sheet found');
    await page.close();
  });
});
