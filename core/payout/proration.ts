import { dateParts, calendarDate } from '../values/dates.js';

/** `days` counts days employed in the period, both ends included; `months` counts full months. */
export type ProrationMethod = 'days' | 'months';

export const PRORATION_METHODS: readonly ProrationMethod[] = ['days', 'months'];

/** A span of whole days, both ends included, as day numbers. */
export interface DaySpan {
  readonly start: number;
  readonly end: number;
}

/** The share of a period a person was employed, as a fraction with its parts for explanations. */
export interface EmployedShare {
  readonly employed: number;
  readonly total: number;
}

/**
 * Computes the share of a period a person was employed. By days, 15 Feb to 31 Mar in a 90-day
 * quarter is 45/90. By full months, hired 15 Feb in a calendar year is 10/12, because February
 * was not employed every day. `total` is 0 only when the period contains no whole month.
 */
export function employedShare(
  period: DaySpan,
  employment: DaySpan,
  method: ProrationMethod,
): EmployedShare {
  if (method === 'days') {
    const employed = overlapDays(period, employment);
    return { employed, total: period.end - period.start + 1 };
  }
  const months = wholeMonths(period);
  const employed = months.filter(
    (month) => month.start >= employment.start && month.end <= employment.end,
  );
  return { employed: employed.length, total: months.length };
}

function overlapDays(a: DaySpan, b: DaySpan): number {
  return Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start) + 1);
}

/** Lists the calendar months that lie entirely inside a span. */
function wholeMonths(span: DaySpan): DaySpan[] {
  const months: DaySpan[] = [];
  const { year } = dateParts(span.start);
  let { month } = dateParts(span.start);
  for (;;) {
    const start = calendarDate(year, month, 1).epochDay;
    const end = calendarDate(year, month + 1, 1).epochDay - 1;
    if (start > span.end) return months;
    if (start >= span.start && end <= span.end) months.push({ start, end });
    month += 1;
  }
}
