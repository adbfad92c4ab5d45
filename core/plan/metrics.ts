import type { Direction } from '../payout/attainment.js';
import { normalizeKey } from '../values/groups.js';

/**
 * Range of values a metric can take, for catching a value typed in the wrong unit. `share`: a
 * fraction from 0 to 1 (GRR, churn, CSAT). `retention`: a fraction that may exceed 1 (NRR).
 * `score`: NPS, −100 to 100. `points`: a 0–100 score. `effort`: a mean on a 1–7 scale.
 * `amount`: money. `days`: a duration.
 */
export type MetricScale = 'share' | 'retention' | 'score' | 'points' | 'effort' | 'amount' | 'days';

/** A metric a plan can pay on. */
export interface MetricDefinition {
  readonly id: string;
  readonly label: string;
  readonly direction: Direction;
  readonly scale: MetricScale;
  /** Other names a data column or a plan cell may use for it, matched ignoring case. */
  readonly aliases: readonly string[];
}

export const METRICS: readonly MetricDefinition[] = [
  metric('nrr', 'NRR', 'higher', 'retention', [
    'net revenue retention',
    'ndr',
    'net dollar retention',
  ]),
  metric('grr', 'GRR', 'higher', 'share', [
    'gross revenue retention',
    'gdr',
    'gross dollar retention',
  ]),
  metric('logo_retention', 'Logo retention', 'higher', 'share', ['logo retention rate']),
  metric('churn_rate', 'Churn rate', 'lower', 'share', ['churn', 'logo churn', 'revenue churn']),
  metric('renewal_rate', 'Renewal rate', 'higher', 'share', ['renewals']),
  metric('nps', 'NPS', 'higher', 'score', ['net promoter score']),
  metric('csat', 'CSAT', 'higher', 'share', ['customer satisfaction']),
  metric('onboarding_csat', 'Onboarding CSAT', 'higher', 'share', []),
  metric('ces', 'CES', 'lower', 'effort', ['customer effort score', 'customer effort']),
  metric('health', 'Health score', 'higher', 'points', ['health', 'customer health']),
  metric('expansion_arr', 'Expansion ARR', 'higher', 'amount', ['expansion', 'upsell arr']),
  metric('upsell_rate', 'Upsell rate', 'higher', 'share', ['upsell']),
  metric('time_to_onboard', 'Time to onboard', 'lower', 'days', [
    'days to onboard',
    'onboarding days',
  ]),
  metric('clv', 'CLV', 'higher', 'amount', ['lifetime value', 'customer lifetime value', 'ltv']),
];

/** Finds a metric by id, label or alias, ignoring case, spaces and underscores. */
export function findMetric(name: string): MetricDefinition | undefined {
  const wanted = simplify(name);
  return METRICS.find((candidate) =>
    [candidate.id, candidate.label, ...candidate.aliases].some(
      (known) => simplify(known) === wanted,
    ),
  );
}

function simplify(name: string): string {
  return normalizeKey(name).replace(/[\s_-]+/g, ' ');
}

function metric(
  id: string,
  label: string,
  direction: Direction,
  scale: MetricScale,
  aliases: readonly string[],
): MetricDefinition {
  return { id, label, direction, scale, aliases };
}
