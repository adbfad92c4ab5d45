/// <reference types="google-apps-script" />
import type { TimeZoneSource } from './values.js';

/**
 * Reads the spreadsheet's time zone at most once per execution, and only when a date needs it:
 * `getSpreadsheetTimeZone` is a service call, allowed in custom functions but slow next to the
 * arithmetic.
 */
export function spreadsheetTimeZone(): TimeZoneSource {
  let timeZone: string | undefined;
  return () => (timeZone ??= SpreadsheetApp.getActive().getSpreadsheetTimeZone());
}
