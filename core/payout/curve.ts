/**
 * Mode in which tiers turn attainment into a payout factor. `marginal`: each rate applies to the part of
 * attainment inside its band, like tax brackets. `retroactive`: the rate of the highest band
 * reached applies to all of it. `points`: (attainment, factor) points joined by straight lines.
 */
export type CurveMode = 'marginal' | 'retroactive' | 'points';

export const CURVE_MODES: readonly CurveMode[] = ['marginal', 'retroactive', 'points'];

/** One row of a tier table: a band's lower bound and its rate, or a point of a `points` curve. */
export interface Tier {
  readonly from: number;
  readonly rate: number;
}

/** A payout curve: tiers sorted by `from`, with an optional threshold and cap. */
export interface Curve {
  readonly mode: CurveMode;
  readonly tiers: readonly Tier[];
  /** Attainment below this pays 0; at it, the curve pays. */
  readonly threshold?: number;
  /** Highest factor the curve pays. */
  readonly cap?: number;
}

/** A curve's result with the facts an explanation needs. */
export interface CurveResult {
  readonly factor: number;
  /** Factor before the cap. */
  readonly uncapped: number;
  /** Index of the highest tier reached, or -1 below the first tier. */
  readonly tierIndex: number;
  readonly belowThreshold: boolean;
  readonly capped: boolean;
}

/** Evaluates a curve at one attainment. Tiers must be sorted with distinct bounds. */
export function evaluateCurve(curve: Curve, attainment: number): CurveResult {
  const tierIndex = highestTierReached(curve.tiers, attainment);
  const belowThreshold = curve.threshold !== undefined && attainment < curve.threshold;
  const uncapped = belowThreshold ? 0 : curveFactor(curve, attainment, tierIndex);
  const capped = curve.cap !== undefined && uncapped > curve.cap;
  const factor = capped && curve.cap !== undefined ? curve.cap : uncapped;

  return { factor, uncapped, tierIndex, belowThreshold, capped };
}

function curveFactor(curve: Curve, attainment: number, tierIndex: number): number {
  if (tierIndex < 0) return 0;
  switch (curve.mode) {
    case 'marginal':
      return marginalFactor(curve.tiers, attainment);
    case 'retroactive':
      return (curve.tiers[tierIndex]?.rate ?? 0) * attainment;
    case 'points':
      return pointsFactor(curve.tiers, attainment, tierIndex);
  }
}

function highestTierReached(tiers: readonly Tier[], attainment: number): number {
  let index = -1;
  tiers.forEach((tier, position) => {
    if (attainment >= tier.from) index = position;
  });
  return index;
}

function marginalFactor(tiers: readonly Tier[], attainment: number): number {
  let factor = 0;
  tiers.forEach((tier, index) => {
    const bandEnd = Math.min(attainment, tiers[index + 1]?.from ?? Infinity);
    if (bandEnd > tier.from) factor += tier.rate * (bandEnd - tier.from);
  });
  return factor;
}

function pointsFactor(points: readonly Tier[], attainment: number, index: number): number {
  const left = points[index];
  const right = points[index + 1];
  if (left === undefined) return 0;
  if (right === undefined) return left.rate;

  const share = (attainment - left.from) / (right.from - left.from);
  return left.rate + share * (right.rate - left.rate);
}
