import type { CellValueType, ICellData, Nullable } from '@univerjs/core';

/** A value to put in a cell. Text starting with `=` is a formula; `null` clears the cell. */
export type CellInput = string | number | boolean | null;

/** An error value a cell shows, with the CS function's message when one produced it. */
export interface CellErrorValue {
  /** The error value, such as `#DIV/0!`. */
  readonly error: string;
  readonly message?: string;
}

/** A computed cell value: blank cells are `null`, and dates are serial numbers. */
export type CellOutput = string | number | boolean | null | CellErrorValue;

// Values of Univer's CellValueType enum, written out because Node loads Univer with `require`
// and this module must not import a second copy of @univerjs/core to reach the enum.
const TEXT = 1 as CellValueType;
const NUMBER = 2 as CellValueType;
const BOOLEAN = 3 as CellValueType;

/** The error values Univer's formula engine produces, as of Univer 0.25. */
const ERROR_VALUES = new Set([
  '#NULL!',
  '#DIV/0!',
  '#VALUE!',
  '#REF!',
  '#NAME?',
  '#NUM!',
  '#N/A',
  '#SPILL!',
  '#CALC!',
  '#CYCLE!',
  '#ERROR!',
  '#GETTING_DATA',
]);

/**
 * Converts a value to Univer's cell data with an explicit type, so text stays text: Univer's
 * own parsing would turn `"2025-01-01"` into a date serial and `"85%"` into 0.85.
 */
export function toCellData(value: CellInput): ICellData {
  if (value === null) return { v: null };
  if (typeof value === 'string' && value.startsWith('=')) return { f: value };
  if (typeof value === 'string') return { v: value, t: TEXT };
  if (typeof value === 'boolean') return { v: value ? 1 : 0, t: BOOLEAN };
  return { v: value, t: NUMBER };
}

/** Converts Univer's cell data back to a plain value, with error values as objects. */
export function fromCellData(cell: Nullable<ICellData>): CellOutput {
  const value = cell?.v;
  if (value === null || value === undefined || value === '') return null;
  if (cell?.t === BOOLEAN) return value === true || value === 1 || value === 'TRUE';
  if (typeof value === 'string' && ERROR_VALUES.has(value)) return { error: value };
  return value;
}

/** Tells whether a computed value is an error value. */
export function isCellErrorValue(value: CellOutput): value is CellErrorValue {
  return typeof value === 'object' && value !== null;
}
