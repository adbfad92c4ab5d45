/** Weighting and range of one health signal: its weight, and the values that score 0 and 100. */
export interface HealthSignal {
  readonly weight: number;
  /** The value that scores 0. A low above the high means lower values are better. */
  readonly low: number;
  /** The value that scores 100. */
  readonly high: number;
}

/**
 * Scales a signal value to 0–100 between its low and high, clamped at both ends. With low 0
 * and high 200, a value of 150 scores 75 and 300 scores 100; with low 30 and high 0 (fewer
 * open tickets is better), 6 tickets score 80.
 */
export function scaleSignal(value: number, low: number, high: number): number {
  const scaled = ((value - low) / (high - low)) * 100;
  return Math.min(100, Math.max(0, scaled));
}

/**
 * Computes one account's health score: the weighted mean of its scaled signals, from 0 to
 * 100. A signal that is `undefined` drops out and the weights of the others are renormalised:
 * weights 3, 2, 1 and scores 80, 60, 40 give 66.667, and without the third signal 72.
 * Returns `undefined` when no signal with a weight above 0 is present.
 */
export function healthScore(
  values: readonly (number | undefined)[],
  signals: readonly HealthSignal[],
): number | undefined {
  let weighted = 0;
  let totalWeight = 0;

  signals.forEach((signal, index) => {
    const value = values[index];
    if (value === undefined || signal.weight === 0) return;
    weighted += signal.weight * scaleSignal(value, signal.low, signal.high);
    totalWeight += signal.weight;
  });

  return totalWeight > 0 ? weighted / totalWeight : undefined;
}
