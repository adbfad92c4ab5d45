import { findCurveProblems } from '../payout/tier-problems.js';
import { normalizeKey } from '../values/groups.js';
import { describeNumber, issue, unknownMetric } from './issues.js';
import { findMetric } from './metrics.js';
import { linkedMetricIssues } from './validate-links.js';
import { checkMetricValue } from './units.js';
import type { Plan, PlanComponent, PlanIssue } from './types.js';

const WEIGHT_TOLERANCE = 1e-9;

/** Lists every problem of a plan at once, each with its path and what to change. */
export function validatePlan(plan: Plan): PlanIssue[] {
  const issues: PlanIssue[] = [];
  if (plan.components.length === 0) {
    issues.push(issue('empty', 'components', 'The plan has no components. Add at least one row.'));
  }
  // The metrics the plan measures, found once: gates and modifiers must use one of them.
  const measured = new Set(plan.components.map((component) => findMetric(component.metric)?.id));
  plan.components.forEach((component, index) => {
    issues.push(...componentIssues(measured, component, `components[${index}]`));
  });
  issues.push(...duplicateIssues(plan));
  issues.push(...weightIssues(plan));
  return issues;
}

/** Reports a component whose role and name repeat an earlier one, such as a row pasted twice. */
function duplicateIssues(plan: Plan): PlanIssue[] {
  const seen = new Set<string>();
  const issues: PlanIssue[] = [];
  plan.components.forEach((component, index) => {
    const key = `${normalizeKey(component.role)}\u0000${normalizeKey(component.name)}`;
    if (!seen.has(key)) {
      seen.add(key);
      return;
    }
    issues.push(
      issue(
        'duplicate',
        `components[${index}].name`,
        `${component.role} ${component.name} repeats a component of the same role and name, so it would be paid twice. Delete the extra row or rename it.`,
      ),
    );
  });
  return issues;
}

function componentIssues(
  measured: ReadonlySet<string | undefined>,
  component: PlanComponent,
  path: string,
): PlanIssue[] {
  const issues: PlanIssue[] = [];
  const label = `${component.role} ${component.name}`;
  if (component.role.trim() === '')
    issues.push(issue('missing', `${path}.role`, 'The role is blank. Enter a role, such as CSM.'));
  if (component.name.trim() === '')
    issues.push(
      issue('missing', `${path}.name`, 'The component name is blank. Enter a name, such as GRR.'),
    );

  const definition = findMetric(component.metric);
  if (definition === undefined) {
    issues.push(unknownMetric(`${path}.metric`, component.metric));
  } else {
    for (const field of ['target', 'threshold'] as const) {
      const value = component[field];
      const problem = value === undefined ? undefined : checkMetricValue(definition, value);
      if (problem !== undefined)
        issues.push(issue('unit', `${path}.${field}`, `${label} ${field}: ${problem}`));
    }
  }
  if (!(component.weight > 0 && component.weight <= 1)) {
    issues.push(
      issue(
        'weight',
        `${path}.weight`,
        `${label} weight is ${describeNumber(component.weight)}. Enter a share above 0% and at most 100%, such as 50% or 0.5.`,
      ),
    );
  }
  if (
    Number.isNaN(component.target) ||
    (component.direction !== 'ratio' && component.target <= 0)
  ) {
    issues.push(
      issue(
        'target',
        `${path}.target`,
        `${label} target is ${describeNumber(component.target)}. Enter a target above 0.`,
      ),
    );
  }
  issues.push(...thresholdIssues(component, path, label));
  if (component.cap !== undefined && component.cap <= 0) {
    issues.push(
      issue(
        'cap',
        `${path}.cap`,
        `${label} cap is ${component.cap}, which pays nothing. Enter a cap above 0, such as 150%, or leave it blank.`,
      ),
    );
  }
  for (const problem of findCurveProblems(component.curve.tiers, component.curve.mode)) {
    issues.push(
      issue(
        'tiers',
        `${path}.tiers[${problem.index}].${problem.field}`,
        `${label} tiers: ${problem.message}`,
      ),
    );
  }
  issues.push(...linkedMetricIssues(measured, component, path, label));
  return issues;
}

function thresholdIssues(component: PlanComponent, path: string, label: string): PlanIssue[] {
  const { threshold, target, direction } = component;
  if (threshold === undefined) return [];
  const wrongSide = direction === 'lower' ? threshold < target : threshold > target;
  if (!wrongSide) return [];
  const side = direction === 'lower' ? 'below' : 'above';
  return [
    issue(
      'threshold',
      `${path}.threshold`,
      `${label} threshold ${threshold} is ${side} the target ${target}, so reaching the target would still pay 0. Set the threshold on the other side of the target.`,
    ),
  ];
}

function weightIssues(plan: Plan): PlanIssue[] {
  const roles = new Map<string, number[]>();
  plan.components.forEach((component, index) => {
    const key = normalizeKey(component.role);
    const indexes = roles.get(key) ?? [];
    indexes.push(index);
    roles.set(key, indexes);
  });

  const issues: PlanIssue[] = [];
  for (const indexes of roles.values()) {
    const components = indexes.map((index) => plan.components[index] as PlanComponent);
    const total = components.reduce((sum, component) => sum + component.weight, 0);
    // A NaN weight is already reported on its own component, so a NaN total adds nothing.
    if (Number.isNaN(total) || Math.abs(total - 1) <= WEIGHT_TOLERANCE) continue;
    const percent = Math.round(total * 10_000) / 100;
    issues.push(
      issue(
        'weights',
        `components[${indexes[indexes.length - 1]}].weight`,
        `Weights of role ${components[0]?.role} add up to ${percent}%, not 100%. Change them so they total 100%.`,
      ),
    );
  }
  return issues;
}
