import type { PlanComponent } from './types.js';

/** A starting plan for a role, with the pay mix common for it. */
export interface RoleTemplate {
  readonly role: string;
  /** Variable share of on-target earnings: 0.2 for an 80/20 mix. */
  readonly variableShare: number;
  readonly components: readonly PlanComponent[];
}

const LINEAR = { mode: 'marginal', tiers: [{ from: 0, rate: 1 }] } as const;
/** Pays 1× up to target and 1.5× for each point above it. */
const ACCELERATED = {
  mode: 'marginal',
  tiers: [
    { from: 0, rate: 1 },
    { from: 1, rate: 1.5 },
  ],
} as const;

/**
 * Templates for the usual CS roles. Defaults follow common practice: CSMs on an 80/20 mix with
 * retention as the main metric, a threshold below which nothing pays, and caps of 150–200 %.
 */
export const ROLE_TEMPLATES: readonly RoleTemplate[] = [
  {
    role: 'CSM',
    variableShare: 0.2,
    components: [
      component('CSM', 'GRR', 'grr', 0.5, 0.92, 0.85, 1.5, LINEAR),
      component('CSM', 'NRR', 'nrr', 0.3, 1.05, 0.95, 1.5, ACCELERATED),
      component('CSM', 'CSAT', 'csat', 0.2, 0.85, 0.7, 1.2, LINEAR),
    ],
  },
  {
    role: 'Onboarding',
    variableShare: 0.2,
    components: [
      {
        ...component('Onboarding', 'Time to onboard', 'time_to_onboard', 0.6, 30, 45, 1.5, LINEAR),
        direction: 'lower',
      },
      component('Onboarding', 'Onboarding CSAT', 'onboarding_csat', 0.4, 0.9, 0.75, 1.2, LINEAR),
    ],
  },
  {
    role: 'Expansion',
    variableShare: 0.4,
    components: [
      component(
        'Expansion',
        'Expansion ARR',
        'expansion_arr',
        0.7,
        100_000,
        undefined,
        2,
        ACCELERATED,
      ),
      component('Expansion', 'Upsell rate', 'upsell_rate', 0.3, 0.2, 0.1, 1.5, LINEAR),
    ],
  },
  {
    role: 'Renewal',
    variableShare: 0.3,
    components: [
      component('Renewal', 'Renewal rate', 'renewal_rate', 0.7, 0.9, 0.8, 1.5, ACCELERATED),
      {
        ...component('Renewal', 'Churn rate', 'churn_rate', 0.3, 0.08, 0.12, 1.5, LINEAR),
        direction: 'lower',
      },
    ],
  },
  {
    role: 'Account Manager',
    variableShare: 0.4,
    components: [
      component(
        'Account Manager',
        'Expansion ARR',
        'expansion_arr',
        0.6,
        150_000,
        undefined,
        2,
        ACCELERATED,
      ),
      component('Account Manager', 'GRR', 'grr', 0.4, 0.9, 0.85, 1.2, LINEAR),
    ],
  },
];

/** Finds a template by role name, ignoring case. */
export function findTemplate(role: string): RoleTemplate | undefined {
  return ROLE_TEMPLATES.find(
    (template) => template.role.toLowerCase() === role.trim().toLowerCase(),
  );
}

function component(
  role: string,
  name: string,
  metric: string,
  weight: number,
  target: number,
  threshold: number | undefined,
  cap: number,
  curve: PlanComponent['curve'],
): PlanComponent {
  return {
    role,
    name,
    metric,
    weight,
    direction: 'higher',
    target,
    ...(threshold === undefined ? {} : { threshold }),
    cap,
    curve: { mode: curve.mode, tiers: curve.tiers.map((tier) => ({ ...tier })) },
    capTiming: 'before modifier',
  };
}
