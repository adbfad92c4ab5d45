import type { CalendarDate, SheetArgument, SheetResult, SheetScalar } from '../../core/index.js';
import { isoDateInZone, startOfDayInZone } from './time-zone.js';

/** A cell as Apps Script passes it to a custom function or returns it from `getValues`. */
export type SheetsCell = number | string | boolean | Date | null | undefined;

/** A custom-function argument as Apps Script passes it: one cell, or a range as rows of cells. */
export type SheetsArgument = SheetsCell | readonly (readonly SheetsCell[])[];

/** A result cell as Apps Script accepts it back: dates as `Date`, blanks as `""`. */
export type SheetsResultCell = number | string | boolean | Date;

/** Reads the spreadsheet's time zone, on demand, because most calls carry no date at all. */
export type TimeZoneSource = () => string;

/**
 * Converts one custom-function argument for the core. A `Date` becomes ISO text of its calendar
 * day in the spreadsheet's time zone, and any time of day is dropped. Blanks stay `""`, which the
 * core reads as blank, and text numbers stay text for the core to read.
 */
export function toCoreArgument(argument: SheetsArgument, timeZone: TimeZoneSource): SheetArgument {
  if (!Array.isArray(argument)) return toCoreScalar(argument as SheetsCell, timeZone);

  const rows = argument as readonly (readonly SheetsCell[])[];
  return rows.map((row) => row.map((cell) => toCoreScalar(cell, timeZone)));
}

/** Converts a core result for Sheets: calendar dates become the `Date` of that day's midnight. */
export function toSheetsResult(
  result: SheetResult,
  timeZone: TimeZoneSource,
): SheetsResultCell | SheetsResultCell[][] {
  if (!Array.isArray(result)) return toSheetsCell(result, timeZone);
  return result.map((row) => row.map((cell) => toSheetsCell(cell, timeZone)));
}

/**
 * Tells whether a value is a `Date`. It checks the internal class, not `instanceof`, because a
 * `Date` made in another realm (a test harness, another `vm` context) fails `instanceof Date`.
 */
export function isDate(value: unknown): value is Date {
  return Object.prototype.toString.call(value) === '[object Date]';
}

/** Converts one cell for the core, with dates as ISO text in the spreadsheet's time zone. */
export function toCoreScalar(cell: SheetsCell, timeZone: TimeZoneSource): SheetScalar {
  if (!isDate(cell)) return cell;
  if (Number.isNaN(cell.getTime())) return String(cell);
  return isoDateInZone(cell, timeZone());
}

function toSheetsCell(cell: SheetResult, timeZone: TimeZoneSource): SheetsResultCell {
  if (isCalendarDate(cell)) return startOfDayInZone(cell.epochDay, timeZone());
  return cell as SheetsResultCell;
}

function isCalendarDate(value: unknown): value is CalendarDate {
  return typeof value === 'object' && value !== null && (value as CalendarDate).kind === 'date';
}
