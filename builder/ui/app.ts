import { guessSheets } from '../data/mapping.js';
import { mapSheet } from '../data/guess.js';
import type { DataMapping } from '../data/mapping.js';
import type { SourceId } from '../data/fields.js';
import type { WorkbookPort } from '../port.js';
import { startingReps } from '../people/defaults.js';
import { reopenPlan } from '../reopen.js';
import { h } from './dom.js';
import { renderApplyStep } from './apply-step.js';
import { renderDataStep } from './data-step.js';
import { renderPeopleStep } from './people-step.js';
import { renderPlanStep } from './plan-step.js';
import { renderPreviewStep } from './preview-step.js';
import { quarterOf, STEPS, Store, type StepId } from './store.js';

/** Arguments of each step's renderer: the store, and a way to move to another step. */
export interface StepContext {
  readonly store: Store;
  readonly go: (step: StepId) => void;
  readonly status: (text: string) => void;
}

const RENDERERS: Record<StepId, (section: HTMLElement, context: StepContext) => void> = {
  data: renderDataStep,
  people: renderPeopleStep,
  plan: renderPlanStep,
  preview: renderPreviewStep,
  apply: renderApplyStep,
};

/**
 * Mounts the plan builder in `root` and loads the workbook through `port`: the sheets, a
 * guessed mapping of the data, and the builder's earlier plan when there is one.
 */
export async function mountBuilder(root: HTMLElement, port: WorkbookPort): Promise<void> {
  const status = h('p', { class: 'status', role: 'status' });
  const tabs = new Map<StepId, HTMLButtonElement>();
  const main = h('div', { class: 'step' });
  const store = new Store(
    {
      sheets: [],
      rows: new Map(),
      mapping: {},
      reps: [],
      plan: { components: [] },
      period: quarterOf(new Date()),
    },
    port,
  );
  const context: StepContext = { store, go, status: (text) => (status.textContent = text) };
  const nav = h(
    'nav',
    { 'aria-label': 'Steps' },
    h(
      'ol',
      {},
      ...STEPS.map((step, index) => {
        const tab = h(
          'button',
          { type: 'button', 'data-step': step.id },
          `${index + 1} ${step.label}`,
        );
        tab.addEventListener('click', () => go(step.id));
        tabs.set(step.id, tab);
        return h('li', {}, tab);
      }),
    ),
  );
  root.replaceChildren(
    h('div', { class: 'cs-builder' }, h('h1', {}, 'Plan builder'), nav, status, main),
  );

  function go(step: StepId): void {
    for (const [id, tab] of tabs) {
      if (id === step) tab.setAttribute('aria-current', 'step');
      else tab.removeAttribute('aria-current');
    }
    const section = h('section', { 'aria-labelledby': `cs-step-${step}` });
    main.replaceChildren(section);
    RENDERERS[step](section, context);
    section.querySelector<HTMLElement>('h2')?.focus();
  }

  context.status('Reading the workbook…');
  try {
    await load(store);
    context.status(
      store.state.reopened ? `Opened the plan in "${store.state.reopened.planSheet}".` : '',
    );
  } catch (error) {
    context.status(
      `Could not read the workbook: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
  go('data');
}

/** Lists the sheets, maps the likeliest data sheets, and reads back an earlier plan. */
async function load(store: Store): Promise<void> {
  const sheets = await store.port.listSheets();
  store.update({ sheets });
  const mapping: DataMapping = {};
  for (const [source, sheet] of Object.entries(guessSheets(sheets)) as [SourceId, string][]) {
    mapping[source] = mapSheet(source, sheet, await store.sheetRows(sheet));
  }
  store.update({ mapping });

  const reopened = await reopenPlan(store.port);
  if (reopened === undefined || reopened.reps.length === 0) {
    store.update({ reps: startingReps(store.state, reopened?.plan.components[0]?.role ?? 'CSM') });
  }
  if (reopened === undefined) return;
  store.update({
    reopened,
    plan: reopened.plan,
    ...(reopened.reps.length === 0 ? {} : { reps: reopened.reps }),
    ...(reopened.period === undefined ? {} : { period: reopened.period }),
  });
}
