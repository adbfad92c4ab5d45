import { formatMoney, formatPercent, validatePlan } from '../../core/index.js';
import { computePreview } from '../metrics/preview.js';
import { h } from './dom.js';
import type { BuilderState, Store } from './store.js';

/** Wait after the last change before recomputing, so typing stays fluid. */
export const RECOMPUTE_DELAY_MS = 150;

/**
 * Shows what the plan would pay in all, recomputed shortly after each change to the plan,
 * the period or the reps, so the plan step shows the effect of an edit as it is typed.
 */
export function liveCost(store: Store): HTMLElement {
  const line = h('p', { class: 'live-cost', 'aria-live': 'polite' });
  let timer: ReturnType<typeof setTimeout> | undefined;
  const draw = () => (line.textContent = costText(store.state));
  const unsubscribe = store.subscribe((_, changed) => {
    if (!line.isConnected) return unsubscribe();
    if (!['plan', 'period', 'reps', 'mapping', 'rows'].some((key) => changed.has(key as never))) {
      return undefined;
    }
    clearTimeout(timer);
    timer = setTimeout(draw, RECOMPUTE_DELAY_MS);
  });
  draw();
  return line;
}

function costText(state: BuilderState): string {
  const { plan, mapping, rows, reps, period } = state;
  if (plan.components.length === 0 || validatePlan(plan).length > 0) {
    return 'The payout preview appears once the plan is valid.';
  }
  if (reps.length === 0) return 'Add reps in the people step to preview payouts.';
  const preview = computePreview(plan, { mapping, sheets: rows, reps, period });
  const paid = preview.reps.filter((rep) => rep.payout !== undefined).length;
  const share =
    preview.cost.pool > 0
      ? `, ${formatPercent(preview.cost.total / preview.cost.pool)} of the target pool`
      : '';
  return `Preview: ${formatMoney(preview.cost.total)} for ${paid} of ${reps.length} reps${share}.`;
}
