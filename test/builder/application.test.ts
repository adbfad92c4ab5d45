import { describe, expect, it } from 'vitest';
import { findTemplate, type PlanComponent } from '../../core/index.js';
import { planApplication, planMetrics, PLAN_SPARE_ROWS } from '../../builder/apply/application.js';
import { quoteSheetName } from '../../builder/data/columns.js';
import { guessMapping } from '../../builder/data/guess.js';
import { isFormula, type FormulaDialect } from '../../builder/port.js';
import { accountsSheet } from './fixtures/book.js';

const csm = findTemplate('CSM')?.components ?? [];
const period = { start: '2025-01-01', end: '2025-03-31' };
const reps = ['Rep 01', 'Rep 02', 'Rep 03'].map((name) => ({
  name,
  role: 'CSM',
  targetIncentive: 5000,
}));
const mapping = guessMapping(new Map([['Q1 data', accountsSheet({ accounts: 30, reps: 3 })]]));

function apply(dialect: FormulaDialect, components: readonly PlanComponent[] = csm) {
  return planApplication(mapping, { components }, { dialect, reps, period });
}

describe('planApplication', () => {
  it('writes the plan table and the payouts sheet', () => {
    const { sheets, payouts } = apply('univer');
    expect(sheets.map((sheet) => sheet.name)).toEqual(['CS Plan', 'CS Payouts']);
    expect(sheets[0]?.rows[0]?.[0]).toBe('Role');
    expect(sheets[1]?.rows.slice(0, 2)).toEqual([
      ['Period start', '2025-01-01', ...Array(13).fill('')],
      ['Period end', '2025-03-31', ...Array(13).fill('')],
    ]);
    expect(payouts).toMatchObject({ headerRow: 4, firstRow: 5, lastRow: 7 });
    expect(Object.keys(payouts.columns)).toEqual([
      'Rep',
      'Role',
      'Target incentive',
      'Employed from',
      'Employed to',
      'Prorated target incentive',
      'Starting ARR',
      'Expansion',
      'Contraction',
      'Churned',
      'GRR',
      'NRR',
      'CSAT',
      'Payout',
      'Explanation',
    ]);
  });

  it.each(['univer', 'sheets', 'excel'] as const)('puts one formula per column (%s)', (dialect) => {
    const rows = apply(dialect).sheets[1]!.rows;
    const formulaColumns = rows.map((row) => row.filter(isFormula).length);
    expect(formulaColumns).toEqual([0, 0, 0, 0, 10, 0, 0]);
  });

  it('spells formulas for each host', () => {
    const payout = (dialect: FormulaDialect) => {
      const { sheets, payouts } = apply(dialect);
      const cell = sheets[1]!.rows[4]![Object.keys(payouts.columns).indexOf('Payout')]!;
      return isFormula(cell) ? cell.formula : cell;
    };
    const lastPlanRow = csm.length + 1 + PLAN_SPARE_ROWS;
    const args = `'CS Plan'!$A$1:$P$${lastPlanRow}, B5:B7, F5:F7, K4:M4, K5:M7`;
    expect(payout('univer')).toBe(`=CS_PAYOUT(${args})`);
    expect(payout('excel')).toBe(`=CS.PAYOUT(${args})`);
    expect(payout('sheets')).toBe(`=ARRAYFORMULA(CS_PAYOUT(${args}))`);
  });

  it('quotes sheet names in data references', () => {
    const rows = apply('univer').sheets[1]!.rows[4]!;
    const sum = rows.find((cell) => isFormula(cell) && cell.formula.startsWith('=SUMIF'));
    expect(sum !== undefined && isFormula(sum)).toBe(true);
    expect((sum as { formula: string }).formula).toBe(
      "=SUMIF('Q1 data'!$B$2:$B$31, A5:A7, 'Q1 data'!$C$2:$C$31)",
    );
    expect(quoteSheetName("Bob's Q1")).toBe("'Bob''s Q1'");
  });

  it('leaves a column to fill for a metric with no data', () => {
    const nps = { ...csm[2]!, name: 'NPS', metric: 'nps', target: 40, threshold: 20 };
    const { payouts, sheets } = apply('univer', [csm[0]!, csm[1]!, nps]);
    expect(payouts.manualColumns).toEqual(['NPS']);
    const column = Object.keys(payouts.columns).indexOf('NPS');
    expect(sheets[1]!.rows.slice(4).map((row) => row[column])).toEqual(['', '', '']);
  });

  it('lists metrics of gates and modifiers too', () => {
    const gated = { ...csm[0]!, gate: { metric: 'csat', minimum: 0.5 } };
    const modified = {
      ...csm[1]!,
      modifier: { metric: 'NPS', bands: [{ from: 0, rate: 1 }], scope: 'total' as const },
    };
    expect(planMetrics({ components: [gated, modified] })).toEqual(['grr', 'csat', 'nrr', 'nps']);
  });
});
