import { notAvailable, valueError } from '../errors.js';
import {
  addSubscription,
  summarizeWaterfall,
  type AccountArr,
  type ArrWaterfall,
} from '../metrics/waterfall.js';
import { isBlank } from '../values/blank.js';
import { formatIsoDate, readDate } from '../values/dates.js';
import { describeValue } from '../values/describe.js';
import { groupRows, type Group } from '../values/groups.js';
import { firstCell } from '../values/range.js';
import type { ResultScalar, SheetArgument, SheetResult, SheetScalar } from '../values/types.js';
import {
  columnValues,
  readSubscriptionColumns,
  requireLength,
  type SubscriptionColumns,
} from './subscription-columns.js';
import { forEachSubscription } from './subscriptions.js';
import { optional, required, type FunctionDefinition } from './types.js';

const NAME = 'CS_ARR_WATERFALL';

export const CS_ARR_WATERFALL: FunctionDefinition = {
  name: NAME,
  description:
    'ARR waterfall of a period from subscription rows: starting, expansion, contraction, ' +
    'churned, new and ending ARR.',
  parameters: [
    required('account_ids', 'The account of each subscription row.'),
    required('start_dates', 'First active day of each subscription.'),
    required('end_dates', 'Last active day of each subscription; blank while still active.'),
    required('arr', 'Annual recurring revenue of each subscription while active.'),
    required('period_start', 'First day of the period: starting ARR is the ARR on this day.'),
    required('period_end', 'Last day of the period: ending ARR is the ARR on this day.'),
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
    requireLength('group_by', keys.length, columns.arr.length);
    return groupedWaterfall(columns, keys, period);
  },
};

interface Period {
  readonly start: number;
  readonly end: number;
}

function totalWaterfall(columns: SubscriptionColumns, period: Period): ArrWaterfall {
  const accounts = new Map<string, AccountArr>();
  forEachSubscription(columns, (subscription) => {
    addSubscription(accounts, subscription, period.start, period.end);
  });
  requireSubscriptions(accounts.size);
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
  const groups = groupRows(keys.slice(columns.headerOffset));
  const groupOf = accountGrouping(keys, columns.headerOffset, groups);
  const accountsByGroup = groups.map(() => new Map<string, AccountArr>());

  forEachSubscription(columns, (subscription, index) => {
    const accounts = accountsByGroup[groupOf(subscription.account, index)];
    addSubscription(accounts as Map<string, AccountArr>, subscription, period.start, period.end);
  });
  requireSubscriptions(accountsByGroup.reduce((total, accounts) => total + accounts.size, 0));

  return groups.flatMap((group, number) => {
    const accounts = accountsByGroup[number];
    if (accounts === undefined || accounts.size === 0) return [];
    return [[group.key, ...waterfallCells(summarizeWaterfall(accounts.values()))]];
  });
}

/**
 * Returns the group number of an account's row. Every row of an account must carry the same
 * key, or its ARR would be split between groups, so a second key throws.
 */
function accountGrouping(keys: readonly SheetScalar[], offset: number, groups: readonly Group[]) {
  const groupOfRow = new Int32Array(keys.length);
  groups.forEach((group, number) => {
    for (const index of group.indexes) groupOfRow[index + offset] = number;
  });
  const firstRow = new Map<string, number>();

  return (account: string, index: number): number => {
    const group = groupOfRow[index] ?? 0;
    const first = firstRow.get(account);
    if (first === undefined) firstRow.set(account, index);
    else if (groupOfRow[first] !== group) {
      throw valueError(
        `${NAME}: account "${account}" has group_by ${describeValue(keys[first])} on row ` +
          `${first + 1} and ${describeValue(keys[index])} on row ${index + 1}. ` +
          `Give every subscription row of an account the same key.`,
      );
    }
    return group;
  };
}

function requireSubscriptions(accountCount: number): void {
  if (accountCount > 0) return;
  throw notAvailable(
    `${NAME}: account_ids and arr contain no subscription rows, so there is nothing to compute. ` +
      `Select the rows of your subscription export.`,
  );
}

function readPeriod(periodStart: SheetArgument, periodEnd: SheetArgument): Period {
  const read = (argument: SheetArgument, name: string, boundary: 'first' | 'last'): number => {
    const day = readDate(firstCell(argument), { functionName: NAME, argument: name });
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

function waterfallCells(waterfall: ArrWaterfall): ResultScalar[] {
  const { starting, expansion, contraction, churned, ending } = waterfall;
  return [starting, expansion, contraction, churned, waterfall.new, ending];
}
