import { PLAN_COLUMNS, readPlanTable, type Plan, type PlanIssue } from '../core/index.js';
import { HEADER_ROW, REP_HEADERS } from './apply/payouts-sheet.js';
import type { Period, Rep } from './people/reps.js';
import type { CellValue, SheetSummary, WorkbookPort } from './port.js';

/** A plan read back from the workbook, hand edits included, with every problem and its cell. */
export interface ReopenedPlan {
  readonly planSheet: string;
  readonly plan: Plan;
  readonly issues: readonly PlanIssue[];
  /** Reps and period from the payouts sheet, when the builder's payouts sheet is there. */
  readonly payoutsSheet?: string;
  readonly reps: readonly Rep[];
  readonly period?: Period;
}

/**
 * Reads the builder's latest plan back: the plan sheet (a builder sheet whose first row is the
 * plan table's header, not a previous-version copy) and the payouts sheet's reps and period.
 * Returns `undefined` when the workbook has no builder plan yet.
 */
export async function reopenPlan(port: WorkbookPort): Promise<ReopenedPlan | undefined> {
  const sheets = await port.listSheets();
  const planSheet = findBuilderSheet(sheets, (headers) => startsWith(headers, PLAN_COLUMNS));
  if (planSheet === undefined) return undefined;

  const { plan, issues } = readPlanTable(await port.readSheet(planSheet));
  const payoutsSheet = findBuilderSheet(sheets, (headers) => startsWith(headers, ['Period start']));
  const payouts =
    payoutsSheet === undefined ? undefined : readPayoutsSheet(await port.readSheet(payoutsSheet));
  return {
    planSheet,
    plan,
    issues,
    ...(payoutsSheet === undefined ? {} : { payoutsSheet }),
    reps: payouts?.reps ?? [],
    ...(payouts?.period === undefined ? {} : { period: payouts.period }),
  };
}

/** Reads the period and the rep rows of a payouts sheet the builder wrote. */
export function readPayoutsSheet(rows: readonly (readonly CellValue[])[]): {
  reps: Rep[];
  period?: Period;
} {
  const start = rows[0]?.[1];
  const end = rows[1]?.[1];
  const header = rows[HEADER_ROW - 1] ?? [];
  if (!startsWith(header.map(String), REP_HEADERS)) return { reps: [] };

  const reps: Rep[] = [];
  for (const row of rows.slice(HEADER_ROW)) {
    const [name, role, incentive, from, to] = row;
    if (name === undefined || String(name).trim() === '') continue;
    reps.push({
      name: String(name).trim(),
      role: String(role ?? '').trim(),
      targetIncentive: typeof incentive === 'number' ? incentive : undefined,
      ...(typeof from === 'string' && from !== '' ? { employedFrom: from } : {}),
      ...(typeof to === 'string' && to !== '' ? { employedTo: to } : {}),
    });
  }
  const hasPeriod = typeof start === 'string' && typeof end === 'string';
  return { reps, ...(hasPeriod ? { period: { start, end } } : {}) };
}

function findBuilderSheet(
  sheets: readonly SheetSummary[],
  matches: (headers: readonly string[]) => boolean,
): string | undefined {
  const candidates = sheets.filter(
    (sheet) =>
      sheet.isCreatedByBuilder &&
      !/\(previous( \d+)?\)$/.test(sheet.name) &&
      matches(sheet.headers),
  );
  return candidates[0]?.name;
}

function startsWith(headers: readonly string[], expected: readonly string[]): boolean {
  return expected.every(
    (name, index) => headers[index]?.trim().toLowerCase() === name.toLowerCase(),
  );
}
