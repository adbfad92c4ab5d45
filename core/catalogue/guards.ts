import { divisionByZero, notAvailable } from '../errors.js';

/** Throws a division-by-zero error unless `denominator` is above 0. */
export function requireDenominator(
  functionName: string,
  denominator: number,
  what: string,
  scope: string,
): void {
  if (denominator > 0) return;
  throw divisionByZero(
    `${functionName}: ${what}${scope} is ${denominator === 0 ? '0 or blank' : denominator}, ` +
      `so the rate has no denominator. Enter ${what} above 0.`,
  );
}

/** Throws a not-available error when there are no responses to compute from. */
export function requireResponses(functionName: string, count: number, scope: string): void {
  if (count > 0) return;
  throw notAvailable(
    `${functionName}: scores${scope} has no responses, so there is nothing to compute. ` +
      `Select a range with at least one score.`,
  );
}
