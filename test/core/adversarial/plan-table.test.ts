import { describe, expect, it } from 'vitest';
import {
  PLAN_COLUMNS,
  formatTiers,
  parseTiers,
  readPlanTable,
  validatePlan,
  type PlanIssue,
} from '../../../core/index.js';

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

describe('plan table ignored cells', () => {
  it('reports a gate minimum without a gate metric', () => {
    const issues = issuesOf({ ...grr, 'Gate minimum': 0.9 }, nrr);
    expect(issues).toHaveLength(1);
    expect(issues[0]?.cell).toBe('L2');
    expect(issues[0]?.message).toContain('Gate metric is blank');
  });

  it('reports modifier bands without a modifier metric', () => {
    const issues = issuesOf({ ...grr, 'Modifier bands': '0: 0.8; 1: 1' }, nrr);
    expect(issues).toHaveLength(1);
    expect(issues[0]?.cell).toBe('N2');
    expect(issues[0]?.message).toContain('Modifier metric is blank');
  });

  it('reports a modifier scope without a modifier metric', () => {
    const issues = issuesOf({ ...grr, 'Modifier scope': 'total' }, nrr);
    expect(issues).toHaveLength(1);
    expect(issues[0]?.cell).toBe('O2');
  });

  it('reports a modifier metric with blank bands', () => {
    const issues = issuesOf({ ...grr, 'Modifier metric': 'NRR' }, nrr);
    expect(issues).toHaveLength(1);
    expect(issues[0]?.cell).toBe('N2');
    expect(issues[0]?.message).toContain('Modifier bands is blank');
  });
});

describe('plan table duplicates', () => {
  it('reports a column header given twice', () => {
    const table = planTable({ ...grr, Weight: 0.5 }, nrr);
    table[0]!.push('weight ');
    table[1]!.push(0.1);
    table[2]!.push(0.9);
    const { issues } = readPlanTable(table);
    expect(issues).toHaveLength(1);
    expect(issues[0]?.cell).toBe('Q1');
    expect(issues[0]?.message).toContain('Weight');
  });

  it('reports a component row pasted twice', () => {
    const half = { ...grr, Weight: 0.25 };
    const issues = issuesOf(half, { ...half, Component: ' grr ' }, nrr);
    expect(issues).toHaveLength(1);
    expect(issues[0]?.cell).toBe('B3');
    expect(issues[0]?.message).toContain('CSM grr repeats a component');
  });

  it('accepts one component name in two roles', () => {
    const issues = issuesOf(grr, nrr, { ...grr, Role: 'AM', Weight: 1 });
    expect(issues).toEqual([]);
  });
});

describe('plan table unreadable weights', () => {
  it('reports the cell without a NaN weight total', () => {
    const issues = issuesOf({ ...grr, Weight: '#N/A' }, nrr);
    expect(issues.map((issue) => issue.cell)).toEqual(['D2']);
    expect(issues[0]?.message).toBe(
      'Weight is "#N/A", which is not a number. Enter a number such as 0.95 or 95%.',
    );
  });
});

describe('validatePlan non-finite numbers', () => {
  const component = readPlanTable(planTable(grr, nrr)).plan.components[0]!;

  it.each([
    ['weight', { weight: Number.NaN }],
    ['target', { target: Number.NaN }],
    ['target', { target: Number.POSITIVE_INFINITY }],
  ])('reports a %s that is not a number', (field, change) => {
    const issues = validatePlan({ components: [{ ...component, weight: 1, ...change }] });
    expect(issues.map((issue) => issue.path)).toEqual([`components[0].${field}`]);
  });

  it('reports an unreadable target once', () => {
    const issues = issuesOf({ ...grr, Target: 'n/a' }, nrr);
    expect(issues.map((issue) => issue.cell)).toEqual(['F2']);
  });
});

describe('tier text round trip', () => {
  it.each([1e-7, 1.5e-7, -2.5e-8, 1e21, 5e-324])('writes %s without an exponent', (value) => {
    const text = formatTiers([{ from: 0, rate: value }]);
    expect(text).not.toMatch(/e/i);
    expect(parseTiers(text)).toEqual({ tiers: [{ from: 0, rate: value }] });
  });
});
