import { alignColumns, type ColumnSpec } from '../values/columns.js';
import type { PlacedCell } from '../values/range.js';
import type { ResultScalar, SheetResult } from '../values/types.js';

/** Reads one input of the current row, with its 1-based row within its range for messages. */
export type RowReader = (name: string) => PlacedCell;

/**
 * Runs `compute` once per row of the aligned inputs, so one formula serves a whole column. A
 * single-cell input repeats for every row. `compute` returns one value or one row of values.
 * With single-cell inputs only, a one-value result is returned as a plain value.
 */
export function mapRows(
  functionName: string,
  specs: readonly ColumnSpec[],
  compute: (row: RowReader) => ResultScalar | ResultScalar[],
): SheetResult {
  const rows = alignColumns(functionName, specs);
  const results: ResultScalar[][] = [];
  for (let index = 0; index < rows.length; index++) {
    const result = compute((name) => rows.cell(name, index));
    results.push(Array.isArray(result) ? result : [result]);
  }

  const isSingle = specs.every((spec) => !Array.isArray(spec.argument) || isOneCell(spec.argument));
  const first = results[0] ?? [''];
  if (isSingle) return first.length === 1 ? (first[0] ?? '') : [first];
  return results;
}

function isOneCell(argument: ColumnSpec['argument']): boolean {
  return Array.isArray(argument) && argument.length === 1 && argument[0]?.length === 1;
}
