import { valueError } from '../errors.js';
import { roundMoney, sumMoney } from '../money/rounding.js';
import { findMetric } from '../plan/metrics.js';
import type { Modifier, Plan, PlanComponent } from '../plan/types.js';
import { normalizeKey } from '../values/groups.js';
import { computeAttainment } from './attainment.js';
import { evaluateCurve, type CurveResult } from './curve.js';

/** One rep's inputs: role, target incentive for the period, and metric values by metric id. */
export interface RepInput {
  readonly role: string;
  readonly targetIncentive: number;
  readonly metrics: ReadonlyMap<string, number>;
}

/** Effect of one modifier on a payout: the metric value, the band reached and its factor. */
export interface ModifierOutcome {
  readonly metric: string;
  readonly value: number;
  readonly bandFrom: number | undefined;
  readonly factor: number;
  readonly scope: Modifier['scope'];
}

/** Every step of one component's payout, for the total and for its explanation. */
export interface ComponentPayout {
  readonly component: PlanComponent;
  readonly actual: number;
  readonly attainment: number;
  /** Attainment the threshold corresponds to, when the component has one. */
  readonly thresholdAttainment: number | undefined;
  /** The curve before the component's cap, which applies at the step `capTiming` names. */
  readonly curve: CurveResult;
  readonly gate:
    { readonly metric: string; readonly value: number; readonly met: boolean } | undefined;
  readonly modifiers: readonly ModifierOutcome[];
  readonly capped: boolean;
  /** Final factor of the component's target incentive, after gate, modifiers and cap. */
  readonly factor: number;
  /** Target incentive × weight × factor, before rounding. */
  readonly unrounded: number;
  /** The amount paid, rounded to cents half away from zero. */
  readonly amount: number;
}

/** A rep's payout: one entry per component of the role, and their sum. */
export interface Payout {
  readonly role: string;
  readonly targetIncentive: number;
  readonly components: readonly ComponentPayout[];
  /** Sum of the rounded component amounts, so a statement adds up to the cent. */
  readonly total: number;
}

/**
 * Calculates a rep's payout under a plan: per component, attainment, threshold, curve, gate,
 * modifiers and cap, then rounding per component and a total that is the sum of the rounded
 * parts. The caller validates the plan. Throws a `CellError` for a role the plan does not pay
 * and for a metric the role's components use that is missing or not a finite number.
 */
export function calculatePayout(plan: Plan, rep: RepInput): Payout {
  const components = componentsOfRole(plan, rep.role);
  if (components.length === 0) {
    const roles = [...new Set(plan.components.map((component) => component.role))].join(', ');
    throw valueError(
      `The plan has no components for role "${rep.role}". Roles in the plan: ${roles}.`,
    );
  }
  const totalModifiers = components.flatMap((component) =>
    component.modifier?.scope === 'total' ? [component.modifier] : [],
  );
  const payouts = components.map((component) =>
    componentPayout(component, rep, [
      ...(component.modifier?.scope === 'component' ? [component.modifier] : []),
      ...totalModifiers,
    ]),
  );
  const total = sumMoney(payouts.map((payout) => payout.amount));
  return { role: rep.role, targetIncentive: rep.targetIncentive, components: payouts, total };
}

/** Lists the components of a role, matching the role name ignoring case and spaces. */
export function componentsOfRole(plan: Plan, role: string): PlanComponent[] {
  const wanted = normalizeKey(role);
  return plan.components.filter((component) => normalizeKey(component.role) === wanted);
}

/** Reads a metric value from a rep's inputs by metric name or alias. */
export function metricValue(rep: RepInput, name: string): number | undefined {
  const id = findMetric(name)?.id ?? name;
  return rep.metrics.get(id);
}

function componentPayout(
  component: PlanComponent,
  rep: RepInput,
  modifiers: readonly Modifier[],
): ComponentPayout {
  const actual = requireMetric(rep, component.metric, component);
  const attainment = computeAttainment(actual, component.target, component.direction);
  const thresholdAttainment =
    component.threshold === undefined
      ? undefined
      : computeAttainment(component.threshold, component.target, component.direction);

  const curve = evaluateCurve(
    { ...component.curve, ...threshold(thresholdAttainment) },
    attainment,
  );
  const gate = gateOutcome(component, rep);
  const outcomes = modifiers.map((modifier) => modifierOutcome(modifier, rep, component));
  const modifierFactor = outcomes.reduce((product, outcome) => product * outcome.factor, 1);

  const cap = component.cap ?? Infinity;
  const beforeCap =
    component.capTiming === 'before modifier' ? curve.factor : curve.factor * modifierFactor;
  const capped = beforeCap > cap;
  const limited = Math.min(beforeCap, cap);
  const modified = component.capTiming === 'before modifier' ? limited * modifierFactor : limited;
  const factor = gate?.met === false ? 0 : modified;

  const unrounded = rep.targetIncentive * component.weight * factor;
  const amount = roundMoney(unrounded);
  return {
    component,
    actual,
    attainment,
    thresholdAttainment,
    curve,
    gate,
    modifiers: outcomes,
    capped,
    factor,
    unrounded,
    amount,
  };
}

/** Reads a metric a component uses, rejecting a missing or non-finite value that would pay 0. */
function requireMetric(rep: RepInput, metric: string, component: PlanComponent): number {
  const value = metricValue(rep, metric);
  if (value !== undefined && Number.isFinite(value)) return value;

  const label = findMetric(metric)?.label ?? metric;
  const [state, fix] =
    value === undefined
      ? [`no ${label} value`, 'Supply every metric the role is paid, gated or modified on.']
      : [`${label} ${value}`, 'Supply a finite number.'];
  throw valueError(
    `The rep with role ${rep.role} has ${state}, which component ${component.name} uses. ${fix}`,
  );
}

function threshold(attainment: number | undefined): { threshold?: number } {
  return attainment === undefined ? {} : { threshold: attainment };
}

function gateOutcome(component: PlanComponent, rep: RepInput): ComponentPayout['gate'] {
  if (component.gate === undefined) return undefined;
  const value = requireMetric(rep, component.gate.metric, component);
  return { metric: component.gate.metric, value, met: value >= component.gate.minimum };
}

/** Finds the modifier band a value falls in. The first band also covers every value below it. */
function modifierOutcome(
  modifier: Modifier,
  rep: RepInput,
  component: PlanComponent,
): ModifierOutcome {
  const value = requireMetric(rep, modifier.metric, component);
  const reached = [...modifier.bands].reverse().find((candidate) => value >= candidate.from);
  const band = reached ?? modifier.bands[0];
  return {
    metric: modifier.metric,
    value,
    bandFrom: band?.from,
    factor: band?.rate ?? 1,
    scope: modifier.scope,
  };
}
