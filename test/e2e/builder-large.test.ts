import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FakeSpreadsheet } from '../gsheets/fake-spreadsheet.js';
import { accountsSheet, repName } from '../builder/fixtures/book.js';
import {
  component,
  launchChromium,
  openSheetsSidebar,
  openStep,
  type PageWatch,
} from './builder-browser.js';

const REPS = 200;

/** Milliseconds from `action` until `done` resolves. */
async function timed(action: () => Promise<void>, done: () => Promise<unknown>): Promise<number> {
  const started = Date.now();
  await action();
  await done();
  return Date.now() - started;
}

describe('plan builder with 5,000 accounts and 200 reps', () => {
  let browser: Browser;
  let page: Page;
  let watch: PageWatch;

  beforeAll(async () => {
    const spreadsheet = new FakeSpreadsheet('Europe/Paris');
    spreadsheet.addSheet('Accounts', accountsSheet({ accounts: 5000, reps: REPS }));
    const roster = [['Rep', 'Role', 'Target incentive']];
    for (let index = 0; index < REPS; index++) roster.push([repName(index), 'CSM', '5000']);
    spreadsheet.addSheet('Roster', roster);
    browser = await launchChromium();
    ({ page, watch } = await openSheetsSidebar(browser, spreadsheet));
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('labels every control', async () => {
    for (const step of ['1 Data', '2 People', '3 Plan']) {
      await openStep(page, step);
      if (step === '3 Plan') await page.getByRole('button', { name: 'Use template' }).click();
      const unlabelled = await page.$$eval(
        '.cs-builder input, .cs-builder select, .cs-builder button',
        (controls) =>
          controls
            .filter((control) => {
              const labels = (control as HTMLInputElement).labels?.length ?? 0;
              const text =
                control.getAttribute('aria-label') ??
                (control.tagName === 'BUTTON' ? control.textContent : '');
              return labels === 0 && (text ?? '').trim() === '';
            })
            .map((control) => control.outerHTML.slice(0, 80)),
      );
      expect(unlabelled, step).toEqual([]);
    }
  });

  it('works from the keyboard', async () => {
    await page.getByRole('button', { name: '1 Data', exact: true }).focus();
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    const focused = () => page.evaluate(() => document.activeElement?.textContent ?? '');
    await expect.poll(focused).toBe('Plan');
    await page.getByLabel('Role template').focus();
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('fieldset.component').count()).toBe(3);
  });

  it('stays responsive', async () => {
    const people = await timed(
      () => openStep(page, '2 People'),
      () =>
        page
          .locator('fieldset.rep')
          .nth(REPS - 1)
          .waitFor(),
    );
    await openStep(page, '3 Plan');
    const weight = component(page, 'CSM · GRR').getByLabel('Weight (%)');
    const issues = page.locator('.issues');
    const edit = await timed(
      () => weight.fill('60'),
      () => expect.poll(() => issues.innerText()).toContain('add up to 110%'),
    );
    await weight.fill('50');
    const preview = await timed(
      () => openStep(page, '4 Preview'),
      () =>
        page
          .locator('.rep-preview')
          .nth(REPS - 1)
          .waitFor(),
    );
    console.log(
      `5,000 accounts, ${REPS} reps: people ${people} ms, weight edit ${edit} ms, preview ${preview} ms`,
    );
    expect(people).toBeLessThan(3000);
    expect(edit).toBeLessThan(1500);
    expect(preview).toBeLessThan(3000);
    expect(watch.errors).toEqual([]);
  });
});
