import { describe, expect, it } from 'vitest';
import { ROLE_TEMPLATES, calculatePayout, isCellError, type Plan } from '../../../core/index.js';

const plan: Plan = { components: ROLE_TEMPLATES[0]!.components };
const metrics = (entries: [string, number][]) => new Map(entries);

function errorOf(run: () => unknown): { kind: string; message: string } {
  try {
    run();
  } catch (error) {
    if (isCellError(error)) return { kind: error.kind, message: error.message };
    throw error;
  }
  throw new Error('Expected a cell error, but the call returned.');
}

describe('calculatePayout inputs', () => {
  it('rejects a rep without a metric the role is paid on', () => {
    const error = errorOf(() =>
      calculatePayout(plan, {
        role: 'CSM',
        targetIncentive: 10_000,
        metrics: metrics([
          ['grr', 0.95],
          ['nrr', 1.1],
        ]),
      }),
    );
    expect(error.kind).toBe('value');
    expect(error.message).toBe(
      'The rep with role CSM has no CSAT value, which component CSAT uses. ' +
        'Supply every metric the role is paid, gated or modified on.',
    );
  });

  it('rejects a metric that is not a finite number', () => {
    const error = errorOf(() =>
      calculatePayout(plan, {
        role: 'CSM',
        targetIncentive: 10_000,
        metrics: metrics([
          ['grr', Number.NaN],
          ['nrr', 1.1],
          ['csat', 0.9],
        ]),
      }),
    );
    expect(error.message).toMatch(/^The rep with role CSM has GRR NaN/);
  });

  it('rejects a role the plan does not pay', () => {
    const error = errorOf(() =>
      calculatePayout(plan, { role: 'CMS', targetIncentive: 10_000, metrics: new Map() }),
    );
    expect(error.message).toBe(
      'The plan has no components for role "CMS". Roles in the plan: CSM.',
    );
  });
});
