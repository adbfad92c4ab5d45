import { ROLE_TEMPLATES, type Plan, type PlanComponent } from '../../core/index.js';

/** Puts a template's components in the plan, replacing that role's components if present. */
export function withTemplate(plan: Plan, role: string): Plan {
  const template = ROLE_TEMPLATES.find((candidate) => candidate.role === role);
  if (template === undefined) return plan;
  const others = plan.components.filter(
    (component) => component.role.toLowerCase() !== role.toLowerCase(),
  );
  return { components: [...others, ...template.components] };
}

/** Returns the plan with the component at `index` replaced. */
export function replaceAt(plan: Plan, index: number, component: PlanComponent): Plan {
  return { components: plan.components.map((old, at) => (at === index ? component : old)) };
}

/** Returns the plan without the component at `index`. */
export function removeAt(plan: Plan, index: number): Plan {
  return { components: plan.components.filter((_, at) => at !== index) };
}

/** Makes a component to start from when a role gets one more. */
export function newComponent(role: string): PlanComponent {
  return {
    role,
    name: 'New component',
    metric: 'grr',
    weight: 0.1,
    direction: 'higher',
    target: 0.9,
    curve: { mode: 'marginal', tiers: [{ from: 0, rate: 1 }] },
    capTiming: 'before modifier',
  };
}
