import { calendarDate, formatIsoDate, parseIsoDate } from '../core/index.js';

/** A period's first and last day, ISO text. */
export interface Period {
  readonly start: string;
  readonly end: string;
}

/**
 * Returns the period that follows one of the same length: the next three months after a
 * calendar quarter, or the same number of days after a period that is not whole months.
 */
export function nextPeriod(period: Period): Period {
  const start = parseIsoDate(period.start) ?? 0;
  const end = parseIsoDate(period.end) ?? 0;
  const months = wholeMonths(period);
  if (months === undefined) {
    const length = end - start + 1;
    return { start: formatIsoDate(end + 1), end: formatIsoDate(end + length) };
  }
  const [year, month] = period.end.split('-').map(Number) as [number, number];
  const first = calendarDate(year, month + 1, 1).epochDay;
  const last = calendarDate(year, month + 1 + months, 1).epochDay - 1;
  return { start: formatIsoDate(first), end: formatIsoDate(last) };
}

/** Counts the months of a period that starts on a 1st and ends on a month's last day. */
function wholeMonths(period: Period): number | undefined {
  const [startYear, startMonth, startDay] = period.start.split('-').map(Number) as number[];
  const [endYear, endMonth] = period.end.split('-').map(Number) as number[];
  const dayAfterEnd = formatIsoDate((parseIsoDate(period.end) ?? 0) + 1);
  if (startDay !== 1 || !dayAfterEnd.endsWith('-01')) return undefined;
  return ((endYear ?? 0) - (startYear ?? 0)) * 12 + (endMonth ?? 0) - (startMonth ?? 0) + 1;
}

/** Tells whether an ISO date falls within a period, both ends included. */
export function isWithin(date: string, period: Period): boolean {
  return date >= period.start && date <= period.end;
}
