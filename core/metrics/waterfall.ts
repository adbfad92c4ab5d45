/** One subscription row: the account it belongs to and the ARR it carries while active. */
export interface Subscription {
  readonly account: string;
  /** First active day, as a day number (days since 1970-01-01). */
  readonly start: number;
  /** Last active day, or `undefined` while the subscription is still active. */
  readonly end: number | undefined;
  /** ARR while active. A credit row is negative and lowers its account's ARR. */
  readonly arr: number;
}

/** One account's ARR on the first and on the last day of the period. */
export interface AccountArr {
  starting: number;
  ending: number;
}

/** ARR movements over a period. Contraction and churned are magnitudes: a loss of 500 is 500. */
export interface ArrWaterfall {
  readonly starting: number;
  readonly expansion: number;
  readonly contraction: number;
  readonly churned: number;
  readonly new: number;
  readonly ending: number;
}

/**
 * Builds the ARR waterfall of a period from subscription rows. Starting + expansion −
 * contraction − churned + new = ending. `periodStart` and `periodEnd` are day numbers.
 */
export function arrWaterfall(
  subscriptions: Iterable<Subscription>,
  periodStart: number,
  periodEnd: number,
): ArrWaterfall {
  const accounts = new Map<string, AccountArr>();
  for (const subscription of subscriptions) {
    addSubscription(accounts, subscription, periodStart, periodEnd);
  }
  return summarizeWaterfall(accounts.values());
}

/**
 * Adds a subscription's ARR to its account's ARR on each end of the period. A subscription is
 * active on a day when start ≤ day ≤ end, so one ending on `periodStart` still counts there.
 */
export function addSubscription(
  accounts: Map<string, AccountArr>,
  subscription: Subscription,
  periodStart: number,
  periodEnd: number,
): AccountArr {
  let account = accounts.get(subscription.account);
  if (account === undefined) {
    account = { starting: 0, ending: 0 };
    accounts.set(subscription.account, account);
  }
  if (isActive(subscription, periodStart)) account.starting += subscription.arr;
  if (isActive(subscription, periodEnd)) account.ending += subscription.arr;
  return account;
}

/**
 * Sorts each account's change into the waterfall: an account that ends at 0 churned its
 * starting ARR, one that starts at 0 is new, and a retained account expanded or contracted
 * by the difference.
 */
export function summarizeWaterfall(accounts: Iterable<AccountArr>): ArrWaterfall {
  let [starting, expansion, contraction, churned, added, ending] = [0, 0, 0, 0, 0, 0];

  // NOTE: an account is churned or new only when its ARR is exactly 0. Credits that cancel its
  // subscriptions except for float rounding noise leave a tiny ARR, read as a contraction.
  for (const account of accounts) {
    starting += account.starting;
    ending += account.ending;
    if (account.starting > 0 && account.ending === 0) churned += account.starting;
    else if (account.starting === 0) added += account.ending;
    else if (account.ending > account.starting) expansion += account.ending - account.starting;
    else contraction += account.starting - account.ending;
  }
  return { starting, expansion, contraction, churned, new: added, ending };
}

function isActive(subscription: Subscription, day: number): boolean {
  return subscription.start <= day && (subscription.end === undefined || day <= subscription.end);
}
