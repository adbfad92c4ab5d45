/** ARR movements of a cohort over a period. Losses are magnitudes: a churn of 500 is 500. */
export interface RetentionMovements {
  readonly starting: number;
  readonly expansion: number;
  readonly contraction: number;
  readonly churned: number;
}

/**
 * Net revenue retention: (starting + expansion − contraction − churned) ÷ starting. New logos
 * are not part of the cohort. Starting 2,000,000, +300,000, −50,000, −100,000 gives 1.075.
 */
export function netRevenueRetention(movements: RetentionMovements): number {
  const { starting, expansion, contraction, churned } = movements;
  return (starting + expansion - contraction - churned) / starting;
}

/**
 * Gross revenue retention: (starting − contraction − churned) ÷ starting, kept within 0 to 1
 * because expansion never counts and a cohort cannot lose more than it had.
 */
export function grossRevenueRetention(movements: Omit<RetentionMovements, 'expansion'>): number {
  const { starting, contraction, churned } = movements;
  const retention = (starting - contraction - churned) / starting;
  return Math.min(1, Math.max(0, retention));
}

/**
 * Converts a churn rate over a short period to a longer one by compounding, not multiplying:
 * 5 % a month is 1 − 0.95¹² = 45.96 % a year, where ×12 would give 60 %.
 */
export function compoundChurn(periodRate: number, periods: number): number {
  return 1 - Math.pow(1 - periodRate, periods);
}
