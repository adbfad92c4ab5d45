import type { Tier } from '../payout/curve.js';
import { isBlank, trimSpaces } from '../values/blank.js';
import { describeValue } from '../values/describe.js';
import { parseNumberText } from '../values/numbers.js';
import type { SheetScalar } from '../values/types.js';
import type { PlanColumn } from './columns.js';
import { parseTiers } from './tier-text.js';
import type { PlanIssue } from './types.js';

/**
 * Reads the cells of one plan-table row by column name, recording a problem with its path and
 * cell for every unreadable value instead of stopping at the first.
 */
export class CellReader {
  constructor(
    private readonly row: readonly SheetScalar[],
    private readonly columns: ReadonlyMap<PlanColumn, number>,
    private readonly path: string,
    private readonly cellOf: (column: PlanColumn) => string,
    private readonly issues: PlanIssue[],
  ) {}

  text(column: PlanColumn): string {
    const value = this.raw(column);
    return isBlank(value) ? '' : trimSpaces(String(value));
  }

  number(column: PlanColumn, field: string): number {
    const value = this.optionalNumber(column, field);
    if (value !== undefined || !isBlank(this.raw(column))) return value ?? Number.NaN;
    this.report(column, field, `${column} is blank. Enter a number.`);
    return Number.NaN;
  }

  optionalNumber(column: PlanColumn, field: string): number | undefined {
    const value = this.raw(column);
    if (isBlank(value)) return undefined;
    if (typeof value === 'number' && Number.isFinite(value)) return value;
    const parsed = typeof value === 'string' ? parseNumberText(value, true) : undefined;
    if (parsed !== undefined) return parsed;
    this.report(
      column,
      field,
      `${column} is ${describeValue(value)}, which is not a number. Enter a number such as 0.95 or 95%.`,
    );
    return Number.NaN;
  }

  choice<T extends string>(
    column: PlanColumn,
    field: string,
    choices: readonly T[],
    fallback: T,
  ): T {
    const text = this.text(column).toLowerCase();
    if (text === '') return fallback;
    const choice = choices.find((candidate) => candidate === text);
    if (choice !== undefined) return choice;
    this.report(
      column,
      field,
      `${column} is "${this.text(column)}". Enter one of ${choices.map((option) => `"${option}"`).join(', ')}.`,
    );
    return fallback;
  }

  tiers(column: PlanColumn, field: string): Tier[] | undefined {
    const text = this.text(column);
    if (text === '') return undefined;
    const parsed = parseTiers(text);
    if ('tiers' in parsed) return parsed.tiers;
    this.report(
      column,
      field,
      `${column} has "${parsed.badPair}", which is not a "from: rate" pair. Write pairs such as "0: 1; 1: 1.5".`,
    );
    return undefined;
  }

  /** Reads tiers that must be given, recording a problem when the cell is blank. */
  requiredTiers(column: PlanColumn, field: string, example: string): Tier[] | undefined {
    if (!isBlank(this.raw(column))) return this.tiers(column, field);
    this.report(
      column,
      field,
      `${column} is blank. Enter "from: rate" pairs such as "${example}".`,
    );
    return undefined;
  }

  /** Records a problem when a cell is filled although `needed` is blank, so it would be ignored. */
  unused(column: PlanColumn, field: string, needed: PlanColumn): void {
    const value = this.raw(column);
    if (isBlank(value)) return;
    this.report(
      column,
      field,
      `${column} is ${describeValue(value)} but ${needed} is blank, so it would be ignored. ` +
        `Fill ${needed} or clear ${column}.`,
    );
  }

  private raw(column: PlanColumn): SheetScalar {
    const index = this.columns.get(column) ?? -1;
    return index < 0 ? undefined : this.row[index];
  }

  private report(column: PlanColumn, field: string, message: string): void {
    this.issues.push({
      code: 'cell',
      path: `${this.path}.${field}`,
      message,
      cell: this.cellOf(column),
    });
  }
}
