import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rejectDuplicateKeys } from '../../demo/clean.js';
import { unassignedNote } from '../../demo/coverage.js';
import { readExports, type DemoExports } from '../../demo/exports.js';
import { readResults, type CsmResult } from '../../demo/results.js';
import { buildWorkbook } from '../../demo/workbook.js';

const FOLDER = 'data/ravenstack';
const Q3 = { start: '2024-07-01', end: '2024-09-30' };
const Q4 = { start: '2024-10-01', end: '2024-12-31' };
const SUBSCRIPTIONS = 'ravenstack_subscriptions.csv';
const BOOK = 'book_of_business.csv';

/** Copies the shipped exports to a temporary folder and rewrites one file's lines. */
function variant(file: string, edit: (lines: string[]) => string[]): string {
  const folder = mkdtempSync(join(tmpdir(), 'cs-comp-demo-'));
  cpSync(FOLDER, folder, { recursive: true });
  const lines = readFileSync(join(folder, file), 'utf8').trimEnd().split('\n');
  writeFileSync(join(folder, file), `${edit(lines).join('\n')}\n`);
  folders.push(folder);
  return folder;
}

const folders: string[] = [];
afterAll(() => folders.forEach((folder) => rmSync(folder, { recursive: true, force: true })));

async function payouts(folder: string): Promise<CsmResult[]> {
  const workbook = await buildWorkbook(await readExports(folder), Q3, Q4);
  try {
    return readResults(workbook);
  } finally {
    workbook.book.dispose();
  }
}

describe('messy variants of the exports', () => {
  let shipped: DemoExports;
  let baseline: CsmResult[];

  beforeAll(async () => {
    shipped = await readExports(FOLDER);
    baseline = await payouts(FOLDER);
  });

  it('reads M/D/YYYY dates as the same days', async () => {
    const folder = variant(SUBSCRIPTIONS, (lines) =>
      lines.map((line) =>
        line.replace(/(\d{4})-(\d{2})-(\d{2})/g, (_, y, m, d) => `${Number(m)}/${Number(d)}/${y}`),
      ),
    );
    expect((await readExports(folder)).subscriptions.rows).toEqual(shipped.subscriptions.rows);
  });

  it('rejects a day-first date naming file, row and column', async () => {
    const folder = variant(SUBSCRIPTIONS, (lines) => [
      lines[0]!,
      lines[1]!.replace(/2023-12-23/, '23/12/2023'),
      ...lines.slice(2),
    ]);
    await expect(readExports(folder)).rejects.toThrow(
      `${join(folder, SUBSCRIPTIONS)} row 2, column start_date: "23/12/2023" is not a date in ISO (2024-07-01) or US (7/1/2024) form.`,
    );
  });

  it('accepts True/False booleans', async () => {
    const folder = variant(SUBSCRIPTIONS, (lines) =>
      lines.map((line) => line.replace(/TRUE/g, 'True').replace(/FALSE/g, 'False')),
    );
    expect(await payouts(folder)).toEqual(baseline);
  });

  it('matches an owner name with a trailing space', async () => {
    const folder = variant(BOOK, (lines) =>
      lines.map((line) => line.replace(/Avery Park$/, 'Avery Park ')),
    );
    const results = await payouts(folder);
    expect(results.map((result) => result.payout.total)).toEqual(
      baseline.map((result) => result.payout.total),
    );
  });

  it('reports accounts with a blank owner and leaves them out', async () => {
    const folder = variant(BOOK, (lines) =>
      lines.map((line, index) => (index === 1 ? line.replace(/,.*$/, ',') : line)),
    );
    const exports = await readExports(folder);
    expect(unassignedNote(exports)).toMatch(
      /^Note: 1 account\(s\) have a blank CSM in .* and 0 are missing from it/,
    );

    const results = await payouts(folder);
    const avery = (rows: CsmResult[]) => rows.find((result) => result.name === 'Avery Park')!;
    expect(avery(results).cells['Ending ARR']).toBeLessThan(
      avery(baseline).cells['Ending ARR'] as number,
    );
  });

  it('rejects a duplicated subscription row naming file, row and column', async () => {
    const folder = variant(SUBSCRIPTIONS, (lines) => [...lines, lines[5]!]);
    const exports = await readExports(folder);
    expect(() => rejectDuplicateKeys(exports.subscriptions, 'subscription_id')).toThrow(
      `${join(folder, SUBSCRIPTIONS)} row 5002, column subscription_id: "${lines5(folder)}" repeats row 6. Remove the duplicate row and run again.`,
    );
  });
});

function lines5(folder: string): string {
  return readFileSync(join(folder, SUBSCRIPTIONS), 'utf8').split('\n')[5]!.split(',')[0]!;
}
