/// <reference types="google-apps-script" />
import type { TimeZoneSource } from './values.js';

/**
 * Returns a reader of the spreadsheet's time zone that calls `getSpreadsheetTimeZone` on first use
 * and reuses the value. That service call is allowed in custom functions but slow next to the
 * arithmetic, so a call without dates never makes it.
 */
export function spreadsheetTimeZone(): TimeZoneSource {
  let timeZone: string | undefined;
  return () => (timeZone ??= SpreadsheetApp.getActive().getSpreadsheetTimeZone());
}
