import { DIRECTIONS } from '../payout/attainment.js';
import { CURVE_MODES } from '../payout/curve.js';
import { isBlank, trimSpaces } from '../values/blank.js';
import { normalizeKey } from '../values/groups.js';
import type { SheetScalar } from '../values/types.js';
import { COLUMN_OF_FIELD, columnLetters, PLAN_COLUMNS, type PlanColumn } from './columns.js';
import { findMetric } from './metrics.js';
import { CellReader } from './cell-reader.js';
import { validatePlan } from './validate.js';
import {
  CAP_TIMINGS,
  MODIFIER_SCOPES,
  type Plan,
  type PlanComponent,
  type PlanIssue,
} from './types.js';

/** Position of the table's top-left cell on its sheet, 0-based, so issues name real cells. */
export interface TableOrigin {
  readonly row: number;
  readonly column: number;
}

/**
 * Reads a plan table (header row, then one row per component) and validates it. Returns the
 * plan and every problem, each with its path and its cell; blank rows are skipped.
 */
export function readPlanTable(
  rows: readonly (readonly SheetScalar[])[],
  origin: TableOrigin = { row: 0, column: 0 },
): { plan: Plan; issues: PlanIssue[] } {
  const header = (rows[0] ?? []).map((cell) => normalizeKey(String(cell ?? '')));
  const columnIndex = new Map(
    PLAN_COLUMNS.map((name) => [name, header.indexOf(normalizeKey(name))]),
  );
  const missing = (['Role', 'Component', 'Metric', 'Weight', 'Target'] as const).filter(
    (name) => (columnIndex.get(name) ?? -1) < 0,
  );
  if (missing.length > 0) {
    const message = `The plan table has no ${missing.join(', ')} column. Its first row must name the columns: ${PLAN_COLUMNS.join(', ')}.`;
    return {
      plan: { components: [] },
      issues: [{ code: 'header', path: 'header', message, cell: cellName(origin, 0, 0) }],
    };
  }

  const cellOf = (tableRow: number, column: PlanColumn) =>
    cellName(origin, tableRow, Math.max(0, columnIndex.get(column) ?? 0));
  const issues: PlanIssue[] = duplicateColumnIssues(header, origin);
  const components: PlanComponent[] = [];
  const tableRows: number[] = [];
  rows.forEach((row, tableRow) => {
    if (tableRow === 0 || row.every((cell) => isBlank(cell))) return;
    const path = `components[${components.length}]`;
    const reader = new CellReader(
      row,
      columnIndex,
      path,
      (column) => cellOf(tableRow, column),
      issues,
    );
    components.push(readComponent(reader));
    tableRows.push(tableRow);
  });

  const plan = { components };
  const reported = new Set(issues.map((found) => found.path));
  for (const found of validatePlan(plan)) {
    // An unreadable cell is NaN in the plan, so validation would report that cell again.
    if (reported.has(found.path)) continue;
    issues.push({
      ...found,
      cell: cellOf(tableRows[componentIndex(found.path)] ?? 0, columnOfPath(found.path)),
    });
  }
  return { plan, issues };
}

/** Reports a plan column named twice in the header, since only the first would be read. */
function duplicateColumnIssues(header: readonly string[], origin: TableOrigin): PlanIssue[] {
  return PLAN_COLUMNS.flatMap((name) => {
    const first = header.indexOf(normalizeKey(name));
    const second = header.indexOf(normalizeKey(name), first + 1);
    if (first < 0 || second < 0) return [];
    const [firstCell, secondCell] = [cellName(origin, 0, first), cellName(origin, 0, second)];
    const message = `The plan table has two ${name} columns, ${firstCell} and ${secondCell}, and only the first is read. Delete or rename one of them.`;
    return [{ code: 'header', path: 'header', message, cell: secondCell }];
  });
}

function readComponent(reader: CellReader): PlanComponent {
  const metricText = reader.text('Metric');
  const metric = findMetric(metricText);
  const gateMetric = reader.text('Gate metric');
  const modifierMetric = reader.text('Modifier metric');
  if (gateMetric === '') reader.unused('Gate minimum', 'gate.minimum', 'Gate metric');
  if (modifierMetric === '') {
    reader.unused('Modifier bands', 'modifier.bands', 'Modifier metric');
    reader.unused('Modifier scope', 'modifier.scope', 'Modifier metric');
  }
  const threshold = reader.optionalNumber('Threshold', 'threshold');
  const cap = reader.optionalNumber('Cap', 'cap');

  return {
    role: reader.text('Role'),
    name: reader.text('Component'),
    metric: metric?.id ?? metricText,
    weight: reader.number('Weight', 'weight'),
    direction: reader.choice('Direction', 'direction', DIRECTIONS, metric?.direction ?? 'higher'),
    target: reader.number('Target', 'target'),
    ...(threshold === undefined ? {} : { threshold }),
    ...(cap === undefined ? {} : { cap }),
    curve: {
      mode: reader.choice('Curve', 'mode', CURVE_MODES, 'marginal'),
      tiers: reader.tiers('Tiers', 'tiers') ?? [{ from: 0, rate: 1 }],
    },
    ...(gateMetric === ''
      ? {}
      : {
          gate: {
            metric: metricId(gateMetric),
            minimum: reader.number('Gate minimum', 'gate.minimum'),
          },
        }),
    ...(modifierMetric === ''
      ? {}
      : {
          modifier: {
            metric: metricId(modifierMetric),
            bands: reader.requiredTiers('Modifier bands', 'modifier.bands', '0: 0.75; 30: 1') ?? [
              { from: 0, rate: 1 },
            ],
            scope: reader.choice('Modifier scope', 'modifier.scope', MODIFIER_SCOPES, 'component'),
          },
        }),
    capTiming: reader.choice('Cap timing', 'capTiming', CAP_TIMINGS, 'before modifier'),
  };
}

function metricId(text: string): string {
  return findMetric(text)?.id ?? trimSpaces(text);
}

function componentIndex(path: string): number {
  return Number(/^components\[(\d+)\]/.exec(path)?.[1] ?? 0);
}

function columnOfPath(path: string): PlanColumn {
  const field = path
    .replace(/^components\[\d+\]\.?/, '')
    .replace(/\[\d+\]/g, '')
    .split('.');
  const twoLevels = field.slice(0, 2).join('.');
  return COLUMN_OF_FIELD[twoLevels] ?? COLUMN_OF_FIELD[field[0] ?? ''] ?? 'Role';
}

function cellName(origin: TableOrigin, tableRow: number, column: number): string {
  return `${columnLetters(origin.column + column)}${origin.row + tableRow + 1}`;
}
