const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

/**
 * Finds the instant Sheets uses for a date cell: the first moment of that day in the
 * spreadsheet's time zone. It steps through the day in 15-minute increments and reads each local
 * date through Intl, so it shares no code with the adapter it checks.
 */
export function sheetsMidnight(isoDate: string, timeZone: string): number {
  const [year, month, day] = isoDate.split('-').map(Number) as [number, number, number];
  const utcMidnight = Date.UTC(year, month - 1, day);

  for (
    let instant = utcMidnight - 15 * HOUR;
    instant <= utcMidnight + 15 * HOUR;
    instant += 15 * MINUTE
  ) {
    if (localDate(instant, timeZone) === isoDate) return instant;
  }
  throw new Error(`No instant of ${isoDate} found in ${timeZone}`);
}

/** Formats the local date of an instant in a time zone as ISO text (Swedish dates are ISO). */
export function localDate(instant: number | Date, timeZone: string): string {
  return formatter(timeZone, 'date').format(instant);
}

/** Formats the local time of an instant in a time zone as `HH:MM:SS`. */
export function localTime(instant: number | Date, timeZone: string): string {
  return formatter(timeZone, 'time').format(instant);
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(timeZone: string, part: 'date' | 'time'): Intl.DateTimeFormat {
  const key = `${timeZone} ${part}`;
  let cached = formatters.get(key);
  if (cached === undefined) {
    const style =
      part === 'date' ? { dateStyle: 'short' as const } : { timeStyle: 'medium' as const };
    cached = new Intl.DateTimeFormat('sv-SE', { timeZone, ...style });
    formatters.set(key, cached);
  }
  return cached;
}

/** Offset of a time zone from UTC at an instant, in minutes, read from Intl. */
export function offsetMinutes(instant: number, timeZone: string): number {
  const label = new Intl.DateTimeFormat('en-US', { timeZone, timeZoneName: 'longOffset' })
    .formatToParts(instant)
    .find((part) => part.type === 'timeZoneName')?.value;
  const match = /GMT([+-])(\d{2}):(\d{2})/.exec(label ?? '');
  if (match === null) return 0;
  const minutes = Number(match[2]) * 60 + Number(match[3]);
  return match[1] === '-' ? -minutes : minutes;
}
