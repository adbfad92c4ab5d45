/**
 * Direction in which a metric is better. `higher`: actual ÷ target. `lower`: 2 − actual ÷ target,
 * floored at 0, for churn, effort or days to onboard. `ratio`: target ÷ actual.
 */
export type Direction = 'higher' | 'lower' | 'ratio';

export const DIRECTIONS: readonly Direction[] = ['higher', 'lower', 'ratio'];

/**
 * Computes attainment as a fraction of target. For `lower`, each 1 % of target above goal
 * costs 1 % of attainment: target churn 8 %, actual 6 % gives 1.25; actual 10 % gives 0.75.
 * The caller makes sure the denominator (target, or actual for `ratio`) is not 0.
 */
export function computeAttainment(actual: number, target: number, direction: Direction): number {
  switch (direction) {
    case 'higher':
      return actual / target;
    case 'lower':
      return Math.max(0, 2 - actual / target);
    case 'ratio':
      return target / actual;
  }
}
