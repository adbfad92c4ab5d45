import { valueError } from '../errors.js';
import { roundMoney } from '../money/rounding.js';
import { employedShare, PRORATION_METHODS } from '../payout/proration.js';
import { formatIsoDate, readDate } from '../values/dates.js';
import { readNumber } from '../values/numbers.js';
import { readChoice } from '../values/options.js';
import { singleCell } from '../values/range.js';
import { mapRows, type RowReader } from './rowwise.js';
import { optional, required, type FunctionDefinition } from './types.js';

const NAME = 'CS_PRORATE';

export const CS_PRORATE: FunctionDefinition = {
  name: NAME,
  description:
    'Scales an amount by the share of the period employed, rounded to cents, row by row.',
  parameters: [
    required('amount', 'The amount for a full period, such as a quarterly target incentive.'),
    required('period_start', 'First day of the period.', 'date'),
    required('period_end', 'Last day of the period.', 'date'),
    optional(
      'employed_from',
      'Optional. Start date; blank means employed before the period began.',
      'date',
    ),
    optional('employed_to', 'Optional. Leaving date; blank means still employed.', 'date'),
    optional(
      'method',
      'Optional. "days" (default, both ends counted) or "months" (full calendar months).',
    ),
  ],
  implementation: (amount, periodStart, periodEnd, employedFrom, employedTo, method) => {
    const methodSource = { functionName: NAME, argument: 'method' };
    const way = readChoice(
      singleCell(method, methodSource),
      methodSource,
      PRORATION_METHODS,
      'days',
    );
    const specs = [
      { name: 'amount', argument: amount, numeric: true },
      { name: 'period_start', argument: periodStart, numeric: false, dates: true },
      { name: 'period_end', argument: periodEnd, numeric: false, dates: true },
      { name: 'employed_from', argument: employedFrom, numeric: false, dates: true },
      { name: 'employed_to', argument: employedTo, numeric: false, dates: true },
    ];
    return mapRows(NAME, specs, (row) => {
      const value = readNumber(row('amount').value, sourceOf(row, 'amount'));
      if (value === undefined) return '';

      const period = {
        start: requiredDate(row, 'period_start'),
        end: requiredDate(row, 'period_end'),
      };
      const from = readDate(row('employed_from').value, sourceOf(row, 'employed_from'));
      const to = readDate(row('employed_to').value, sourceOf(row, 'employed_to'));
      requireOrder(period.start, period.end, 'period_start', 'period_end');
      if (from !== undefined && to !== undefined)
        requireOrder(from, to, 'employed_from', 'employed_to');
      const employment = { start: from ?? -Infinity, end: to ?? Infinity };

      const share = employedShare(period, employment, way);
      if (share.total === 0) {
        throw valueError(
          `${NAME}: the period ${formatIsoDate(period.start)} to ${formatIsoDate(period.end)} ` +
            `holds no whole calendar month. Use method "days", or a period of whole months.`,
        );
      }
      return roundMoney((value * share.employed) / share.total);
    });
  },
};

function sourceOf(row: RowReader, name: string) {
  return { functionName: NAME, argument: name, row: row(name).row };
}

function requiredDate(row: RowReader, name: string): number {
  const date = readDate(row(name).value, sourceOf(row, name));
  if (date !== undefined) return date;
  throw valueError(`${NAME}: ${name} row ${row(name).row} is blank. Enter the date.`);
}

function requireOrder(start: number, end: number, startName: string, endName: string): void {
  if (start <= end) return;
  throw valueError(
    `${NAME}: ${endName} (${formatIsoDate(end)}) is before ${startName} (${formatIsoDate(start)}). ` +
      `Swap the dates or correct the later one.`,
  );
}
