import { valueError } from '../errors.js';
import { isBlank, trimSpaces } from './blank.js';
import { describeSource, describeValue } from './describe.js';
import type { CalendarDate, SheetScalar, ValueSource } from './types.js';

const MS_PER_DAY = 86_400_000;
/** Serial of 1970-01-01 in the 1900 date system that Excel and Sheets share. */
const SERIAL_OF_EPOCH = 25_569;
/** Serial 60 is 29 Feb 1900, a day that never existed, kept by Excel for Lotus 1-2-3 compatibility. */
const FICTITIOUS_LEAP_DAY = 60;
/** Serial of 9999-12-31, the last date Excel accepts and the last a 4-digit ISO year can write. */
const LAST_SERIAL = 2_958_465;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})(?:[T ]00:00(?::00(?:\.0+)?)?Z?)?$/;

/** Makes a calendar date from a year, a month (1 to 12) and a day. */
export function calendarDate(year: number, month: number, day: number): CalendarDate {
  return { kind: 'date', epochDay: Date.UTC(year, month - 1, day) / MS_PER_DAY };
}

/** Splits a day number into year, month (1 to 12) and day of month. */
export function dateParts(epochDay: number): { year: number; month: number; day: number } {
  const date = new Date(epochDay * MS_PER_DAY);
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

/** Formats a day number as ISO text, `2025-03-31`. */
export function formatIsoDate(epochDay: number): string {
  return new Date(epochDay * MS_PER_DAY).toISOString().slice(0, 10);
}

/**
 * Converts a serial number of the 1900 date system to a day number. Serial 1 is 1900-01-01.
 * Returns `undefined` outside 1900-01-01 to 9999-12-31 and for the fictitious 29 Feb 1900.
 */
export function epochDayFromSerial(serial: number): number | undefined {
  const whole = Math.floor(serial);
  if (!(whole >= 1 && whole <= LAST_SERIAL) || whole === FICTITIOUS_LEAP_DAY) return undefined;
  return whole < FICTITIOUS_LEAP_DAY ? whole - SERIAL_OF_EPOCH + 1 : whole - SERIAL_OF_EPOCH;
}

/** Converts a day number to a serial number of the 1900 date system. */
export function serialFromEpochDay(epochDay: number): number {
  const serial = epochDay + SERIAL_OF_EPOCH;
  return serial <= FICTITIOUS_LEAP_DAY ? serial - 1 : serial;
}

/** Parses ISO date text, `2025-03-31`, rejecting impossible days such as `2025-02-30`. */
export function parseIsoDate(text: string): number | undefined {
  const match = ISO_DATE.exec(trimSpaces(text));
  if (match === null) return undefined;

  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const { epochDay } = calendarDate(year, month, day);
  const parts = dateParts(epochDay);
  const exists = parts.year === year && parts.month === month && parts.day === day;
  return exists ? epochDay : undefined;
}

/**
 * Reads one cell as a calendar date: a serial number of the 1900 system or ISO text. A time of
 * day in a serial is dropped, since every date here is a whole day. Returns `undefined` if blank.
 */
export function readDate(value: SheetScalar, source: ValueSource): number | undefined {
  if (isBlank(value)) return undefined;

  const epochDay =
    typeof value === 'number' && Number.isFinite(value)
      ? epochDayFromSerial(value)
      : typeof value === 'string'
        ? parseIsoDate(value)
        : undefined;
  if (epochDay !== undefined) return epochDay;

  throw valueError(
    `${describeSource(source)} is ${describeValue(value)}, which is not a date. ` +
      `Enter a date cell or ISO text such as 2025-03-31.`,
  );
}
