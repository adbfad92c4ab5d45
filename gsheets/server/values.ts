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

/** Converts dates between Sheets and the core in the spreadsheet's time zone, for one call. */
export interface SpreadsheetDates {
  /** ISO text of the day a `Date` cell shows, `2025-03-31`. */
  isoDate(date: Date): string;
  /** The `Date` Sheets shows as the given day, in days since 1970-01-01. */
  startOfDay(epochDay: number): Date;
}

/**
 * Makes the date conversions of one call. Days read are cached by instant, because a column of
 * 50,000 subscription dates contains a few hundred distinct days, and each reading is an Intl
 * call.
 */
export function spreadsheetDates(timeZone: TimeZoneSource): SpreadsheetDates {
  const days = new Map<number, string>();
  return {
    isoDate(date) {
      const instant = date.getTime();
      let isoDate = days.get(instant);
      if (isoDate === undefined) {
        isoDate = isoDateInZone(date, timeZone());
        days.set(instant, isoDate);
      }
      return isoDate;
    },
    startOfDay: (epochDay) => startOfDayInZone(epochDay, timeZone()),
  };
}

/**
 * Converts one custom-function argument for the core. A `Date` becomes ISO text of its calendar
 * day in the spreadsheet's time zone, and any time of day is dropped. Blanks stay `""`, which the
 * core reads as blank, and text numbers stay text for the core to read.
 */
export function toCoreArgument(argument: SheetsArgument, dates: SpreadsheetDates): SheetArgument {
  if (!Array.isArray(argument)) return toCoreScalar(argument as SheetsCell, dates);

  const rows = argument as readonly (readonly SheetsCell[])[];
  return rows.map((row) => row.map((cell) => toCoreScalar(cell, dates)));
}

/** Converts a core result for Sheets: calendar dates become the `Date` of that day's midnight. */
export function toSheetsResult(
  result: SheetResult,
  dates: SpreadsheetDates,
): SheetsResultCell | SheetsResultCell[][] {
  if (!Array.isArray(result)) return toSheetsCell(result, dates);
  return result.map((row) => row.map((cell) => toSheetsCell(cell, dates)));
}

/**
 * Tells whether a value is a `Date`. It checks the internal class, not `instanceof`, because a
 * `Date` made in another realm (a test harness, another `vm` context) fails `instanceof Date`.
 */
export function isDate(value: unknown): value is Date {
  return Object.prototype.toString.call(value) === '[object Date]';
}

/** Converts one cell for the core, with dates as ISO text in the spreadsheet's time zone. */
export function toCoreScalar(cell: SheetsCell, dates: SpreadsheetDates): SheetScalar {
  if (!isDate(cell)) return cell;
  if (Number.isNaN(cell.getTime())) return String(cell);
  return dates.isoDate(cell);
}

function toSheetsCell(cell: SheetResult, dates: SpreadsheetDates): SheetsResultCell {
  if (isCalendarDate(cell)) return dates.startOfDay(cell.epochDay);
  return cell as SheetsResultCell;
}

function isCalendarDate(value: unknown): value is CalendarDate {
  return typeof value === 'object' && value !== null && (value as CalendarDate).kind === 'date';
}
