import { notAvailable, valueError } from '../errors.js';
import type { ResultScalar, SheetResult } from '../values/types.js';
import type { FunctionDefinition } from './types.js';

/**
 * Wraps a cell function so that every host receives values a cell can show. A -0 becomes 0,
 * a blank cell is `""`, and Infinity or NaN from arithmetic beyond the range of a double is a
 * `CellError`, so that every host reports the same error. So is a result with no rows, which
 * no host can spill.
 */
export function withCheckedResult(definition: FunctionDefinition): FunctionDefinition {
  const { name, implementation } = definition;
  return {
    ...definition,
    implementation: (...args) => checkResult(name, implementation(...args)),
  };
}

function checkResult(functionName: string, result: SheetResult): SheetResult {
  if (!Array.isArray(result)) return checkCell(functionName, result, '');
  if (result.length === 0) {
    throw notAvailable(
      `${functionName}: the selected ranges have no rows, so there is nothing to compute. ` +
        `Select at least one row of data.`,
    );
  }
  return result.map((row, index) =>
    row.map((cell) => checkCell(functionName, cell, ` row ${index + 1}`)),
  );
}

function checkCell(
  functionName: string,
  value: ResultScalar | null | undefined,
  where: string,
): ResultScalar {
  if (value === null || value === undefined) return '';
  if (typeof value !== 'number') return value;
  if (Number.isFinite(value)) return value === 0 ? 0 : value;
  throw valueError(
    `${functionName}: the result${where} is ${value}, beyond the numbers a cell can hold. ` +
      `Check the inputs${where === '' ? '' : ' of that row'} for a value that is extremely ` +
      `large or extremely close to 0.`,
  );
}
