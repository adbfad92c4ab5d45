import type { CurveMode, Tier } from './curve.js';

/** A problem with one tier of a curve, by its 0-based position. */
export interface TierProblem {
  readonly index: number;
  readonly field: 'from' | 'rate';
  readonly message: string;
}

/**
 * Lists every problem of a tier table: bounds that are not strictly increasing (out of order or
 * overlapping), negative rates, and rates that fall in `retroactive` or `points` mode, where a
 * falling rate would pay less for higher attainment.
 */
export function findTierProblems(tiers: readonly Tier[], mode: CurveMode): TierProblem[] {
  const problems: TierProblem[] = [];
  if (tiers.length === 0) {
    return [{ index: 0, field: 'from', message: 'The curve has no tiers. Add at least one row.' }];
  }

  tiers.forEach((tier, index) => {
    const previous = tiers[index - 1];
    if (tier.rate < 0) {
      problems.push({
        index,
        field: 'rate',
        message: `Rate ${tier.rate} is negative. Enter 0 or more.`,
      });
    }
    if (previous === undefined) return;
    if (tier.from <= previous.from) {
      problems.push({
        index,
        field: 'from',
        message:
          `Tier ${index + 1} starts at ${tier.from}, not above tier ${index} (${previous.from}). ` +
          `List tiers in increasing order with no repeated bound.`,
      });
    }
    if (mode !== 'marginal' && tier.rate < previous.rate) {
      problems.push({
        index,
        field: 'rate',
        message:
          `Tier ${index + 1} pays ${tier.rate}, less than tier ${index} (${previous.rate}), so ` +
          `higher attainment would pay less. Make the ${mode === 'points' ? 'payouts' : 'rates'} non-decreasing.`,
      });
    }
  });
  return problems;
}

/**
 * Lists the problems of a payout curve's tiers: those of `findTierProblems`, plus bounds below
 * 0, since attainment is never negative and a retroactive rate times a negative bound would
 * pay a negative factor. Modifier bands use `findTierProblems` alone, as NPS bands go below 0.
 */
export function findCurveProblems(tiers: readonly Tier[], mode: CurveMode): TierProblem[] {
  const negative = tiers.flatMap((tier, index) =>
    tier.from < 0
      ? [
          {
            index,
            field: 'from' as const,
            message: `Tier ${index + 1} starts at ${tier.from}, below 0. Start the first tier at 0 or above.`,
          },
        ]
      : [],
  );
  return [...negative, ...findTierProblems(tiers, mode)];
}
