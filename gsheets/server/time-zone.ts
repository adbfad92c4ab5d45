import { calendarDate, formatIsoDate } from '../../core/index.js';

const MS_PER_DAY = 86_400_000;
// NOTE: Apps Script V8 is documented as a standard V8 runtime, but Intl time-zone data there has
// only been exercised in Node here, not on a real Sheets host.
const formatters = new Map<string, Intl.DateTimeFormat>();

/** A wall-clock reading of an instant in one time zone, with the month from 1 to 12. */
interface WallClock {
  readonly year: number;
  readonly month: number;
  readonly day: number;
  readonly hour: number;
  readonly minute: number;
  readonly second: number;
}

/**
 * Returns the calendar day, in days since 1970-01-01, that an instant falls on in `timeZone`.
 * Sheets passes a date cell as the `Date` of its midnight in the spreadsheet's time zone, so
 * reading the day in any other zone (the script's, the server's) can give the day before.
 */
export function epochDayInZone(date: Date, timeZone: string): number {
  const clock = readWallClock(date.getTime(), timeZone);
  return calendarDate(clock.year, clock.month, clock.day).epochDay;
}

/** Formats the calendar day an instant falls on in `timeZone` as ISO text, `2025-03-31`. */
export function isoDateInZone(date: Date, timeZone: string): string {
  return formatIsoDate(epochDayInZone(date, timeZone));
}

/**
 * Returns the first instant of a calendar day in `timeZone`: midnight, or the end of the
 * daylight-saving gap in zones whose clocks jump over midnight (America/Santiago in September).
 */
export function startOfDayInZone(epochDay: number, timeZone: string): Date {
  const midnightAsUtc = epochDay * MS_PER_DAY;
  let instant = midnightAsUtc - offsetAt(midnightAsUtc, timeZone);
  instant = midnightAsUtc - offsetAt(instant, timeZone);

  const shortfall = midnightAsUtc - wallClockAsUtc(instant, timeZone);
  if (shortfall > 0) instant += shortfall;
  return new Date(instant);
}

/** Milliseconds that the wall clock of `timeZone` is ahead of UTC at an instant. */
function offsetAt(instant: number, timeZone: string): number {
  return wallClockAsUtc(instant, timeZone) - instant;
}

function wallClockAsUtc(instant: number, timeZone: string): number {
  const clock = readWallClock(instant, timeZone);
  return Date.UTC(clock.year, clock.month - 1, clock.day, clock.hour, clock.minute, clock.second);
}

function readWallClock(instant: number, timeZone: string): WallClock {
  const parts = formatterFor(timeZone).formatToParts(instant);
  const field = (type: Intl.DateTimeFormatPartTypes): number =>
    Number(parts.find((part) => part.type === type)?.value);

  return {
    year: field('year'),
    month: field('month'),
    day: field('day'),
    hour: field('hour'),
    minute: field('minute'),
    second: field('second'),
  };
}

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (formatter === undefined) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}
