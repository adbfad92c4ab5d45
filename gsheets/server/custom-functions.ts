/// <reference types="google-apps-script" />
import { isCellError, sheetFunctions } from '../../core/index.js';
import { spreadsheetTimeZone } from './spreadsheet-time-zone.js';
import {
  spreadsheetDates,
  toCoreArgument,
  toSheetsResult,
  type SheetsArgument,
  type SheetsResultCell,
} from './values.js';

/**
 * Runs a catalogue function on the arguments Sheets passed to its stub. Dates are read in the
 * spreadsheet's time zone, and a core `CellError` is rethrown as a plain `Error` with the same
 * message, which Sheets shows as `#ERROR!` with that message.
 */
export function runCustomFunction(
  name: string,
  args: readonly SheetsArgument[],
): SheetsResultCell | SheetsResultCell[][] {
  const isKnown = Object.prototype.hasOwnProperty.call(sheetFunctions, name);
  const implementation = isKnown ? sheetFunctions[name] : undefined;
  if (implementation === undefined) {
    throw new Error(`CS Comp has no function named ${name}. Check the spelling of the formula.`);
  }
  const dates = spreadsheetDates(spreadsheetTimeZone());

  try {
    const coreArgs = args.map((argument) => toCoreArgument(argument, dates));
    const result = implementation(...coreArgs);
    return toSheetsResult(result, dates);
  } catch (error) {
    throw toSheetsError(error);
  }
}

/**
 * Converts anything a function threw into an `Error` that Sheets can show. A `CellError` is
 * rebuilt as a plain `Error`, so its message is all that depends on the core bundle.
 */
export function toSheetsError(error: unknown): Error {
  if (isCellError(error)) return new Error(error.message);
  if (error instanceof Error) return error;
  return new Error(String(error));
}
