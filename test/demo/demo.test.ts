import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readExports } from '../../demo/exports.js';
import { readResults, type CsmResult } from '../../demo/results.js';
import { buildWorkbook, moveToNextPeriod, type DemoWorkbook } from '../../demo/workbook.js';
import { independentFigures } from './independent.js';

const FOLDER = 'data/ravenstack';
const Q3 = { start: '2024-07-01', end: '2024-09-30' };
const Q4 = { start: '2024-10-01', end: '2024-12-31' };

describe('demo on the RavenStack exports', () => {
  let workbook: DemoWorkbook;
  let third: CsmResult[];
  let fourth: CsmResult[];

  beforeAll(async () => {
    workbook = await buildWorkbook(await readExports(FOLDER), Q3, Q4);
    third = readResults(workbook);
    await moveToNextPeriod(workbook, Q4);
    fourth = readResults(workbook);
  });
  afterAll(() => workbook?.book.dispose());

  it('pays every CSM on the roster', () => {
    expect(third.map((result) => result.name)).toHaveLength(8);
    expect(third.every((result) => result.payout.total > 0)).toBe(true);
  });

  it.each([
    ['third quarter', Q3, () => third],
    ['fourth quarter', Q4, () => fourth],
  ])('matches figures recomputed from the CSV files, %s', (_, period, results) => {
    const expected = independentFigures(FOLDER, period);
    for (const result of results()) {
      const figures = expected.get(result.name);
      expect(figures, result.name).toBeDefined();
      expect(result.cells['Starting ARR'], result.name).toBeCloseTo(figures!.starting, 6);
      expect(result.cells.Expansion, result.name).toBeCloseTo(figures!.expansion, 6);
      expect(result.cells.Contraction, result.name).toBeCloseTo(figures!.contraction, 6);
      expect(result.cells.Churned, result.name).toBeCloseTo(figures!.churned, 6);
      expect(result.cells.NRR, result.name).toBeCloseTo(figures!.nrr, 12);
      expect(result.cells.GRR, result.name).toBeCloseTo(figures!.grr, 12);
      expect(result.cells.CSAT, result.name).toBeCloseTo(figures!.csat, 12);
    }
  });

  it('prorates the mid-quarter joiner by days', () => {
    const joiner = third.find((result) => result.name === 'Jordan Reyes');
    expect(joiner?.payout.targetIncentive).toBe(Math.round((6875 * 47 * 100) / 92) / 100);
  });

  it('changes payouts after only the period cells and pasted rows change', () => {
    const changed = fourth.filter(
      (result, index) => result.payout.total !== third[index]?.payout.total,
    );
    expect(changed.length).toBeGreaterThan(0);
    expect(fourth.find((result) => result.name === 'Jordan Reyes')?.payout.targetIncentive).toBe(
      6875,
    );
  });

  it('explains each payout line by line up to its total', () => {
    for (const result of third) {
      const lines = result.explanation.split('\n');
      const amounts = lines
        .filter((line) => line.includes('rounded to'))
        .map((line) => Number(/rounded to ([\d,.-]+)\.$/.exec(line)?.[1]?.replace(/,/g, '')));
      expect(amounts, result.name).toEqual(result.payout.components.map((part) => part.amount));
      expect(lines.at(-1), result.name).toContain(
        `= ${result.payout.total.toLocaleString('en-US', { minimumFractionDigits: 2 })}.`,
      );
    }
  });
});
