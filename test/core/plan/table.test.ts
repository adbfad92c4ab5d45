import { describe, expect, it } from 'vitest';
import {
  PLAN_COLUMNS,
  ROLE_TEMPLATES,
  readPlanTable,
  writePlanTable,
  type Plan,
} from '../../../core/index.js';

const everyRole: Plan = { components: ROLE_TEMPLATES.flatMap((template) => template.components) };
const modified: Plan = {
  components: ROLE_TEMPLATES[0]!.components.map((component, index) =>
    index === 0
      ? {
          ...component,
          gate: { metric: 'csat', minimum: 0.7 },
          modifier: {
            metric: 'nrr',
            bands: [
              { from: 0, rate: 0.75 },
              { from: 1, rate: 1 },
            ],
            scope: 'total',
          },
          capTiming: 'after modifier',
        }
      : component,
  ),
};

describe('plan table', () => {
  it('round-trips every template unchanged', () => {
    const { plan, issues } = readPlanTable(writePlanTable(everyRole));
    expect(issues).toEqual([]);
    expect(plan).toEqual(everyRole);
  });

  it('round-trips gates, modifiers and cap timing', () => {
    const { plan, issues } = readPlanTable(writePlanTable(modified));
    expect(issues).toEqual([]);
    expect(plan).toEqual(modified);
  });

  it('writes the header row first', () => {
    expect(writePlanTable(everyRole)[0]).toEqual([...PLAN_COLUMNS]);
  });

  it('reports a hand edit that breaks validation with its cell', () => {
    const table = writePlanTable(everyRole);
    table[2]![3] = '40%';
    const { issues } = readPlanTable(table, { row: 0, column: 0 });
    expect(issues.map((issue) => [issue.cell, issue.message])).toEqual([
      ['D4', 'Weights of role CSM add up to 110%, not 100%. Change them so they total 100%.'],
    ]);
  });

  it('names the cell of unreadable text, offset by the table origin', () => {
    const table = writePlanTable(everyRole);
    table[1]![5] = 'ninety';
    table[1]![9] = '0: 1; 1 1.5';
    const { issues } = readPlanTable(table, { row: 2, column: 1 });
    expect(issues.map((issue) => issue.cell)).toEqual(['G4', 'K4']);
    expect(issues[0]?.message).toBe(
      'Target is "ninety", which is not a number. Enter a number such as 0.95 or 95%.',
    );
  });

  it('accepts percentages and columns in another order', () => {
    const table = writePlanTable({ components: ROLE_TEMPLATES[0]!.components });
    const reordered = table.map((row) => [...row].reverse());
    reordered[1]![reordered[0]!.indexOf('Weight')] = '50%';
    const { plan, issues } = readPlanTable(reordered);
    expect(issues).toEqual([]);
    expect(plan.components[0]?.weight).toBe(0.5);
  });

  it('skips blank rows', () => {
    const table = writePlanTable(everyRole);
    table.splice(
      2,
      0,
      PLAN_COLUMNS.map(() => ''),
    );
    expect(readPlanTable(table).plan).toEqual(everyRole);
  });

  it('rejects a table without its header', () => {
    const { issues } = readPlanTable(writePlanTable(everyRole).slice(1));
    expect(issues[0]?.code).toBe('header');
  });
});
