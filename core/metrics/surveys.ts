/**
 * Net promoter score from 0–10 responses: % promoters (9–10) − % detractors (0–6), from −100
 * to 100, unrounded. 100 promoters, 30 passives and 80 detractors give 9.5238. Each function
 * here divides by the number of responses, so an empty list gives NaN.
 */
export function netPromoterScore(scores: readonly number[]): number {
  const promoters = scores.filter((score) => score >= 9).length;
  const detractors = scores.filter((score) => score <= 6).length;
  return ((promoters - detractors) / scores.length) * 100;
}

/** Customer satisfaction: the share of responses at or above `satisfiedMin`, not a mean. */
export function customerSatisfaction(scores: readonly number[], satisfiedMin: number): number {
  return scores.filter((score) => score >= satisfiedMin).length / scores.length;
}

/** Customer effort score: the mean response. */
export function customerEffortScore(scores: readonly number[]): number {
  return scores.reduce((sum, score) => sum + score, 0) / scores.length;
}
