import { alignColumns, poolNumbers } from '../values/columns.js';
import { isBlank } from '../values/blank.js';
import { groupRows } from '../values/groups.js';
import { readNumber, type NumberReading } from '../values/numbers.js';
import type { SheetArgument, SheetResult, SheetScalar } from '../values/types.js';

/** A range an aggregating function pools, with how its cells are read. */
export interface PooledInput {
  readonly name: string;
  readonly argument: SheetArgument;
  readonly reading: NumberReading;
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
  const keys = Array.from(
    { length: rows.length },
    (_, index) => rows.cell('group_by', index).value,
  );
  return groupRows(keys).map((group) => {
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

/** Adds up numbers. */
export function sum(values: readonly number[] | undefined): number {
  return (values ?? []).reduce((total, value) => total + value, 0);
}
