import { valueError } from '../errors.js';
import type { Subscription } from '../metrics/waterfall.js';
import { isBlank, trimSpaces } from '../values/blank.js';
import { formatIsoDate, readDate } from '../values/dates.js';
import { describeValue } from '../values/describe.js';
import { requireFiniteKey } from '../values/groups.js';
import { readNumber } from '../values/numbers.js';
import type { SheetScalar, ValueSource } from '../values/types.js';
import type { SubscriptionColumns } from './subscription-columns.js';

const NAME = 'CS_ARR_WATERFALL';
/** A row may be a credit, such as `"($300)"`, so only an account's total must not be negative. */
const amount = { noun: 'an amount' } as const;

/**
 * Calls `visit` with the subscription on each row below the header, with its 0-based index in
 * the columns. Rows with neither an account nor ARR are skipped, and a row that has one but
 * lacks the other throws.
 */
export function forEachSubscription(
  columns: SubscriptionColumns,
  visit: (subscription: Subscription, index: number) => void,
): void {
  const readDay = cachedDateReader();
  for (let index = columns.headerOffset; index < columns.length; index++) {
    const subscription = readSubscription(columns, index, readDay);
    if (subscription !== undefined) visit(subscription, index);
  }
}

function readSubscription(
  columns: SubscriptionColumns,
  index: number,
  readDay: typeof readDate,
): Subscription | undefined {
  const row = index + 1;
  requireFiniteKey(columns.accountIds[index], sourceOf('account_ids', row));
  const account = accountId(columns.accountIds[index]);
  const arr = readNumber(columns.arr[index], sourceOf('arr', row), amount);
  if (account === undefined && arr === undefined) return undefined;

  if (account === undefined) {
    throw valueError(
      `${NAME}: account_ids row ${row} is blank but arr is ${arr}. ` +
        `Enter the account of every subscription row.`,
    );
  }
  if (arr === undefined) {
    throw valueError(
      `${NAME}: arr row ${row} is blank for account "${account}". ` +
        `Enter the subscription's ARR, or 0.`,
    );
  }
  const start = readDay(columns.startDates[index], sourceOf('start_dates', row));
  const end = readDay(columns.endDates[index], sourceOf('end_dates', row));
  if (start === undefined) {
    throw valueError(
      `${NAME}: start_dates row ${row} is blank for account "${account}". ` +
        `Enter the first day of the subscription.`,
    );
  }
  if (end !== undefined && end < start) {
    throw valueError(
      `${NAME}: end_dates row ${row} is ${formatIsoDate(end)}, before its start date ` +
        `${formatIsoDate(start)}. ` +
        `Correct the dates, or leave end_dates blank while the subscription is active.`,
    );
  }
  return { account, start, end, arr };
}

/**
 * Wraps `readDate` with a cache of ISO text, because an export repeats the same few hundred
 * dates over thousands of rows and parsing text is the slowest step of reading a row.
 */
function cachedDateReader(): typeof readDate {
  const days = new Map<string, number | undefined>();
  return (value, source) => {
    if (typeof value !== 'string') return readDate(value, source);
    let day = days.get(value);
    if (day === undefined) {
      day = readDate(value, source);
      days.set(value, day);
    }
    return day;
  };
}

function sourceOf(argument: string, row: number): ValueSource {
  return { functionName: NAME, argument, row };
}

function accountId(value: SheetScalar): string | undefined {
  if (typeof value !== 'string') return isBlank(value) ? undefined : describeValue(value);
  const id = trimSpaces(value);
  return id === '' ? undefined : id;
}
