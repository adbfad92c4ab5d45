import { findMetric } from '../../core/index.js';

/**
 * Conversions between the plan's fractions and what the screens show. Weights, caps and the
 * targets of rate metrics show as percentages (0.92 → 92); NPS, money and days show as they are.
 */

/** Tells whether a metric's values show as percentages: GRR, NRR, churn, CSAT and other rates. */
export function isPercentMetric(metric: string): boolean {
  const scale = findMetric(metric)?.scale;
  return scale === 'share' || scale === 'retention';
}

/** Shows a fraction as a percentage without floating-point noise: 0.07 → "7", not "7.000000001". */
export function toPercentText(fraction: number | undefined): string {
  if (fraction === undefined || !Number.isFinite(fraction)) return '';
  return String(Number((fraction * 100).toPrecision(12)));
}

/** Reads a percentage typed in a field as a fraction; blank gives `undefined`. */
export function fromPercentText(text: string): number | undefined {
  if (text.trim() === '') return undefined;
  return Number(text) / 100;
}

/** Shows a metric value in the metric's unit: a percentage for rates, else the number. */
export function toMetricText(metric: string, value: number | undefined): string {
  if (value === undefined || !Number.isFinite(value)) return '';
  return isPercentMetric(metric) ? toPercentText(value) : String(value);
}

/** Reads a metric value typed in the metric's unit. */
export function fromMetricText(metric: string, text: string): number | undefined {
  if (text.trim() === '') return undefined;
  return isPercentMetric(metric) ? fromPercentText(text) : Number(text);
}

/** Labels a field with its unit: `Target (%)` for rates, `Target` otherwise. */
export function metricLabel(metric: string, label: string): string {
  return isPercentMetric(metric) ? `${label} (%)` : label;
}
