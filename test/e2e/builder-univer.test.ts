import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatMoney } from '../../core/index.js';
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

const UNIVER_DIST = fileURLToPath(new URL('../../dist/univer/', import.meta.url));

/** Reads computed values of the page's workbook, spilled results included. */
function values(page: Page, sheet: string, range: string): Promise<unknown[][]> {
  return page.evaluate(([s, r]) => window.csComp.getValues(s!, r!), [sheet, range]);
}

/** Reads the formulas of a range of the page's workbook, `""` where a cell has none. */
function formulas(page: Page, sheet: string, range: string): Promise<string[][]> {
  return page.evaluate(
    ([s, r]) =>
      window.univerAPI.getActiveWorkbook()!.getSheetByName(s!)!.getRange(r!).getFormulas(),
    [sheet, range],
  );
}

/** Writes values into the page's workbook, as a paste would, and waits for recalculation. */
async function paste(page: Page, sheet: string, a1: string, rows: unknown[][]): Promise<void> {
  await page.evaluate(
    async ([s, a, r]) => {
      const worksheet = window.univerAPI.getActiveWorkbook()!.getSheetByName(s as string)!;
      const start = worksheet.getRange(a as string);
      const block = r as (string | number)[][];
      worksheet
        .getRange(start.getRow(), start.getColumn(), block.length, block[0]!.length)
        .setValues(block);
      await window.univerAPI.getFormula().onCalculationResultApplied();
    },
    [sheet, a1, rows],
  );
}

describe('plan builder in the local workbook', () => {
  let server: StaticServer;
  let browser: Browser;
  let page: Page;
  let watch: PageWatch;
  const panel = () => page.locator('#cs-panel');

  beforeAll(async () => {
    server = await serveFolder(UNIVER_DIST, 0);
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1200, height: 900 } });
    watch = watchPage(page);
    await page.route('**/*', (route) =>
      new URL(route.request().url()).hostname === 'localhost' ? route.continue() : route.abort(),
    );
    await page.goto(server.url);
    await page.locator('.cs-builder h2', { hasText: 'Data' }).waitFor();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('maps the sample data', async () => {
    await expect.poll(() => page.getByLabel('Accounts sheet').inputValue()).toBe('Accounts');
    const owner = page
      .locator('fieldset.source', { hasText: 'Accounts sheet' })
      .getByLabel('Owner');
    expect(await owner.locator('option:checked').innerText()).toBe('C · owner');
    expect(await page.getByLabel('Roster sheet').inputValue()).toBe('Roster');
    await screenshot(panel(), 'univer-1-data');
  });

  it('reads reps from the roster', async () => {
    await openStep(page, '2 People');
    const roster = (await values(page, 'Roster', 'A2:A6')).map((row) => row[0]);
    const reps = await page.locator('fieldset.rep legend').allInnerTexts();
    expect(reps).toEqual(roster);
    expect(await page.getByLabel('Role of Dev Patel').inputValue()).toBe('Account Manager');
    await screenshot(panel(), 'univer-2-people');
  });

  it('shows a broken weight, then accepts the fix', async () => {
    await useTemplates(page, ['CSM', 'Account Manager']);
    const weight = component(page, 'CSM · GRR').getByLabel('Weight (%)');
    await weight.fill('60');
    const summary = page.locator('.cs-builder .issues');
    await expect.poll(() => summary.innerText()).toContain('Weights of role CSM add up to 110%');
    const csatWeight = component(page, 'CSM · CSAT').locator('.field', { hasText: 'Weight (%)' });
    expect(await csatWeight.locator('.message').innerText()).toContain('add up to 110%');
    await csatWeight.scrollIntoViewIfNeeded();
    await screenshot(panel(), 'univer-3-plan-broken-weight');

    await weight.fill('50');
    await expect.poll(() => summary.innerText()).toBe('The plan is valid.');
    const liveCost = page.locator('.cs-builder .live-cost');
    await expect.poll(() => liveCost.innerText()).toMatch(/^Preview: [\d,]+\.\d\d for 5 of 5 reps/);
    await summary.scrollIntoViewIfNeeded();
    await screenshot(panel(), 'univer-4-plan-valid');
  });

  let shown = new Map<string, string>();

  it('previews payouts with explanations', async () => {
    await openStep(page, '4 Preview');
    await page.locator('.rep-preview').first().waitFor();
    shown = await previewPayouts(page);
    const roster = (await values(page, 'Roster', 'A2:A6')).map((row) => row[0]);
    expect([...shown.keys()]).toEqual(roster);
    expect([...shown.values()].every((text) => /^[\d,]+\.\d\d$/.test(text))).toBe(true);
    await page.locator('.rep-preview > summary').first().click();
    await expect.poll(() => page.locator('.explanation').first().innerText()).toContain('Total:');
    await screenshot(panel(), 'univer-5-preview');
  });

  it('writes the plan and one formula per column', async () => {
    await openStep(page, '5 Apply');
    await page.getByRole('button', { name: 'Write plan and payouts' }).click();
    await expect
      .poll(() => page.locator('.cs-builder [role="status"]').last().innerText())
      .toContain('Wrote "CS Plan" and "CS Payouts"');
    await screenshot(panel(), 'univer-6-applied');

    const header = (await values(page, 'CS Payouts', 'A4:T4'))[0]!.filter((cell) => cell !== null);
    expect(header).toContain('Payout');
    const row5 = (await formulas(page, 'CS Payouts', 'A5:T5'))[0]!;
    const row6 = (await formulas(page, 'CS Payouts', 'A6:T6'))[0]!;
    const payoutColumn = header.indexOf('Payout');
    expect(row5[payoutColumn]).toMatch(/^=CS_PAYOUT\('CS Plan'!\$A\$1:\$P\$\d+, /);
    expect(row5.filter((formula) => formula.startsWith('=')).length).toBe(header.length - 5);
    expect(row6.every((formula) => formula === '')).toBe(true);

    await page.evaluate(() => window.univerAPI.getFormula().onCalculationResultApplied());
    const rows = await values(page, 'CS Payouts', 'A5:T9');
    const written = new Map(
      rows.map((row) => [row[0] as string, formatMoney(row[payoutColumn] as number)]),
    );
    expect(written).toEqual(shown);
  });

  it('recalculates payouts when data is pasted', async () => {
    const header = (await values(page, 'CS Payouts', 'A4:T4'))[0]!;
    const payoutColumn = header.indexOf('Payout');
    const before = (await values(page, 'CS Payouts', 'A5:T5'))[0]![payoutColumn];
    const accounts = await values(page, 'Accounts', 'A2:K41');
    const anaRow = accounts.findIndex((row) => row[2] === 'Ana Silva') + 2;
    await paste(page, 'Accounts', `F${anaRow}:H${anaRow}`, [[80_000, 0, 0]]);
    const after = (await values(page, 'CS Payouts', 'A5:T5'))[0]![payoutColumn];
    expect(typeof after).toBe('number');
    expect(after).not.toBe(before);
  });

  it('counts rows pasted below the data', async () => {
    const header = (await values(page, 'CS Payouts', 'A4:T4'))[0]!;
    const payoutColumn = header.indexOf('Payout');
    const startingColumn = header.indexOf('Starting ARR');
    const before = (await values(page, 'CS Payouts', 'A5:T5'))[0]!;
    const row = ['A999', 'Pasted Co', before[0], 'Enterprise', 50_000, 10_000, 0, 0, '', 9, 5];
    await paste(page, 'Accounts', 'A42:K42', [row]);
    const after = (await values(page, 'CS Payouts', 'A5:T5'))[0]!;
    expect(after[startingColumn]).toBe((before[startingColumn] as number) + 50_000);
    expect(after[payoutColumn]).not.toBe(before[payoutColumn]);
  });

  it('asks before replacing and keeps the earlier plan', async () => {
    await openStep(page, '5 Apply');
    await page.getByRole('button', { name: 'Write plan and payouts' }).click();
    const confirm = page.getByRole('alertdialog');
    await expect.poll(() => confirm.innerText()).toContain('Replace "CS Plan" and "CS Payouts"?');
    await screenshot(panel(), 'univer-7-confirm-replace');
    await page.getByRole('button', { name: 'Replace and keep a copy' }).click();
    await expect
      .poll(() => page.locator('.cs-builder [role="status"]').last().innerText())
      .toContain('Kept the earlier "CS Plan" as "CS Plan (previous)"');
    const names = await page.evaluate(() =>
      window.univerAPI
        .getActiveWorkbook()!
        .getSheets()
        .map((s) => s.getSheetName()),
    );
    expect(names).toEqual(
      expect.arrayContaining([
        'Plan',
        'CS Plan',
        'CS Payouts',
        'CS Plan (previous)',
        'CS Payouts (previous)',
      ]),
    );
    expect((await values(page, 'Plan', 'A1:A1'))[0]![0]).toBe('Role');
  });

  it('reports a hand edit that breaks the plan, with its cell', async () => {
    await paste(page, 'CS Plan', 'D2:D3', [[0.7], ['half']]);
    await openStep(page, '3 Plan');
    await page.getByRole('button', { name: 'Read the plan from the workbook' }).click();
    const alert = page.locator('.cs-builder .issues[role="alert"]');
    await expect
      .poll(() => alert.innerText())
      .toContain('D3 Weight is "half", which is not a number');
    await screenshot(panel(), 'univer-8-reopened-hand-edit');
  });

  it('shows a hostile cell as text and runs nothing', async () => {
    await paste(page, 'Accounts', 'C41:E41', [[HOSTILE_CELL, 'Enterprise', HOSTILE_CELL]]);
    await paste(page, 'Accounts', 'C2:C2', [[HOSTILE_CELL]]);
    await paste(page, 'Accounts', 'L1:L1', [[HOSTILE_CELL]]);
    const accounts = await rereadAccounts(page);
    await expect
      .poll(() => accounts.locator('.problems').textContent())
      .toContain(`Accounts!E41 Starting ARR is the text "${HOSTILE_CELL}"`);
    const options = await accounts.getByLabel('Owner').locator('option').allTextContents();
    expect(options).toContain(`L · ${HOSTILE_CELL}`);
    const firstRows = await accounts.locator('table td').allTextContents();
    expect(firstRows).toContain(HOSTILE_CELL);
    await openStep(page, '2 People');
    await page.getByRole('button', { name: 'Start from owners' }).click();
    await expect
      .poll(() => page.locator('fieldset.rep legend').allInnerTexts())
      .toContain(HOSTILE_CELL);
    await openStep(page, '4 Preview');
    await expect
      .poll(() => page.locator('.rep-preview > summary').allInnerTexts())
      .toContainEqual(expect.stringContaining(HOSTILE_CELL));

    expect(await panel().locator('img').count()).toBe(0);
    expect(watch.dialogs).toEqual([]);
    expect(watch.errors).toEqual([]);
  });
});
