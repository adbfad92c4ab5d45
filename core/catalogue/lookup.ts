import { valueError } from '../errors.js';
import { isBlank } from '../values/blank.js';
import { describeValue } from '../values/describe.js';
import { normalizeKey, requireFiniteKey } from '../values/groups.js';
import { toRows } from '../values/range.js';
import type { ResultScalar, SheetArgument, SheetScalar } from '../values/types.js';
import { required, type FunctionDefinition } from './types.js';

const NAME = 'CS_LOOKUP';

export const CS_LOOKUP: FunctionDefinition = {
  name: NAME,
  description:
    'Looks up each key in a key column and returns the matching row of values, one row per key, ' +
    'matching keys the way group_by does (spaces trimmed, case ignored).',
  parameters: [
    required(
      'lookup_keys',
      'The keys to look up, such as the account id of each subscription row.',
    ),
    required(
      'keys',
      'The key column of the table to search, such as the account ids of a book of business.',
    ),
    required('values', 'The columns to return, one row per key, such as the account owner.'),
  ],
  implementation: (lookupKeys, keys, values) => {
    const keyRows = singleColumn('keys', keys);
    const valueRows = toRows(values);
    if (keyRows.length !== valueRows.length) {
      throw valueError(
        `${NAME}: keys has ${keyRows.length} rows but values has ${valueRows.length}. ` +
          `Select ranges of the same length.`,
      );
    }
    const table = indexKeys(keyRows, valueRows);
    const width = valueRows[0]?.length ?? 1;
    const blankRow: ResultScalar[] = Array.from({ length: width }, () => '');

    const wanted = singleColumn('lookup_keys', lookupKeys).map((row) => row[0]);
    const results = wanted.map((key) =>
      isBlank(key) ? blankRow : (table.get(keyText(key)) ?? blankRow),
    );
    return results.length === 1 && width === 1 ? (results[0]?.[0] ?? '') : results;
  },
};

/**
 * Reads a key column. Rejects a NaN or Infinity key, and a range wider than one column, whose
 * other keys would be ignored.
 */
function singleColumn(name: string, argument: SheetArgument): readonly (readonly SheetScalar[])[] {
  const rows = toRows(argument);
  rows.forEach((row, index) => {
    requireFiniteKey(row[0], { functionName: NAME, argument: name, row: index + 1 });
  });
  const wide = rows.find((row) => row.length > 1);
  if (wide === undefined) return rows;
  throw valueError(
    `${NAME}: ${name} is ${wide.length} columns wide. Select a single column of keys, one per row.`,
  );
}

/** Indexes rows by normalised key. A key repeated with different values is an error. */
function indexKeys(
  keyRows: readonly (readonly SheetScalar[])[],
  valueRows: readonly (readonly SheetScalar[])[],
): Map<string, ResultScalar[]> {
  const table = new Map<string, ResultScalar[]>();
  keyRows.forEach((row, index) => {
    const key = row[0];
    if (isBlank(key)) return;
    const values = (valueRows[index] ?? []).map((value) => toResult(value, index + 1));
    const earlier = table.get(keyText(key));
    if (earlier !== undefined && earlier.join('\u0000') !== values.join('\u0000')) {
      throw valueError(
        `${NAME}: keys row ${index + 1} repeats the key ${describeValue(key)} with different values ` +
          `(${values.map(describeResult).join(', ')} after ${earlier.map(describeResult).join(', ')}). ` +
          `Keep one row per key.`,
      );
    }
    table.set(keyText(key), values);
  });
  return table;
}

function toResult(value: SheetScalar, row: number): string | number | boolean {
  if (typeof value === 'number' && !Number.isFinite(value)) {
    throw valueError(
      `${NAME}: values row ${row} is ${value}, which is not a finite number. ` +
        `Check the formula or link that fills the cell, or enter a number.`,
    );
  }
  return value === null || value === undefined ? '' : value;
}

function describeResult(value: ResultScalar): string {
  return typeof value === 'object' ? 'a date' : describeValue(value);
}

function keyText(value: SheetScalar): string {
  return normalizeKey(String(value));
}
