import type { Direction } from '../payout/attainment.js';
import type { CurveMode, Tier } from '../payout/curve.js';

/** Whether a component's cap limits the curve before a modifier applies, or the result after. */
export type CapTiming = 'before modifier' | 'after modifier';

export const CAP_TIMINGS: readonly CapTiming[] = ['before modifier', 'after modifier'];

/** Whether a modifier multiplies its own component or every component of the role. */
export type ModifierScope = 'component' | 'total';

export const MODIFIER_SCOPES: readonly ModifierScope[] = ['component', 'total'];

/** Pays a component only if another metric reaches a minimum. */
export interface Gate {
  readonly metric: string;
  readonly minimum: number;
}

/** Multiplies a payout by the factor of the band a metric falls in (NPS below 30 → × 0.75). */
export interface Modifier {
  readonly metric: string;
  /** Bands as (lower bound in the metric's unit, factor), sorted by bound. */
  readonly bands: readonly Tier[];
  readonly scope: ModifierScope;
}

/** One row of a plan: a component of a role's variable pay. */
export interface PlanComponent {
  readonly role: string;
  readonly name: string;
  /** Metric id from the metric list, such as `grr`. */
  readonly metric: string;
  /** Share of the role's target incentive, as a fraction: 0.5 is 50 %. */
  readonly weight: number;
  readonly direction: Direction;
  /** Target in the metric's own unit: 0.95 for a 95 % GRR, 40 for an NPS of 40. */
  readonly target: number;
  /** Metric value below which (or above which, when lower is better) the component pays 0. */
  readonly threshold?: number;
  /** Highest payout factor, as a fraction of the component's target incentive: 1.5 is 150 %. */
  readonly cap?: number;
  readonly curve: { readonly mode: CurveMode; readonly tiers: readonly Tier[] };
  readonly gate?: Gate;
  readonly modifier?: Modifier;
  readonly capTiming: CapTiming;
}

/** A compensation plan: every component of every role. */
export interface Plan {
  readonly components: readonly PlanComponent[];
}

/** A problem with a plan, located by path (`components[2].cap`) and, when read from a sheet, by cell. */
export interface PlanIssue {
  readonly code: string;
  readonly path: string;
  readonly message: string;
  /** Cell of the plan table, such as `H4`, when the plan was read from a sheet. */
  readonly cell?: string;
}
