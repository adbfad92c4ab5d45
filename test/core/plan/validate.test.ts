import { describe, expect, it } from 'vitest';
import {
  ROLE_TEMPLATES,
  validatePlan,
  type Plan,
  type PlanComponent,
} from '../../../core/index.js';

const csm = ROLE_TEMPLATES.find((template) => template.role === 'CSM')!.components;

function withChanges(
  changes: Record<number, { [K in keyof PlanComponent]?: PlanComponent[K] | undefined }>,
): Plan {
  return {
    components: csm.map(
      (component, index) => ({ ...component, ...changes[index] }) as PlanComponent,
    ),
  };
}

describe('validatePlan', () => {
  it('accepts every role template', () => {
    for (const template of ROLE_TEMPLATES) {
      expect(validatePlan({ components: template.components })).toEqual([]);
    }
  });

  it('reports every problem at once, each with its path', () => {
    const plan = withChanges({
      0: { weight: 0.4, target: 92, threshold: 0.85 },
      1: {
        threshold: 1.2,
        curve: {
          mode: 'marginal',
          tiers: [
            { from: 0, rate: 1 },
            { from: 0, rate: 2 },
          ],
        },
      },
      2: { metric: 'happiness', gate: { metric: 'nps', minimum: 30 } },
    });
    const paths = validatePlan(plan).map((issue) => `${issue.code} ${issue.path}`);
    expect(paths).toEqual([
      'unit components[0].target',
      'threshold components[1].threshold',
      'tiers components[1].tiers[1].from',
      'unknownMetric components[2].metric',
      'linkedMetric components[2].gate.metric',
      'weights components[2].weight',
    ]);
  });

  it('shows the probable meaning of a GRR target typed as 92', () => {
    const [issue] = validatePlan(withChanges({ 0: { target: 92, threshold: undefined } }));
    expect(issue?.message).toBe(
      'CSM GRR target: 92 is outside 0% to 100%, the range of GRR. If you meant 92%, enter 92% or 0.92.',
    );
  });

  it('states the weight total and what to change', () => {
    const issues = validatePlan(withChanges({ 2: { weight: 0.1 } }));
    expect(issues.map((issue) => issue.message)).toEqual([
      'Weights of role CSM add up to 90%, not 100%. Change them so they total 100%.',
    ]);
  });

  it('checks the threshold side for lower-is-better metrics', () => {
    const renewal = ROLE_TEMPLATES.find((template) => template.role === 'Renewal')!.components;
    const churn = { ...renewal[1]!, threshold: 0.05 };
    const issues = validatePlan({ components: [renewal[0]!, churn] });
    expect(issues.map((issue) => issue.path)).toEqual(['components[1].threshold']);
  });

  it('rejects falling rates in retroactive mode', () => {
    const tiers = [
      { from: 0, rate: 1 },
      { from: 1, rate: 0.5 },
    ];
    const issues = validatePlan(withChanges({ 1: { curve: { mode: 'retroactive', tiers } } }));
    expect(issues.map((issue) => issue.path)).toEqual(['components[1].tiers[1].rate']);
  });

  it('rejects an empty plan', () => {
    expect(validatePlan({ components: [] }).map((issue) => issue.code)).toEqual(['empty']);
  });
});

describe('unreadable numbers', () => {
  it('names a NaN weight as not a number', () => {
    const issues = validatePlan(withChanges({ 0: { weight: Number.NaN } }));
    expect(issues[0]?.message).toBe(
      'CSM GRR weight is not a number. Enter a share above 0% and at most 100%, such as 50% or 0.5.',
    );
  });
});
