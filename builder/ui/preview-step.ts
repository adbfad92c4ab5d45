import { computePreview } from '../metrics/preview.js';
import type { StepContext } from './app.js';
import { h } from './dom.js';
import { RECOMPUTE_DELAY_MS } from './live-cost.js';
import { costSummary, repDetails } from './preview-view.js';
import { errorText, nextButton, stepHeading } from './step-parts.js';

/**
 * Renders the preview step: the plan's cost and, per rep, metrics, attainment, payout and the
 * explanation. It recomputes whenever the data, reps, plan or period change while it is shown.
 */
export function renderPreviewStep(section: HTMLElement, context: StepContext): void {
  const { store } = context;
  const body = h('div', { 'aria-live': 'polite', 'aria-busy': 'false' });
  let timer: ReturnType<typeof setTimeout> | undefined;

  const draw = () => {
    const { plan, mapping, rows, reps, period } = store.state;
    if (plan.components.length === 0)
      return body.replaceChildren(h('p', {}, 'Pick a template in the plan step first.'));
    if (reps.length === 0)
      return body.replaceChildren(h('p', {}, 'Add reps in the people step first.'));
    try {
      const preview = computePreview(plan, { mapping, sheets: rows, reps, period });
      const problems = preview.reps.filter((rep) => rep.problem !== undefined).length;
      const note = `${problems} of ${reps.length} reps cannot be paid yet; open a rep to see why.`;
      body.replaceChildren(
        costSummary(preview),
        ...(problems === 0 ? [] : [h('p', { class: 'error' }, note)]),
        h(
          'div',
          { class: 'rep-list' },
          ...preview.reps.map((rep) => repDetails(rep, preview.columns)),
        ),
      );
    } catch (error) {
      body.replaceChildren(h('p', { class: 'error' }, `The preview failed: ${errorText(error)}`));
    }
  };
  const unsubscribe = store.subscribe((_, changed) => {
    if (!section.isConnected) return unsubscribe();
    if (!['plan', 'reps', 'mapping', 'period', 'rows'].some((key) => changed.has(key as never)))
      return;
    clearTimeout(timer);
    timer = setTimeout(draw, RECOMPUTE_DELAY_MS);
  });

  section.append(
    stepHeading('preview', 'Preview'),
    body,
    nextButton('Next: apply', () => context.go('apply')),
  );
  draw();
}
