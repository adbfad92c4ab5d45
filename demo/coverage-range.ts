import { columnOf, type DemoExports } from './exports.js';
import type { Period } from './periods.js';

/**
 * Rejects a period the subscription export does not cover: one that starts before the first
 * subscription or after the last start date, where every CSM's figures would be empty.
 */
export function requireCoveredPeriod(exports: DemoExports, period: Period): void {
  const starts = columnOf(exports.subscriptions, 'start_date')
    .map((value) => String(value ?? ''))
    .filter((value) => value !== '')
    .sort();
  const [first, last] = [starts[0] ?? '', starts[starts.length - 1] ?? ''];
  if (period.start > first && period.start <= last) return;
  throw new Error(
    `The subscriptions in ${exports.subscriptions.file} start between ${first} and ${last}, ` +
      `so the period ${period.start} to ${period.end} has no starting ARR to measure. ` +
      `Choose a quarter that begins after ${first}, such as the default 2024-07-01 to 2024-09-30.`,
  );
}
