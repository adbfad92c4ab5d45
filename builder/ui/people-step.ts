import { formatMoney, ROLE_TEMPLATES } from '../../core/index.js';
import { hasFields } from '../data/columns.js';
import { ownerReps, rosterReps } from '../people/defaults.js';
import type { Rep } from '../people/reps.js';
import type { StepContext } from './app.js';
import { button, field, h, input, select } from './dom.js';
import { nextButton, stepHeading } from './step-parts.js';

/** Renders the people step: where the reps come from, and each rep's role, incentive and dates. */
export function renderPeopleStep(section: HTMLElement, context: StepContext): void {
  const { store } = context;
  const list = h('div', { class: 'reps' });
  const summary = h('p', { class: 'summary', 'aria-live': 'polite' });
  const renderList = () => {
    list.replaceChildren(
      ...store.state.reps.map((rep, index) => repFieldset(rep, index, context, renderSummary)),
    );
    renderSummary();
  };
  const renderSummary = () => {
    const reps = store.state.reps;
    const pool = reps.reduce((total, rep) => total + (rep.targetIncentive ?? 0), 0);
    const missing = reps.filter((rep) => rep.targetIncentive === undefined).length;
    summary.textContent =
      `${reps.length} reps, target incentives ${formatMoney(pool)} in all` +
      (missing > 0 ? `; ${missing} without a target incentive.` : '.');
  };
  const load = (reps: Rep[]) => {
    store.update({ reps });
    renderList();
  };

  const hasRoster = hasFields(store.state.mapping, 'roster', 'rep');
  const hasOwners = hasFields(store.state.mapping, 'accounts', 'owner');
  const everyone = field(
    'Target incentive for every rep',
    input('number', '', { min: '0', step: '100' }),
  );
  section.append(
    stepHeading('people', 'People'),
    h(
      'p',
      { class: 'hint' },
      'Reps come from the roster sheet, or from the owners in the accounts data.',
    ),
    h(
      'div',
      { class: 'actions' },
      hasRoster && button('Load from roster', () => load(fromRoster(context))),
      hasOwners && button('Start from owners', () => load(fromOwners(context))),
    ),
    everyone.wrapper,
    button('Set for every rep', () => {
      const amount = everyone.control.valueAsNumber;
      if (Number.isFinite(amount))
        load(store.state.reps.map((rep) => ({ ...rep, targetIncentive: amount })));
    }),
    summary,
    list,
    nextButton('Next: plan', () => context.go('plan')),
  );
  renderList();
}

function repFieldset(
  rep: Rep,
  index: number,
  context: StepContext,
  changed: () => void,
): HTMLElement {
  const { store } = context;
  const update = (patch: { [Key in keyof Rep]?: Rep[Key] | undefined }) => {
    const reps = [...store.state.reps];
    reps[index] = withoutBlankDates({ ...(reps[index] ?? rep), ...patch });
    store.update({ reps });
    changed();
  };
  const role = field(`Role of ${rep.name}`, select(roleOptions(context, rep.role), rep.role));
  role.control.addEventListener('change', () => update({ role: role.control.value }));
  const incentive = field(
    `Target incentive of ${rep.name}`,
    input('number', rep.targetIncentive === undefined ? '' : String(rep.targetIncentive), {
      min: '0',
      step: '100',
    }),
  );
  incentive.control.addEventListener('input', () => {
    const amount = incentive.control.valueAsNumber;
    update({ targetIncentive: Number.isFinite(amount) ? amount : undefined });
  });
  const from = field(
    `${rep.name} employed from`,
    input('date', rep.employedFrom ?? ''),
    'Blank: before the period.',
  );
  from.control.addEventListener('change', () =>
    update({ employedFrom: from.control.value || undefined }),
  );
  const to = field(
    `${rep.name} employed to`,
    input('date', rep.employedTo ?? ''),
    'Blank: still employed.',
  );
  to.control.addEventListener('change', () =>
    update({ employedTo: to.control.value || undefined }),
  );
  return h(
    'fieldset',
    { class: 'rep' },
    h('legend', {}, rep.name),
    role.wrapper,
    incentive.wrapper,
    from.wrapper,
    to.wrapper,
  );
}

/** Drops proration dates cleared by the user, since a `Rep` leaves them out rather than blank. */
function withoutBlankDates(rep: { [Key in keyof Rep]?: Rep[Key] | undefined }): Rep {
  const { employedFrom, employedTo, ...rest } = rep;
  return {
    name: rest.name ?? '',
    role: rest.role ?? '',
    targetIncentive: rest.targetIncentive,
    ...(employedFrom ? { employedFrom } : {}),
    ...(employedTo ? { employedTo } : {}),
  };
}

function roleOptions(context: StepContext, current: string): [string, string][] {
  const roles = [
    ...context.store.state.plan.components.map((component) => component.role),
    ...ROLE_TEMPLATES.map((template) => template.role),
    current,
  ];
  return [...new Set(roles.filter((role) => role !== ''))].map((role) => [role, role]);
}

function defaultRole(context: StepContext): string {
  return context.store.state.plan.components[0]?.role ?? 'CSM';
}

function fromRoster(context: StepContext): Rep[] {
  return rosterReps(context.store.state, defaultRole(context));
}

function fromOwners(context: StepContext): Rep[] {
  return ownerReps(context.store.state, defaultRole(context));
}
