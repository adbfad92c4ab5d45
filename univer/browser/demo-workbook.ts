import type { IWorkbookData } from '@univerjs/core';
import type { FUniver } from '@univerjs/core/facade';
import type { FWorkbook, FWorksheet } from '@univerjs/preset-sheets-core';
import { CREATED_BY_BUILDER_KEY } from '../../builder/ports/shared.js';
import { findMetric } from '../../core/index.js';
import { workbookSnapshot } from '../snapshot.js';
import { DEMO_WORKBOOK_FILES, type DemoWorkbookFile } from './demo-file.js';

/** The page address's query parameter that names a demo workbook. */
const WORKBOOK_PARAMETER = 'workbook';

const PERCENT = '0.0%';
const MONEY = '#,##0.00';
/** Payouts-sheet columns of money that are not plan metrics. */
const MONEY_HEADERS = new Set([
  'Target incentive',
  'Prorated target incentive',
  'Starting ARR',
  'Expansion',
  'Contraction',
  'Churned',
  'New',
  'Ending ARR',
  'Payout',
]);
/** Width in pixels of a money column: 12,281,052.00 fits in Univer's default font. */
const MONEY_WIDTH = 110;
/** Column widths in pixels by payouts-sheet header. The explanation is one long line. */
const PAYOUTS_WIDTHS: Readonly<Record<string, number>> = {
  Rep: 110,
  'Employed from': 100,
  'Employed to': 100,
  'Prorated target incentive': 160,
  Explanation: 600,
};

/** Returns the demo workbook named by `?workbook=NAME` in `search`, or `undefined` for none. */
export function requestedDemoWorkbook(search: string): string | undefined {
  const name = new URLSearchParams(search).get(WORKBOOK_PARAMETER);
  return name === null || name === '' ? undefined : name;
}

/**
 * Fetches a demo workbook file from the page's own server and creates the workbook from it,
 * opened on the payouts sheet. The plan and payouts sheets are marked as the plan builder
 * marks the sheets it writes, so the builder in the side panel reopens the plan.
 */
export async function openDemoWorkbook(univerAPI: FUniver, name: string): Promise<FWorkbook> {
  // An own-property check, so that a name such as `toString` is unknown too.
  const fileName = Object.hasOwn(DEMO_WORKBOOK_FILES, name) ? DEMO_WORKBOOK_FILES[name] : undefined;
  if (fileName === undefined) {
    const known = Object.keys(DEMO_WORKBOOK_FILES).join(', ');
    throw new Error(
      `The page address asks for workbook "${name}", which is not a demo workbook. ` +
        `Use ?workbook= with one of: ${known}, or open the page without it for the sample.`,
    );
  }
  const response = await fetch(fileName);
  if (!response.ok) {
    throw new Error(
      `Failed to load ${fileName}: HTTP ${response.status}. Stop the server and run npm start ` +
        'again, which builds it, and check its output for a warning about the demo workbook.',
    );
  }
  const demo = (await response.json()) as DemoWorkbookFile;

  const workbook = univerAPI.createWorkbook(demoSnapshot(demo));
  const payouts = workbook.getSheetByName(demo.payouts.sheet);
  if (payouts !== null) {
    formatPayoutsSheet(payouts, demo.payouts);
    workbook.setActiveSheet(payouts);
  }
  return workbook;
}

/** Shows why the workbook failed to open in the side panel, and logs it. */
export function showWorkbookError(panel: HTMLElement, error: unknown): void {
  const message = error instanceof Error ? error.message : String(error);
  console.error(message);
  const box = document.createElement('div');
  box.className = 'cs-cell-message';
  box.setAttribute('role', 'alert');
  box.textContent = message;
  panel.replaceChildren(box);
}

function demoSnapshot(demo: DemoWorkbookFile): Partial<IWorkbookData> {
  const snapshot = workbookSnapshot(`cs-comp-${demo.name}`, demo.sheets);
  const builderSheets = new Set(demo.builderSheets);
  for (const sheet of Object.values(snapshot.sheets ?? {})) {
    if (sheet.name !== undefined && builderSheets.has(sheet.name)) {
      sheet.custom = { [CREATED_BY_BUILDER_KEY]: true };
    }
  }
  return snapshot;
}

/** Sets money and percentage formats and some column widths on the payouts sheet. */
function formatPayoutsSheet(worksheet: FWorksheet, payouts: DemoWorkbookFile['payouts']): void {
  for (const [header, letter] of Object.entries(payouts.columns)) {
    const pattern = numberFormat(header);
    if (pattern !== undefined) {
      worksheet
        .getRange(`${letter}${payouts.firstRow}:${letter}${payouts.lastRow}`)
        .setNumberFormat(pattern);
    }
    const width = PAYOUTS_WIDTHS[header] ?? (pattern === MONEY ? MONEY_WIDTH : undefined);
    if (width !== undefined) {
      worksheet.setColumnWidth(worksheet.getRange(`${letter}1`).getColumn(), width);
    }
  }
}

function numberFormat(header: string): string | undefined {
  const scale = findMetric(header)?.scale;
  if (scale === 'share' || scale === 'retention') return PERCENT;
  if (scale === 'amount' || MONEY_HEADERS.has(header)) return MONEY;
  return undefined;
}
