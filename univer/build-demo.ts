import { writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { rejectDuplicateKeys } from '../demo/clean.js';
import { readExports } from '../demo/exports.js';
import { DEFAULT_OPTIONS } from '../demo/options.js';
import { nextPeriod, type Period } from '../demo/periods.js';
import { demoLayout, SHEETS, type DemoLayout } from '../demo/workbook.js';
import type { CellInput } from './cells.js';
import { DEMO_WORKBOOK_FILES, type CellEdit, type DemoWorkbookFile } from './browser/demo-file.js';

const RAVENSTACK_DATA = fileURLToPath(new URL(`../${DEFAULT_OPTIONS.dataDir}/`, import.meta.url));

/**
 * Writes the workbook of `npm run demo` with its default options to `folder` as
 * `ravenstack.json`, which the page opens with `?workbook=ravenstack`. When the exports cannot
 * be read, it logs why and writes nothing, so the sample page still builds.
 */
export async function writeDemoWorkbook(folder: string): Promise<void> {
  const period = { start: DEFAULT_OPTIONS.periodStart, end: DEFAULT_OPTIONS.periodEnd };
  let file: DemoWorkbookFile;
  try {
    const exports = await readExports(RAVENSTACK_DATA);
    rejectDuplicateKeys(exports.subscriptions, 'subscription_id');
    const next = nextPeriod(period);
    file = demoWorkbookFile('ravenstack', demoLayout(exports, period, next), period, next);
  } catch (error) {
    console.warn(
      `Skipped the RavenStack demo workbook (?workbook=ravenstack): ${String(error)}. ` +
        `Check that ${RAVENSTACK_DATA} has the exports npm run demo reads.`,
    );
    return;
  }
  await writeFile(folder + DEMO_WORKBOOK_FILES['ravenstack'], JSON.stringify(file));
}

/** Converts the demo's layout to the file the page loads. */
export function demoWorkbookFile(
  name: string,
  layout: DemoLayout,
  period: Period,
  next: Period,
): DemoWorkbookFile {
  const { sheet, firstRow, lastRow, columns } = layout.application.payouts;
  return {
    name,
    period,
    nextPeriod: next,
    sheets: layout.sheets.map((entry) => ({ name: entry.name, rows: entry.rows })),
    builderSheets: layout.application.sheets.map((entry) => entry.name),
    payouts: { sheet, firstRow, lastRow, columns },
    nextPeriodEdits: nextPeriodEdits(layout, next),
  };
}

/** Lists the cell edits that `moveToNextPeriod` in demo/workbook.ts makes, in its order. */
function nextPeriodEdits(layout: DemoLayout, next: Period): CellEdit[] {
  const { current, later } = layout.tickets;
  const width = current[0]?.length ?? 1;
  const cleared = current.slice(later.length).map(() => Array<CellInput>(width).fill(null));
  return [
    { sheet: layout.application.payouts.sheet, a1: 'B1', rows: [[next.start], [next.end]] },
    {
      sheet: SHEETS.subscriptions,
      a1: `A${layout.loadedSubscriptions + 2}`,
      rows: layout.laterSubscriptions,
    },
    { sheet: SHEETS.tickets, a1: 'A2', rows: [...later, ...cleared] },
  ];
}
