import { formatMoney, formatNumber, formatPercent } from '../money/format.js';
import { findMetric } from '../plan/metrics.js';
import type { ComponentPayout, Payout } from './calculate.js';

/**
 * Renders a payout as lines a rep can follow, one block per component (attainment, threshold,
 * tier, gate, modifier, cap, rounding) and a total that is the sum of the printed amounts.
 */
export function explainPayout(payout: Payout): string[] {
  const lines = [`Role ${payout.role}, target incentive ${formatMoney(payout.targetIncentive)}.`];
  for (const component of payout.components) lines.push(...explainComponent(component, payout));

  const parts = payout.components.map((component) => formatMoney(component.amount)).join(' + ');
  lines.push(`Total: ${parts} = ${formatMoney(payout.total)}.`);
  return lines;
}

function explainComponent(payout: ComponentPayout, whole: Payout): string[] {
  const { component, curve } = payout;
  const label = findMetric(component.metric)?.label ?? component.metric;
  const lines = [
    `${component.name} (${formatPercent(component.weight)} of target incentive): ` +
      `${label} ${formatMetric(component.metric, payout.actual)} against target ` +
      `${formatMetric(component.metric, component.target)}, ${component.direction} is better, ` +
      `attainment ${formatPercent(payout.attainment)}.`,
  ];

  if (payout.thresholdAttainment !== undefined) {
    const met = curve.belowThreshold ? 'not reached, so the curve pays 0' : 'reached';
    lines.push(`  Threshold ${formatMetric(component.metric, component.threshold ?? 0)}: ${met}.`);
  }
  if (!curve.belowThreshold) lines.push(`  ${describeCurve(payout)}`);
  if (payout.gate !== undefined) {
    const verdict = payout.gate.met ? 'met' : 'not met, so this component pays 0';
    lines.push(
      `  Gate: ${payout.gate.metric} ${formatNumber(payout.gate.value)} against a minimum of ${formatNumber(component.gate?.minimum ?? 0)}, ${verdict}.`,
    );
  }
  for (const modifier of payout.modifiers) {
    lines.push(
      `  Modifier (${modifier.scope}): ${modifier.metric} ${formatNumber(modifier.value)} falls in the band from ${formatNumber(modifier.bandFrom ?? 0)}, × ${formatNumber(modifier.factor)}.`,
    );
  }
  if (component.cap !== undefined) {
    const state = payout.capped ? 'reached, factor limited to the cap' : 'not reached';
    lines.push(`  Cap ${formatPercent(component.cap)} (${component.capTiming}): ${state}.`);
  }
  lines.push(
    `  Payout: ${formatMoney(whole.targetIncentive)} × ${formatPercent(component.weight)} × ` +
      `${formatNumber(payout.factor)} = ${formatNumber(payout.unrounded)}, rounded to ${formatMoney(payout.amount)}.`,
  );
  return lines;
}

function describeCurve(payout: ComponentPayout): string {
  const { mode, tiers } = payout.component.curve;
  const tier = tiers[payout.curve.tierIndex];
  if (tier === undefined) return `Curve (${mode}): attainment is below the first tier, factor 0.`;
  const where = `tier ${payout.curve.tierIndex + 1} (from ${formatPercent(tier.from)})`;
  const rate =
    mode === 'points'
      ? `point factor ${formatNumber(tier.rate)}`
      : `rate ${formatNumber(tier.rate)}`;
  return `Curve (${mode}): ${where}, ${rate}, factor ${formatNumber(payout.curve.factor)}.`;
}

function formatMetric(metric: string, value: number): string {
  const scale = findMetric(metric)?.scale;
  if (scale === 'share' || scale === 'retention') return formatPercent(value);
  if (scale === 'amount') return formatMoney(value);
  return formatNumber(value);
}
