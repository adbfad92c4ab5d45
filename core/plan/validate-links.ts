import { findTierProblems } from '../payout/tier-problems.js';
import { issue, unknownMetric } from './issues.js';
import { findMetric } from './metrics.js';
import type { PlanComponent, PlanIssue } from './types.js';
import { checkMetricValue } from './units.js';

/**
 * Lists the problems of a component's gate and modifier: a metric that is unknown or that no
 * component measures, values in the wrong unit, and modifier bands out of order.
 */
export function linkedMetricIssues(
  measured: ReadonlySet<string | undefined>,
  component: PlanComponent,
  path: string,
  label: string,
): PlanIssue[] {
  const issues: PlanIssue[] = [];
  const links = [
    ['gate', component.gate?.metric],
    ['modifier', component.modifier?.metric],
  ] as const;
  for (const [kind, name] of links) {
    if (name === undefined) continue;
    const definition = findMetric(name);
    if (definition === undefined) {
      issues.push(unknownMetric(`${path}.${kind}.metric`, name));
    } else if (!measured.has(definition.id)) {
      issues.push(
        issue(
          'linkedMetric',
          `${path}.${kind}.metric`,
          `${label} ${kind} uses ${definition.label}, which no component of the plan measures. Add a component for it or choose a metric the plan has.`,
        ),
      );
    }
  }
  issues.push(...linkedValueIssues(component, path, label));
  const bands = component.modifier?.bands;
  for (const problem of bands === undefined ? [] : findTierProblems(bands, 'marginal')) {
    issues.push(
      issue(
        'modifierBands',
        `${path}.modifier.bands[${problem.index}].${problem.field}`,
        `${label} modifier bands: ${problem.message}`,
      ),
    );
  }
  return issues;
}

/** Checks a gate minimum and modifier band bounds against their metric's range, as targets are. */
function linkedValueIssues(component: PlanComponent, path: string, label: string): PlanIssue[] {
  const values: [string, string | undefined, number][] = [];
  if (component.gate !== undefined) {
    values.push(['gate.minimum', component.gate.metric, component.gate.minimum]);
  }
  component.modifier?.bands.forEach((band, index) => {
    values.push([`modifier.bands[${index}].from`, component.modifier?.metric, band.from]);
  });

  const issues: PlanIssue[] = [];
  for (const [field, metric, value] of values) {
    const definition = metric === undefined ? undefined : findMetric(metric);
    const problem = definition === undefined ? undefined : checkMetricValue(definition, value);
    if (problem === undefined) continue;
    const name = field.startsWith('gate') ? 'gate minimum' : 'modifier band';
    issues.push(issue('unit', `${path}.${field}`, `${label} ${name}: ${problem}`));
  }
  return issues;
}
