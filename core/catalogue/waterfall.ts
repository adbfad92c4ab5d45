import { notAvailable, valueError } from '../errors.js';
import {
  addSubscription,
  summarizeWaterfall,
  type AccountArr,
  type ArrWaterfall,
} from '../metrics/waterfall.js';
import { isBlank } from '../values/blank.js';
import { formatIsoDate } from '../values/dates.js';
import { requireFiniteKey } from '../values/groups.js';
import type { ResultScalar, SheetResult, SheetScalar } from '../values/types.js';
import {
  columnValues,
  readSubscriptionColumns,
  repeatToLength,
  requireLength,
  type SubscriptionColumns,
} from './subscription-columns.js';
import { forEachSubscription } from './subscriptions.js';
import { accountGrouping, numberGroups } from './waterfall-groups.js';
import { readPeriod, type Period } from './waterfall-period.js';
import { optional, required, type FunctionDefinition } from './types.js';

const NAME = 'CS_ARR_WATERFALL';

export const CS_ARR_WATERFALL: FunctionDefinition = {
  name: NAME,
  description:
    'ARR waterfall of a period from subscription rows: starting, expansion, contraction, ' +
    'churned, new and ending ARR.',
  parameters: [
    required('account_ids', 'The account of each subscription row.'),
    required('start_dates', 'First active day of each subscription.', 'date'),
    required(
      'end_dates',
      'Last active day of each subscription; blank while still active.',
      'date',
    ),
    required(
      'arr',
      'ARR of each subscription row while active. A credit row may be negative, ' +
        "but not an account's total.",
    ),
    required(
      'period_start',
      'First day of the period: starting ARR is the ARR on this day.',
      'date',
    ),
    required('period_end', 'Last day of the period: ending ARR is the ARR on this day.', 'date'),
    optional(
      'group_by',
      'Optional. One key per subscription row, such as the account owner; the same for all ' +
        'rows of an account. Returns one row per key.',
    ),
  ],
  implementation: (accountIds, startDates, endDates, arr, periodStart, periodEnd, groupBy) => {
    const period = readPeriod(periodStart, periodEnd);
    const columns = readSubscriptionColumns(accountIds, startDates, endDates, arr);
    if (isBlank(groupBy as SheetScalar)) return [waterfallCells(totalWaterfall(columns, period))];

    const keys = columnValues('group_by', groupBy);
    keys.forEach((key, index) => {
      requireFiniteKey(key, { functionName: NAME, argument: 'group_by', row: index + 1 });
    });
    requireLength('group_by', keys.length, columns.length);
    return groupedWaterfall(columns, repeatToLength(keys, columns.length), period);
  },
};

function totalWaterfall(columns: SubscriptionColumns, period: Period): ArrWaterfall {
  const accounts = new Map<string, AccountArr>();
  forEachSubscription(columns, (subscription) => {
    addSubscription(accounts, subscription, period.start, period.end);
  });
  requireSubscriptions(accounts.size);
  requireNoNegativeTotal(accounts, period);
  return summarizeWaterfall(accounts.values());
}

/**
 * Computes one waterfall per group_by key, in order of first appearance with blank keys last.
 * A group whose rows contain no subscription, such as blank rows below the data, is left out.
 */
function groupedWaterfall(
  columns: SubscriptionColumns,
  keys: readonly SheetScalar[],
  period: Period,
): SheetResult {
  const { groups, groupOfRow } = numberGroups(keys, columns.headerOffset);
  const groupOf = accountGrouping(keys, groupOfRow);
  const accountsByGroup = groups.map(() => new Map<string, AccountArr>());

  forEachSubscription(columns, (subscription, index) => {
    const accounts = accountsByGroup[groupOf(subscription.account, index)];
    addSubscription(accounts as Map<string, AccountArr>, subscription, period.start, period.end);
  });
  requireSubscriptions(accountsByGroup.reduce((total, accounts) => total + accounts.size, 0));
  for (const accounts of accountsByGroup) requireNoNegativeTotal(accounts, period);

  return groups.flatMap((key, number) => {
    const accounts = accountsByGroup[number];
    if (accounts === undefined || accounts.size === 0) return [];
    return [[key, ...waterfallCells(summarizeWaterfall(accounts.values()))]];
  });
}

function requireSubscriptions(accountCount: number): void {
  if (accountCount > 0) return;
  throw notAvailable(
    `${NAME}: account_ids and arr contain no subscription rows, so there is nothing to compute. ` +
      `Select the rows of your subscription export.`,
  );
}

/**
 * Rejects an account whose credits exceed its subscriptions on either day. Float noise from
 * credits that cancel exactly stays above -0.005, half a cent, and is let through.
 */
function requireNoNegativeTotal(accounts: ReadonlyMap<string, AccountArr>, period: Period): void {
  for (const [account, arr] of accounts) {
    const [day, total] =
      arr.starting <= arr.ending ? [period.start, arr.starting] : [period.end, arr.ending];
    if (total >= -0.005) continue;
    throw valueError(
      `${NAME}: account "${account}" has a total ARR of ${total} on ${formatIsoDate(day)}, ` +
        `below 0. Check its credit rows, or the dates that keep its subscriptions active.`,
    );
  }
}

function waterfallCells(waterfall: ArrWaterfall): ResultScalar[] {
  const { starting, expansion, contraction, churned, ending } = waterfall;
  return [starting, expansion, contraction, churned, waterfall.new, ending];
}
