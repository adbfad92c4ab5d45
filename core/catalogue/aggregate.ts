import { alignColumns, poolNumbers, type AlignedColumns } from '../values/columns.js';
import { valueError } from '../errors.js';
import { isBlank } from '../values/blank.js';
import { groupRows, requireFiniteKey } from '../values/groups.js';
import { readNumber, type NumberReading } from '../values/numbers.js';
import { isSingleCell, toRows } from '../values/range.js';
import { describeValue } from '../values/describe.js';
import type { SheetArgument, SheetResult, SheetScalar } from '../values/types.js';

/** A range an aggregating function pools, with how its cells are read. */
export interface PooledInput {
  readonly name: string;
  readonly argument: SheetArgument;
  readonly reading: NumberReading;
  /** Whether the metric adds this input's numbers up, so a single cell of 0 adds nothing. */
  readonly additive?: boolean;
}

/** The numbers of each input for one group (or for all rows), by input name. */
export type PooledValues = ReadonlyMap<string, number[]>;

/**
 * Computes one figure from a group's numbers. `scope` names the group for messages, as in
 * ` for group "Acme"`, and is empty without `group_by`.
 */
export type PooledMetric = (values: PooledValues, scope: string) => number;

/**
 * Pools each input's numbers and computes the metric once, or once per group when `groupBy`
 * is given, returning rows of (key, value) in order of first appearance.
 */
export function aggregate(
  functionName: string,
  inputs: readonly PooledInput[],
  groupBy: SheetArgument,
  metric: PooledMetric,
): SheetResult {
  if (!Array.isArray(groupBy) && isBlank(groupBy as SheetScalar)) {
    const values = new Map(
      inputs.map((input) => [
        input.name,
        poolNumbers(functionName, input.name, input.argument, input.reading).map((n) => n.value),
      ]),
    );
    return metric(values, '');
  }
  return aggregateGroups(functionName, inputs, groupBy, metric);
}

function aggregateGroups(
  functionName: string,
  inputs: readonly PooledInput[],
  groupBy: SheetArgument,
  metric: PooledMetric,
): SheetResult {
  const specs = inputs.map((input) => ({ ...input, numeric: true }));
  const rows = alignColumns(functionName, [
    ...specs,
    { name: 'group_by', argument: groupBy, numeric: false },
  ]);
  const ranges = inputs.filter((input) => !isSingleCell(input.argument));
  if (rows.length > 1) {
    for (const input of inputs) requireNoSingleCell(functionName, input, rows.length);
  }
  const keys = Array.from({ length: rows.length }, (_, index) => {
    const { value: key, row } = rows.cell('group_by', index);
    requireFiniteKey(key, { functionName, argument: 'group_by', row });
    return isBlank(key) && isEmptyRow(ranges, rows, index) ? EMPTY_ROW : key;
  });
  const groups = groupRows(keys.map((key) => (key === EMPTY_ROW ? '' : key)));
  const used = groups
    .map((group) => ({
      ...group,
      indexes: group.indexes.filter((index) => keys[index] !== EMPTY_ROW),
    }))
    .filter((group) => group.indexes.length > 0);
  return used.map((group) => {
    const values = new Map(inputs.map((input) => [input.name, [] as number[]]));
    for (const index of group.indexes) {
      for (const input of inputs) {
        const cell = rows.cell(input.name, index);
        const source = { functionName, argument: input.name, row: cell.row };
        const value = readNumber(cell.value, source, input.reading);
        if (value !== undefined) values.get(input.name)?.push(value);
      }
    }
    return [group.key, metric(values, ` for group "${group.key}"`)];
  });
}

/**
 * Rejects a single cell that would repeat on every row of `group_by` and so count once per row,
 * unless it is blank or a 0 that the metric adds up.
 */
function requireNoSingleCell(functionName: string, input: PooledInput, rowCount: number): void {
  if (!isSingleCell(input.argument)) return;
  const cell = toRows(input.argument)[0]?.[0];
  const value = readNumber(cell, { functionName, argument: input.name }, input.reading);
  if (value === undefined || (value === 0 && input.additive === true)) return;
  throw valueError(
    `${functionName}: ${input.name} is the single cell ${describeValue(cell)}, but group_by ` +
      `has ${rowCount} rows, so it would count once per row. ` +
      `Select ${articleFor(input.name)} ${input.name} range with one cell per group_by row.`,
  );
}

function articleFor(name: string): string {
  return /^[aeiou]/i.test(name) ? 'an' : 'a';
}

/**
 * Marks a row with a blank key and blank values, such as the rows below the data in an
 * open-ended range like `B2:B`. Such rows belong to no group, not even `(blank)`.
 */
const EMPTY_ROW = Symbol('empty row');

/** Tells whether every range input is blank on a row. Single cells repeat, so they do not count. */
function isEmptyRow(inputs: readonly PooledInput[], rows: AlignedColumns, index: number): boolean {
  return inputs.every((input) => isBlank(rows.cell(input.name, index).value));
}

/** Adds up numbers. */
export function sum(values: readonly number[] | undefined): number {
  return (values ?? []).reduce((total, value) => total + value, 0);
}
