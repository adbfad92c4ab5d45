import type { BaseValueObject, ErrorType } from '@univerjs/preset-sheets-core';
import {
  serialFromEpochDay,
  type CellErrorKind,
  type ResultScalar,
  type SheetResult,
} from '../core/index.js';
import type { FormulaEngine } from './engine.js';

/** The number format a date result gets, so the cell shows `2025-03-31` and not a serial. */
const DATE_PATTERN = 'yyyy-mm-dd';

/** Univer's error value for each kind of core cell error. */
export const ERROR_TYPES: Readonly<Record<CellErrorKind, string>> = {
  value: '#VALUE!',
  divisionByZero: '#DIV/0!',
  notAvailable: '#N/A',
};

/**
 * Converts a core result to the engine's values. Rows become an array that spills from the
 * formula cell. A date becomes a serial number of the 1900 system with a date format. Text
 * stays text, even where it looks like a number or a date.
 */
export function writeResult(engine: FormulaEngine, result: SheetResult): BaseValueObject {
  if (!Array.isArray(result)) return writeScalar(engine, result);

  const rows = result.map((row) => row.map((cell) => writeScalar(engine, cell)));
  return engine.ArrayValueObject.create({
    calculateValueList: rows,
    rowCount: rows.length,
    columnCount: rows[0]?.length ?? 0,
    unitId: '',
    sheetId: '',
    row: -1,
    column: -1,
  });
}

function writeScalar(engine: FormulaEngine, value: ResultScalar): BaseValueObject {
  if (typeof value === 'number') {
    if (Number.isFinite(value)) return engine.NumberValueObject.create(value);
    return errorValue(engine, '#NUM!', `The result ${value} is not a finite number.`);
  }
  // StringValueObject keeps text as it is; the engine's value factory would read "85%" as 0.85.
  if (typeof value === 'string') return engine.StringValueObject.create(value);
  if (typeof value === 'boolean') return engine.BooleanValueObject.create(value);
  return engine.NumberValueObject.create(serialFromEpochDay(value.epochDay), DATE_PATTERN);
}

/** Makes an error value. `errorType` is one the engine produced or one of `ERROR_TYPES`. */
export function errorValue(
  engine: FormulaEngine,
  errorType: string,
  message: string,
): BaseValueObject {
  return engine.ErrorValueObject.create(errorType as ErrorType, message);
}
