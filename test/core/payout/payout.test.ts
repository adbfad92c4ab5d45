import { describe, expect, it } from 'vitest';
import {
  ROLE_TEMPLATES,
  calculatePayout,
  explainPayout,
  sheetFunctions,
  writePlanTable,
  type Plan,
} from '../../../core/index.js';

const csmPlan: Plan = { components: ROLE_TEMPLATES[0]!.components };
const table = writePlanTable(csmPlan);
const names = [['GRR', 'NRR', 'CSAT']];

describe('CS_PAYOUT', () => {
  it('pays each component by weight, curve and cap', () => {
    const payout = sheetFunctions.CS_PAYOUT!(table, 'CSM', 10_000, names, [[0.92, 1.05, 0.85]]);
    expect(payout).toBe(10_000);
  });

  it('accelerates NRR above target and caps it at 150 %', () => {
    const high = calculatePayout(csmPlan, rep(0.92, 1.05 * 1.6, 0.85));
    const nrr = high.components[1]!;
    expect(nrr.curve.factor).toBeCloseTo(1 + 1.5 * 0.6, 12);
    expect(nrr.capped).toBe(true);
    expect(nrr.amount).toBe(4500);
  });

  it('pays 0 for a component below its threshold', () => {
    const low = calculatePayout(csmPlan, rep(0.84, 1.05, 0.85));
    expect(low.components[0]!.amount).toBe(0);
    expect(low.total).toBe(5000);
  });

  it('gives one row per rep and blank rows for blank roles', () => {
    const rows = sheetFunctions.CS_PAYOUT!(
      table,
      [['Role'], ['CSM'], [''], [' csm ']],
      [['Target incentive'], [10_000], [''], [5_000]],
      names,
      [names[0]!, [0.92, 1.05, 0.85], ['', '', ''], ['92%', '105%', '85%']],
    );
    expect(rows).toEqual([[10_000], [''], [5_000]]);
  });

  it('totals the rounded components so the statement adds up', () => {
    const payout = calculatePayout(csmPlan, {
      ...rep(0.9301, 1.0777, 0.8333),
      targetIncentive: 3333.33,
    });
    const cents = payout.components.reduce((sum, part) => sum + Math.round(part.amount * 100), 0);
    expect(Math.round(payout.total * 100)).toBe(cents);
  });

  it('rejects an invalid plan, listing each problem with its cell', () => {
    const broken = writePlanTable(csmPlan);
    broken[1]![3] = 0.6;
    broken[2]![5] = 105;
    expect(() => sheetFunctions.CS_PAYOUT!(broken, 'CSM', 1000, names, [[0.9, 1, 0.9]])).toThrow(
      /^CS_PAYOUT: the plan has 2 problem\(s\)\. F3: CSM NRR target: 105 means 10500%.*D4: Weights of role CSM add up to 110%/,
    );
  });

  it('names the missing metric column and the ones present', () => {
    expect(() =>
      sheetFunctions.CS_PAYOUT!(table, 'CSM', 1000, [['GRR', 'NRR']], [[0.9, 1]]),
    ).toThrow(
      'CS_PAYOUT: role CSM is paid on CSAT, but metric_names has no such column (it has GRR, NRR). Add the column or rename its header.',
    );
  });

  it('names an unknown role and lists the plan roles', () => {
    expect(() => sheetFunctions.CS_PAYOUT!(table, 'CMS', 1000, names, [[0.9, 1, 0.9]])).toThrow(
      'CS_PAYOUT: role row 1 is "CMS", which the plan has no components for. Roles in the plan: CSM.',
    );
  });

  it('refuses a blank metric value instead of reading it as 0', () => {
    expect(() => sheetFunctions.CS_PAYOUT!(table, 'CSM', 1000, names, [[0.9, '', 0.9]])).toThrow(
      /metric_values column NRR row 1 is blank, and role CSM is paid on it/,
    );
  });
});

describe('gates and modifiers', () => {
  const [grr, nrr, csat] = csmPlan.components;
  const gated: Plan = {
    components: [{ ...nrr!, gate: { metric: 'grr', minimum: 0.9 } }, grr!, csat!],
  };

  it('pays a gated component only when the gate is met', () => {
    expect(calculatePayout(gated, rep(0.89, 1.05, 0.85)).components[0]!.amount).toBe(0);
    expect(calculatePayout(gated, rep(0.9, 1.05, 0.85)).components[0]!.amount).toBe(3000);
  });

  it('applies a total modifier to every component, cap before modifier', () => {
    const modifier = {
      metric: 'csat',
      bands: [
        { from: 0, rate: 0.75 },
        { from: 0.8, rate: 1 },
      ],
      scope: 'total' as const,
    };
    const plan: Plan = { components: [{ ...grr!, modifier }, nrr!, csat!] };
    const payout = calculatePayout(plan, rep(0.92, 1.05, 0.75));
    expect(payout.components.map((part) => part.amount)).toEqual([3750, 2250, expect.any(Number)]);
    expect(payout.components[2]!.amount).toBeCloseTo(10_000 * 0.2 * (0.75 / 0.85) * 0.75, 2);
  });

  it('caps after the modifier when the plan says so', () => {
    const modifier = { metric: 'csat', bands: [{ from: 0, rate: 2 }], scope: 'component' as const };
    const before = { ...grr!, modifier, target: 0.9, cap: 1.1 };
    const after = { ...before, capTiming: 'after modifier' as const };
    const input = rep(0.9, 1.05, 0.85);
    expect(
      calculatePayout({ components: [before, nrr!, csat!] }, input).components[0]!.factor,
    ).toBe(2);
    expect(calculatePayout({ components: [after, nrr!, csat!] }, input).components[0]!.factor).toBe(
      1.1,
    );
  });
});

describe('CS_EXPLAIN', () => {
  it('reproduces the payout line by line', () => {
    const text = sheetFunctions.CS_EXPLAIN!(table, 'CSM', 12_500, names, [
      [0.95, 1.1, 0.8],
    ]) as string;
    const total = sheetFunctions.CS_PAYOUT!(table, 'CSM', 12_500, names, [
      [0.95, 1.1, 0.8],
    ]) as number;
    const lines = text.split('\n');
    const amounts = lines
      .filter((line) => line.includes('rounded to'))
      .map((line) => Number(/rounded to ([\d,.-]+)\.$/.exec(line)![1]!.replace(/,/g, '')));
    expect(amounts).toHaveLength(3);
    expect(Math.round(amounts.reduce((sum, amount) => sum + amount, 0) * 100)).toBe(
      Math.round(total * 100),
    );
    expect(lines.at(-1)).toBe(`Total: ${amounts.map(format).join(' + ')} = ${format(total)}.`);
  });

  it('says why a component paid 0', () => {
    const lines = explainPayout(calculatePayout(csmPlan, rep(0.8, 1.05, 0.85)));
    expect(lines).toContain('  Threshold 85%: not reached, so the curve pays 0.');
  });
});

function rep(grr: number, nrr: number, csat: number) {
  return {
    role: 'CSM',
    targetIncentive: 10_000,
    metrics: new Map([
      ['grr', grr],
      ['nrr', nrr],
      ['csat', csat],
    ]),
  };
}

function format(amount: number): string {
  return amount.toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
}
