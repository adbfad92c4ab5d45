import type { Nullable } from '@univerjs/core';
import type { BaseValueObject } from '@univerjs/preset-sheets-core';
import type { SheetArgument, SheetScalar } from '../core/index.js';

/** An error value found in an argument, which the function returns instead of computing. */
export interface ArgumentError {
  /** The error value, such as `#REF!`, passed on unchanged. */
  readonly errorType: string;
  readonly message: string;
}

/**
 * Converts the engine's argument values to the core's. A reference or array becomes rows of
 * cells (a single-cell reference too, `[[2000]]`), and a blank cell becomes `null`.
 *
 * A blank cell's value object returns 0 from `getValue()`, so blanks are detected with
 * `isNull()` first. The facade's `registerFunction` passes plain values with blanks already
 * turned into 0, which is why the adapter subclasses the engine's function class instead.
 * Returns the first error value found, named by parameter and row, in place of the arguments.
 */
export function readArguments(
  functionName: string,
  parameterNames: readonly string[],
  variants: readonly BaseValueObject[],
): SheetArgument[] | ArgumentError {
  const args: SheetArgument[] = [];
  for (const [index, variant] of variants.entries()) {
    const argument = readArgument(variant);
    if (argument instanceof FoundError) {
      const name = parameterNames[index] ?? `argument ${index + 1}`;
      return describeError(functionName, name, argument);
    }
    args.push(argument);
  }
  return args;
}

class FoundError {
  constructor(
    readonly errorType: string,
    readonly row: number | undefined,
  ) {}
}

function readArgument(variant: BaseValueObject): SheetArgument | FoundError {
  if (!variant.isArray()) return readCell(variant, undefined);

  const rows: SheetScalar[][] = [];
  for (const [index, cells] of variant.getArrayValue().entries()) {
    const row: SheetScalar[] = [];
    for (const cell of cells) {
      const value = readCell(cell, index + 1);
      if (value instanceof FoundError) return value;
      row.push(value);
    }
    rows.push(row);
  }
  return rows;
}

function readCell(
  cell: Nullable<BaseValueObject>,
  row: number | undefined,
): SheetScalar | FoundError {
  if (!cell || cell.isNull()) return null;
  if (cell.isError()) return new FoundError(String(cell.getValue()), row);
  if (cell.isLambda()) return new FoundError('#VALUE!', row);
  return cell.getValue();
}

function describeError(functionName: string, name: string, found: FoundError): ArgumentError {
  const where = found.row === undefined ? name : `${name} row ${found.row}`;
  return {
    errorType: found.errorType,
    message:
      `${functionName}: ${where} is ${found.errorType}, so the result cannot be computed. ` +
      `Fix that cell or leave it out of the range.`,
  };
}
