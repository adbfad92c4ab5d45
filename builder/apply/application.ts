import {
  columnLetters,
  findMetric,
  PLAN_COLUMNS,
  writePlanTable,
  type Plan,
} from '../../core/index.js';
import type { DataMapping } from '../data/mapping.js';
import { metricColumns } from '../metrics/metric-recipes.js';
import { arrColumns } from '../metrics/recipes.js';
import type { Period, Rep } from '../people/reps.js';
import type { CellInput, Formula, FormulaDialect } from '../port.js';
import { recipeFormula, sheetRange, type FormulaContext } from './formulas.js';
import {
  HEADER_ROW,
  payoutFormulas,
  payoutsGrid,
  prorateFormula,
  REP_HEADERS,
} from './payouts-sheet.js';

/** Blank rows below the plan table that payout formulas still read, for rows added by hand. */
export const PLAN_SPARE_ROWS = 20;
/**
 * Rows below each data range's last row that the builder's own Apply covers, so that pasting a
 * newer export with up to this many more rows still recalculates every payout.
 * NOTE: Sheets formulas get none, because how Sheets treats a range past a sheet's last row has
 * not been checked on a real spreadsheet; Excel has a million rows and Univer reads such ranges.
 */
export const GROWTH_ROWS = { sheets: 0, excel: 2_000, univer: 2_000 } as const;

/** Default names of the plan sheet and the payouts sheet. */
export const DEFAULT_SHEET_NAMES = { plan: 'CS Plan', payouts: 'CS Payouts' } as const;

/** Options of `planApplication` besides the mapping and the plan. */
export interface ApplyOptions {
  readonly dialect: FormulaDialect;
  readonly reps: readonly Rep[];
  readonly period: Period;
  readonly sheetNames?: { readonly plan: string; readonly payouts: string };
  /**
   * Rows below each data range's last row that formulas also read; default 0, so a paste
   * longer than the data at Apply needs Apply again. Rows past the sheet's size fail in Univer.
   */
  readonly extraDataRows?: number;
}

/** A sheet to write from A1: values and formulas. */
export interface SheetContent {
  readonly name: string;
  readonly rows: CellInput[][];
}

/** Everything Apply writes, and where the payouts sheet keeps each column. */
export interface PlanApplication {
  readonly sheets: readonly SheetContent[];
  readonly payouts: {
    readonly sheet: string;
    /** Header row and rep rows, 1-based. */
    readonly headerRow: number;
    readonly firstRow: number;
    readonly lastRow: number;
    /** Column letter of each header, such as `Payout` → `M`. */
    readonly columns: Readonly<Record<string, string>>;
    /** Columns of metrics with no data column, which the user fills in after Apply. */
    readonly manualColumns: readonly string[];
  };
}

/**
 * Lays out the plan sheet, which contains the plan table to read and edit, and the payouts sheet.
 * The payouts sheet has the period, one row per rep, and one formula per computed column that
 * spills down every rep. Its last columns are `CS_PAYOUT` and `CS_EXPLAIN` over the plan table
 * and the metric columns.
 */
export function planApplication(
  mapping: DataMapping,
  plan: Plan,
  options: ApplyOptions,
): PlanApplication {
  const names = options.sheetNames ?? DEFAULT_SHEET_NAMES;
  const planRows = writePlanTable(plan);
  const arr = arrColumns(mapping);
  const metrics = metricColumns(mapping, planMetrics(plan), arr);
  const headers = [
    ...REP_HEADERS,
    'Prorated target incentive',
    ...arr.map((column) => column.header),
    ...metrics.map((column) => column.header),
    'Payout',
    'Explanation',
  ];
  const letters = new Map(headers.map((header, index) => [header, columnLetters(index)]));
  const firstRow = HEADER_ROW + 1;
  const lastRow = HEADER_ROW + Math.max(1, options.reps.length);
  const context: FormulaContext = {
    dialect: options.dialect,
    mapping,
    extraDataRows: options.extraDataRows ?? 0,
    letters,
    firstRow,
    lastRow,
    periodCells: { start: '$B$1', end: '$B$2' },
  };

  const lastPlanRow = planRows.length + PLAN_SPARE_ROWS;
  const planRange = sheetRange(
    names.plan,
    `$A$1:$${columnLetters(PLAN_COLUMNS.length - 1)}$${lastPlanRow}`,
  );
  const formulas = new Map<string, Formula | undefined>([
    ...[...arr, ...metrics].map((column): [string, Formula | undefined] => [
      column.header,
      recipeFormula(column.recipe, context),
    ]),
    ['Prorated target incentive', prorateFormula(context)],
    ...payoutFormulas(planRange, metrics, context),
  ]);
  const grid = payoutsGrid(headers, formulas, options);

  return {
    sheets: [
      { name: names.plan, rows: planRows.map((row) => [...row]) },
      { name: names.payouts, rows: grid },
    ],
    payouts: {
      sheet: names.payouts,
      headerRow: HEADER_ROW,
      firstRow,
      lastRow,
      columns: Object.fromEntries(letters),
      manualColumns: metrics
        .filter((column) => column.recipe.kind === 'manual')
        .map((c) => c.header),
    },
  };
}

/** Lists the metric ids a plan pays on, gates on or modifies by, each once, in plan order. */
export function planMetrics(plan: Plan): string[] {
  const names = plan.components.flatMap((component) => [
    component.metric,
    ...(component.gate === undefined ? [] : [component.gate.metric]),
    ...(component.modifier === undefined ? [] : [component.modifier.metric]),
  ]);
  return [...new Set(names.map((name) => findMetric(name)?.id ?? name))];
}
