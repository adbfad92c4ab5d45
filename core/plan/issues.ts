import { METRICS } from './metrics.js';
import type { PlanIssue } from './types.js';

/** Makes a plan issue. */
export function issue(code: string, path: string, message: string): PlanIssue {
  return { code, path, message };
}

/** Reports a metric name that is not in the metric list, listing the names that are. */
export function unknownMetric(path: string, name: string): PlanIssue {
  const known = METRICS.map((metric) => metric.label).join(', ');
  return issue(
    'unknownMetric',
    path,
    `Metric "${name}" is not one the plan can pay on. Use one of: ${known}.`,
  );
}

/** Shows a plan number in a message, naming a missing or unreadable one instead of "NaN". */
export function describeNumber(value: number): string {
  return Number.isNaN(value) ? 'not a number' : String(value);
}
