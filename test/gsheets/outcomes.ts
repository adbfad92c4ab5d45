import {
  formatIsoDate,
  isCellError,
  sheetFunctions,
  type CalendarDate,
  type SheetArgument,
} from '../../core/index.js';
import type { AppsScriptProject } from './apps-script-host.js';
import { localDate, localTime } from './sheets-dates.js';

/** A call's result with dates as `{ date, time }`, or the message of the error it threw. */
export type Outcome =
  { readonly value: unknown } | { readonly error: string; readonly isPlainError: boolean };

/**
 * Calls a top-level function of the loaded project and records what a cell would show. A date
 * result is read in the spreadsheet's time zone. `isPlainError` is true when the thrown value is
 * an `Error` of the project's own realm, not a subclass, so it needs nothing from the bundle.
 */
export function sheetsOutcome(
  project: AppsScriptProject,
  name: string,
  args: readonly unknown[],
  timeZone: string,
): Outcome {
  try {
    return { value: mapCells(project.call(name, ...args), (cell) => sheetsCell(cell, timeZone)) };
  } catch (error) {
    const isPlainError =
      error instanceof project.Error &&
      Object.getPrototypeOf(error) === project.Error.prototype &&
      (error as Error).name === 'Error';
    return { error: (error as Error).message, isPlainError };
  }
}

/**
 * Calls the core directly with the values a cell means: dates as ISO text. A `CellError` is
 * expected to reach Sheets as a plain `Error`, so it is recorded with `isPlainError: true`.
 */
export function coreOutcome(name: string, args: readonly SheetArgument[]): Outcome {
  try {
    const result = sheetFunctions[name]!(...args);
    return { value: mapCells(result, coreCell) };
  } catch (error) {
    return { error: (error as Error).message, isPlainError: isCellError(error) };
  }
}

function mapCells(result: unknown, convert: (cell: unknown) => unknown): unknown {
  if (!Array.isArray(result)) return convert(result);
  return result.map((row: unknown[]) => Array.from(row, convert));
}

function sheetsCell(cell: unknown, timeZone: string): unknown {
  if (Object.prototype.toString.call(cell) !== '[object Date]') return cell;
  return { date: localDate(cell as Date, timeZone), time: localTime(cell as Date, timeZone) };
}

function coreCell(cell: unknown): unknown {
  const date = cell as CalendarDate | null;
  if (typeof date !== 'object' || date === null || date.kind !== 'date') return cell;
  return { date: formatIsoDate(date.epochDay), time: '00:00:00' };
}
