import { ROLE_TEMPLATES, validatePlan, type Plan } from '../../core/index.js';
import type { StepContext } from './app.js';
import { componentEditor, type ComponentEditor } from './component-editor.js';
import { button, field, h, input, select } from './dom.js';
import { liveCost } from './live-cost.js';
import { issueSummary, showIssues } from './plan-issues.js';
import { newComponent, removeAt, replaceAt, withTemplate } from './plan-edits.js';
import { errorText, nextButton, stepHeading } from './step-parts.js';
import { reopenPlan } from '../reopen.js';

/** Renders the plan step: the period, role templates, each component's editor and validation. */
export function renderPlanStep(section: HTMLElement, context: StepContext): void {
  const { store } = context;
  const summary = h('div', { class: 'issues', 'aria-live': 'polite' });
  const roles = h('div');
  let editors: ComponentEditor[] = [];

  const validate = () => {
    const issues = validatePlan(store.state.plan);
    showIssues(issues, editors);
    summary.replaceChildren(...issueSummary(issues));
  };
  const setPlan = (plan: Plan, redraw: boolean) => {
    store.update({ plan });
    if (redraw) drawComponents();
    else validate();
  };
  const drawComponents = () => {
    const components = store.state.plan.components;
    editors = components.map((component, index) =>
      componentEditor(component, {
        change: (next, redraw) => setPlan(replaceAt(store.state.plan, index, next), redraw),
        remove: () => setPlan(removeAt(store.state.plan, index), true),
      }),
    );
    const names = [...new Set(components.map((component) => component.role))];
    roles.replaceChildren(
      ...names.map((role) =>
        h(
          'div',
          { class: 'role' },
          h('h3', {}, role),
          ...editors.filter((_, index) => components[index]?.role === role).map((e) => e.element),
          button(`Add a component to ${role}`, () =>
            setPlan({ components: [...store.state.plan.components, newComponent(role)] }, true),
          ),
        ),
      ),
    );
    validate();
  };

  section.append(
    stepHeading('plan', 'Plan'),
    ...reopenedNotes(context),
    ...periodFields(context),
    templatePicker((role) => setPlan(withTemplate(store.state.plan, role), true)),
    summary,
    liveCost(store),
    roles,
    nextButton('Next: preview', () => context.go('preview')),
  );
  drawComponents();
}

/**
 * Offers to read the plan back from the workbook, hand edits included, and lists the problems
 * found there with their cells while the plan shown is still the one read.
 */
function reopenedNotes(context: StepContext): Node[] {
  const { store } = context;
  const reopened = store.state.reopened;
  const read = button('Read the plan from the workbook', () => {
    context.status('Reading the plan…');
    void reopenPlan(store.port).then(
      (found) => {
        if (found === undefined) return context.status('No plan sheet written by CS Comp yet.');
        store.update({
          reopened: found,
          plan: found.plan,
          ...(found.period ? { period: found.period } : {}),
        });
        context.status(`Read the plan from "${found.planSheet}".`);
        context.go('plan');
      },
      (error) => context.status(`Could not read the plan: ${errorText(error)}`),
    );
  });
  if (reopened === undefined || reopened.plan !== store.state.plan) return [read];
  const note = h('p', { class: 'hint' }, `Read back from the sheet "${reopened.planSheet}".`);
  if (reopened.issues.length === 0) return [read, note];
  const issues = h('div', { class: 'issues', role: 'alert' }, ...issueSummary(reopened.issues));
  return [read, note, issues];
}

function periodFields(context: StepContext): HTMLElement[] {
  const { store } = context;
  const start = field('Period start', input('date', store.state.period.start));
  const end = field('Period end', input('date', store.state.period.end));
  start.control.addEventListener('change', () =>
    store.update({ period: { ...store.state.period, start: start.control.value } }),
  );
  end.control.addEventListener('change', () =>
    store.update({ period: { ...store.state.period, end: end.control.value } }),
  );
  return [h('div', { class: 'pair' }, start.wrapper, end.wrapper)];
}

function templatePicker(use: (role: string) => void): HTMLElement {
  const picker = field(
    'Role template',
    select(
      ROLE_TEMPLATES.map((t) => [t.role, t.role]),
      'CSM',
    ),
    'Adds the role with usual defaults, or resets it.',
  );
  return h(
    'div',
    { class: 'template' },
    picker.wrapper,
    button('Use template', () => use(picker.control.value)),
  );
}
