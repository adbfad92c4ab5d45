import type { MetricDefinition } from './metrics.js';

/**
 * Checks a target or threshold against what its metric can be, and returns what is wrong with
 * the probable intended value, or `undefined` when the value is possible. A GRR target of 92
 * is rejected with "enter 92% or 0.92", never divided by 100 silently.
 */
export function checkMetricValue(metric: MetricDefinition, value: number): string | undefined {
  const meant = `If you meant ${value}%, enter ${value}% or ${value / 100}.`;
  switch (metric.scale) {
    case 'share':
      if (value < 0 || value > 1)
        return `${value} is outside 0% to 100%, the range of ${metric.label}. ${meant}`;
      return undefined;
    case 'retention':
      if (value < 0) return `${value} is negative, which ${metric.label} cannot be.`;
      if (value > 3)
        return `${value} means ${value * 100}%, far above any real ${metric.label}. ${meant}`;
      return undefined;
    case 'score':
      if (value < -100 || value > 100)
        return `${value} is outside −100 to 100, the range of ${metric.label}.`;
      return undefined;
    case 'points':
      if (value < 0 || value > 100)
        return `${value} is outside 0 to 100, the range of ${metric.label}.`;
      return undefined;
    case 'effort':
      if (value < 1 || value > 10)
        return `${value} is outside the 1 to 10 range of an effort scale.`;
      return undefined;
    case 'amount':
    case 'days':
      if (value < 0) return `${value} is negative, which ${metric.label} cannot be.`;
      return undefined;
  }
}
