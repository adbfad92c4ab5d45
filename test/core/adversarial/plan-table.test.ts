import { describe, expect, it } from 'vitest';
import { PLAN_COLUMNS, readPlanTable, type PlanIssue } from '../../../core/index.js';

type PlanRow = Partial<Record<(typeof PLAN_COLUMNS)[number], string | number>>;

const grr: PlanRow = { Role: 'CSM', Component: 'GRR', Metric: 'GRR', Weight: 0.5, Target: 0.92 };
const nrr: PlanRow = { Role: 'CSM', Component: 'NRR', Metric: 'NRR', Weight: 0.5, Target: 1.05 };

/** Builds a plan table with the standard header from rows given by column name. */
function planTable(...rows: PlanRow[]): (string | number)[][] {
  return [[...PLAN_COLUMNS], ...rows.map((row) => PLAN_COLUMNS.map((name) => row[name] ?? ''))];
}

function issuesOf(...rows: PlanRow[]): PlanIssue[] {
  return readPlanTable(planTable(...rows)).issues;
}

describe('plan table units', () => {
  it('rejects a gate minimum of 90 for NRR', () => {
    const issues = issuesOf({ ...grr, 'Gate metric': 'NRR', 'Gate minimum': 90 }, nrr);
    expect(issues).toHaveLength(1);
    expect(issues[0]?.cell).toBe('L2');
    expect(issues[0]?.message).toContain('If you meant 90%, enter 90% or 0.9.');
  });

  it('rejects modifier bands in the wrong unit', () => {
    const issues = issuesOf(
      { ...grr, 'Modifier metric': 'GRR', 'Modifier bands': '0: 0.8; 90: 1' },
      nrr,
    );
    expect(issues).toHaveLength(1);
    expect(issues[0]?.cell).toBe('N2');
    expect(issues[0]?.message).toContain('enter 90% or 0.9');
  });

  it('accepts negative NPS modifier bands', () => {
    const nps = { Role: 'CSM', Component: 'NPS', Metric: 'NPS', Weight: 0.5, Target: 30 };
    const issues = issuesOf(
      { ...grr, 'Modifier metric': 'NPS', 'Modifier bands': '-100: 0.75; 30: 1' },
      nps,
    );
    expect(issues).toEqual([]);
  });
});
