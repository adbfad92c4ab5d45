export { launchChromium } from '../support/chromium.js';
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { readFileSync } from 'node:fs';
import type { Browser, Locator, Page } from 'playwright-core';
import { GSHEETS_DIST, loadAppsScriptProject } from '../gsheets/apps-script-host.js';
import { fakeServices } from '../gsheets/fake-services.js';
import type { FakeSpreadsheet } from '../gsheets/fake-spreadsheet.js';

/**
 * Where the step screenshots go: docs/screenshots/ (shown by the README) with
 * UPDATE_SCREENSHOTS=1, as `npm run screenshots` sets, and an ignored folder otherwise, so a
 * test run leaves the tracked files alone.
 */
const SCREENSHOTS = fileURLToPath(
  new URL(
    process.env.UPDATE_SCREENSHOTS === '1' ? '../../docs/screenshots/' : '../../screenshots/tmp/',
    import.meta.url,
  ),
);

/** Markup that the tests put in a data cell. The builder must show it as text and never run it. */
export const HOSTILE_CELL = '<img src=x onerror=alert(1)>';

/** What a page did that a test must catch: dialogs (a script's `alert`) and errors. */
export interface PageWatch {
  readonly dialogs: string[];
  readonly errors: string[];
}

/** Records dialogs (dismissing them) and console errors of a page. */
export function watchPage(page: Page): PageWatch {
  const watch: PageWatch = { dialogs: [], errors: [] };
  page.on('dialog', (dialog) => {
    watch.dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  page.on('pageerror', (error) => watch.errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') watch.errors.push(message.text());
  });
  return watch;
}

/** Saves a screenshot of an element, 300 px wide in every host, in `SCREENSHOTS`. */
export async function screenshot(target: Locator, name: string): Promise<void> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  await target.screenshot({ path: `${SCREENSHOTS}${name}.png` });
}

/** Opens a step of the builder by its number and name, such as `3 Plan`. */
export async function openStep(page: Page, step: string): Promise<void> {
  await page.getByRole('button', { name: step, exact: true }).click();
  await page.locator('.cs-builder h2', { hasText: step.replace(/^\d+ /, '') }).waitFor();
}

/** Opens the plan step and adds each role's template, in order. */
export async function useTemplates(page: Page, roles: readonly string[]): Promise<void> {
  await openStep(page, '3 Plan');
  for (const role of roles) {
    await page.getByLabel('Role template').selectOption(role);
    await page.getByRole('button', { name: 'Use template' }).click();
  }
}

/** Reads the data again in the data step and returns the Accounts source's fieldset. */
export async function rereadAccounts(page: Page): Promise<Locator> {
  await openStep(page, '1 Data');
  await page.getByRole('button', { name: 'Read the data again' }).click();
  return page.locator('fieldset.source', { hasText: 'Accounts sheet' });
}

/** Finds the editor of one plan component by its legend, such as `CSM · GRR`. */
export function component(page: Page, legend: string): Locator {
  return page.locator('fieldset.component', {
    has: page.locator('legend', { hasText: legend }),
  });
}

/** Reads each rep's payout from the preview, by rep name, as the text shown. */
export async function previewPayouts(page: Page): Promise<Map<string, string>> {
  const lines = await page.locator('.rep-preview > summary').allInnerTexts();
  return new Map(
    lines.map((line) => {
      const [name = '', , payout = ''] = line.split(' · ');
      return [name.trim(), payout.trim()];
    }),
  );
}

/**
 * Stands in for `google.script.run` in the page. Each call goes to the server function of the
 * vm-loaded Apps Script project through `callServer` after a random delay, so calls finish out
 * of order. Each settles through the success or the failure handler, as the real bridge does.
 */
const GOOGLE_SCRIPT_RUN = `
  function runner(onSuccess, onFailure) {
    return new Proxy({}, {
      get(_, name) {
        if (name === 'withSuccessHandler') return (handler) => runner(handler, onFailure);
        if (name === 'withFailureHandler') return (handler) => runner(onSuccess, handler);
        return (...args) => {
          setTimeout(() => {
            window.callServer(name, JSON.stringify(args)).then((reply) => {
              const { value, error } = JSON.parse(reply);
              if (error === undefined) onSuccess?.(value);
              else onFailure?.(new Error(error));
            });
          }, Math.random() * 30);
        };
      },
    });
  }
  window.google = { script: { run: runner() } };
`;

/**
 * Opens the built Sheets sidebar, 300 px wide, over `spreadsheet`: the server functions run in
 * the stub Apps Script host, reached through the `google.script.run` stand-in. A server
 * function named in `failNext` fails once. Requests to any other address are blocked.
 */
export async function openSheetsSidebar(
  browser: Browser,
  spreadsheet: FakeSpreadsheet,
  failNext: Set<string> = new Set(),
): Promise<{ page: Page; watch: PageWatch }> {
  const project = loadAppsScriptProject('push', fakeServices(spreadsheet).services);
  const page = await browser.newPage({ viewport: { width: 300, height: 900 } });
  const watch = watchPage(page);
  await page.route('**/*', (route) => route.abort());
  await page.exposeFunction('callServer', (name: string, args: string) => {
    try {
      if (failNext.delete(name))
        throw new Error(`Service Spreadsheets failed while running ${name}`);
      return JSON.stringify({ value: project.call(name, ...(JSON.parse(args) as unknown[])) });
    } catch (error) {
      return JSON.stringify({ error: (error as Error).message });
    }
  });
  const html = readFileSync(GSHEETS_DIST + 'sidebar.html', 'utf8');
  await page.setContent(html.replace('<head>', `<head><script>${GOOGLE_SCRIPT_RUN}</script>`));
  await page.locator('.cs-builder h2', { hasText: 'Data' }).waitFor();
  return { page, watch };
}
