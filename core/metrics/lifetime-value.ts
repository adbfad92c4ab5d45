/**
 * Customer lifetime value: ARPA × gross margin × (1 + d) ÷ (d + churn), where d is the discount
 * rate per period. With d = 0 it is ARPA × margin ÷ churn: 100 × 0.8 ÷ 0.05 = 1,600.
 */
export function customerLifetimeValue(
  averageRevenuePerAccount: number,
  grossMargin: number,
  churnRate: number,
  discountRate: number,
): number {
  return (averageRevenuePerAccount * grossMargin * (1 + discountRate)) / (discountRate + churnRate);
}
