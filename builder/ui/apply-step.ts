import { validatePlan } from '../../core/index.js';
import { GROWTH_ROWS, planApplication } from '../apply/application.js';
import { resolveSheetNames, type SheetPlan } from '../apply/replace.js';
import { writeApplication } from '../apply/run.js';
import { repsNameProblem } from '../people/names.js';
import type { StepContext } from './app.js';
import { button, h } from './dom.js';
import { errorText, stepHeading } from './step-parts.js';

/**
 * Renders the apply step: which sheets will be written, a confirmation before replacing the
 * builder's earlier sheets (kept as previous-version copies), and the write itself.
 */
export function renderApplyStep(section: HTMLElement, context: StepContext): void {
  const { store } = context;
  const body = h('div');
  const result = h('div', { role: 'status' });
  section.append(stepHeading('apply', 'Apply'), body, result);

  const blocker = readiness(context);
  if (blocker !== undefined) {
    body.replaceChildren(h('p', { class: 'error' }, blocker));
    return;
  }
  void store.port.listSheets().then(
    (sheets) => {
      store.update({ sheets });
      drawPlan(resolveSheetNames(sheets));
    },
    (error) =>
      body.replaceChildren(
        h('p', { class: 'error' }, `Could not list the sheets: ${errorText(error)}`),
      ),
  );

  function drawPlan(target: SheetPlan): void {
    const { plan, mapping, reps, period } = store.state;
    const application = planApplication(mapping, plan, {
      dialect: store.port.dialect,
      reps,
      period,
      sheetNames: target.names,
      extraDataRows: GROWTH_ROWS[store.port.dialect],
    });
    const manual = application.payouts.manualColumns;
    const write = button(
      'Write plan and payouts',
      () => (target.replacing.length > 0 ? confirm() : run()),
      { class: 'primary' },
    );
    body.replaceChildren(
      h(
        'ul',
        { class: 'targets' },
        ...[target.names.plan, target.names.payouts].map((name) =>
          h(
            'li',
            {},
            `${name}: ${target.replacing.includes(name) ? 'replaces the earlier version, which is kept as a copy' : 'new sheet'}`,
          ),
        ),
      ),
      ...target.renamed.map((entry) =>
        h(
          'p',
          { class: 'hint' },
          `A sheet you made is named "${entry.wanted}", so the builder leaves it alone and writes "${entry.used}".`,
        ),
      ),
      ...(manual.length === 0
        ? []
        : [
            h(
              'p',
              { class: 'hint' },
              `No data column for ${manual.join(', ')}: type each rep's value into that column after writing.`,
            ),
          ]),
      h('div', { class: 'actions' }, write),
    );

    function confirm(): void {
      const question = h(
        'div',
        { class: 'confirm', role: 'alertdialog', 'aria-labelledby': 'cs-confirm-text' },
        h(
          'p',
          { id: 'cs-confirm-text' },
          `Replace ${target.replacing.map((name) => `"${name}"`).join(' and ')}? The current versions are kept as copies named "… (previous)".`,
        ),
        button('Replace and keep a copy', () => void run(), { class: 'primary' }),
        button('Cancel', () => drawPlan(target)),
      );
      body.replaceChildren(question);
      question.querySelector('button')?.focus();
    }

    async function run(): Promise<void> {
      result.textContent = 'Writing…';
      try {
        const copies = await writeApplication(store.port, application, target.replacing);
        store.update({ sheets: await store.port.listSheets() });
        const notes = copies
          .map((entry) => ` Kept the earlier "${entry.sheet}" as "${entry.copy}".`)
          .join('');
        result.textContent = `Wrote "${target.names.plan}" and "${target.names.payouts}".${notes} Payouts now recalculate when the data changes.`;
        drawPlan(resolveSheetNames(store.state.sheets));
      } catch (error) {
        result.textContent = `Could not write the sheets: ${errorText(error)}`;
      }
    }
  }
}

/** Returns why Apply cannot run yet, or `undefined` when it can. */
function readiness(context: StepContext): string | undefined {
  const { plan, reps } = context.store.state;
  if (plan.components.length === 0) return 'Pick a template in the plan step first.';
  const issues = validatePlan(plan).length;
  if (issues > 0)
    return `The plan has ${issues} ${issues === 1 ? 'problem' : 'problems'}. Fix them in the plan step first.`;
  if (reps.length === 0) return 'Add reps in the people step first.';
  return repsNameProblem(reps);
}
