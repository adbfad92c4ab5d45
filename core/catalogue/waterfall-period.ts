import { valueError } from '../errors.js';
import { formatIsoDate, readDate } from '../values/dates.js';
import { singleCell } from '../values/range.js';
import type { SheetArgument } from '../values/types.js';

const NAME = 'CS_ARR_WATERFALL';

/** The first and last day of a waterfall period, as day numbers. */
export interface Period {
  readonly start: number;
  readonly end: number;
}

/** Reads period_start and period_end, which must both be given and in order. */
export function readPeriod(periodStart: SheetArgument, periodEnd: SheetArgument): Period {
  const read = (argument: SheetArgument, name: string, boundary: 'first' | 'last'): number => {
    const source = { functionName: NAME, argument: name };
    const day = readDate(singleCell(argument, source), source);
    if (day !== undefined) return day;
    throw valueError(`${NAME}: ${name} is blank. Enter the ${boundary} day of the period.`);
  };
  const period = {
    start: read(periodStart, 'period_start', 'first'),
    end: read(periodEnd, 'period_end', 'last'),
  };

  if (period.end >= period.start) return period;
  throw valueError(
    `${NAME}: period_end (${formatIsoDate(period.end)}) is before period_start ` +
      `(${formatIsoDate(period.start)}). Swap the dates or correct the later one.`,
  );
}
