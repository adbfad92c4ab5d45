import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sheetFunctions } from '../../../core/index.js';
import { column, failure } from './cells.js';

const nrr = sheetFunctions.CS_NRR!;
const grr = sheetFunctions.CS_GRR!;
const churnRate = sheetFunctions.CS_CHURN_RATE!;
const annualChurn = sheetFunctions.CS_ANNUAL_CHURN!;

describe('CS_NRR worked cases', () => {
  const cases = [
    {
      source: 'Workday blog, "How to Calculate Net Revenue Retention"',
      inputs: [2_000_000, 300_000, 50_000, 100_000],
      expected: 1.075,
    },
    {
      source: 'Workday blog, second example',
      inputs: [600_000, 30_000, 60_000, 70_000],
      expected: 0.833333333333,
    },
    { source: 'Pitchkit glossary, "NDR"', inputs: [100_000, 15_000, 3_000, 5_000], expected: 1.07 },
  ];

  it.each(cases)('$source', ({ inputs, expected }) => {
    expect(nrr(...inputs)).toBeCloseTo(expected, 10);
  });

  it('reads negative losses as magnitudes', () => {
    expect(nrr(2_000_000, 300_000, -50_000, '(100,000)')).toBeCloseTo(1.075, 12);
  });
});

describe('CS_GRR and churn worked cases', () => {
  it('Futureproof "GRR": 200,000 less 10,000 and 15,000', () => {
    expect(grr(200_000, 10_000, 15_000)).toBe(0.875);
  });

  it('Futureproof "GRR": a 0.875 quarter compounds to 0.4138 a year', () => {
    expect(annualChurn(0.125, 4)).toBeCloseTo(1 - 0.875 ** 4, 12);
    expect(annualChurn(0.125, 4)).toBeCloseTo(0.4138, 4);
  });

  it('Treehouse "MRR Churn Example Pt 2": revenue churn', () => {
    const mrr = column(10_000, ...Array(8).fill(3_000), 500);
    expect(churnRate(mrr, column(3_000, 3_000))).toBeCloseTo(6_000 / 34_500, 12);
  });

  it('Treehouse "MRR Churn Example Pt 2": logo churn', () => {
    const active = column(...Array(10).fill(true));
    const left = column('Yes', 'yes', ...Array(8).fill('No'));
    expect(churnRate(active, left)).toBe(0.2);
  });

  it('Churnkey: 5 % a month compounds to 0.4596 a year', () => {
    expect(annualChurn('5%')).toBeCloseTo(1 - 0.95 ** 12, 12);
    expect(annualChurn('5%')).toBeCloseTo(0.4596, 4);
  });
});

describe('retention bad input', () => {
  it('rejects a blank starting count', () => {
    const error = failure(() => churnRate('', 15));
    expect(error.kind).toBe('divisionByZero');
    expect(error.message).toBe(
      'CS_CHURN_RATE: starting is 0 or blank, so the rate has no denominator. ' +
        'Enter starting above 0.',
    );
  });

  it('rejects a zero denominator', () => {
    expect(failure(() => churnRate(0, 0)).kind).toBe('divisionByZero');
    expect(failure(() => nrr(0, 10, 0, 0)).kind).toBe('divisionByZero');
    expect(failure(() => grr(column(0, ''), 0, 0)).kind).toBe('divisionByZero');
  });

  it('rejects "abc" naming argument and row', () => {
    const error = failure(() => nrr(column(100, 'abc'), 10, 0, 0));
    expect(error.kind).toBe('value');
    expect(error.message).toBe(
      'CS_NRR: starting_arr row 2 is "abc", which is not a number. ' +
        'Enter an amount such as 1200 or 1,200.50, or leave the cell blank.',
    );
  });

  it('rejects a percentage as an amount', () => {
    const error = failure(() => nrr(column(100, '85%'), 10, 0, 0));
    expect(error.message).toContain('CS_NRR: starting_arr row 2 is "85%"');
    expect(error.message).toContain('takes no percentage');
  });

  it('rejects lost above starting', () => {
    const error = failure(() => churnRate(10, 12));
    expect(error.kind).toBe('value');
    expect(error.message).toContain('CS_CHURN_RATE: lost adds up to 12, more than starting (10)');
  });
});

describe('retention group_by', () => {
  it('matches keys trimmed and case-insensitively', () => {
    const owners = column('Ana', ' ana\u00a0', 'Bo', '', 'ANA');
    const starting = column(100, 200, 400, 50, 100);
    const expansion = column(10, 20, 0, 0, 0);
    const result = nrr(starting, expansion, 0, column(0, 0, 100, 0, 0), owners);
    expect(result).toEqual([
      ['Ana', 1.075],
      ['Bo', 0.75],
      ['(blank)', 1],
    ]);
  });

  it('skips a header row on every argument', () => {
    const result = grr(
      column('Starting ARR', 1_000),
      column('Contraction', 100),
      column('Churned', 50),
      column('Owner', 'Ana'),
    );
    expect(result).toEqual([['Ana', 0.85]]);
  });

  it('rejects a header on one argument only', () => {
    const error = failure(() =>
      grr(column('Starting ARR', 1_000), column(50, 100), column(0, 0), column('Ana', 'Ana')),
    );
    expect(error.message).toBe(
      'CS_GRR: starting_arr starts with the header "Starting ARR" but contraction starts with ' +
        'the value 50. Select the same rows for every argument, with or without headers.',
    );
  });

  it('rejects a zero denominator naming the group', () => {
    const error = failure(() => churnRate(column(10, 0), column(1, 0), column('Ana', 'Bo')));
    expect(error.kind).toBe('divisionByZero');
    expect(error.message).toContain('starting for group "Bo" is 0 or blank');
  });
});

describe('retention properties', () => {
  it('keeps pooled GRR within 0 and 1', () => {
    const amounts = fc.array(fc.integer({ min: -1e9, max: 1e9 }), { minLength: 1, maxLength: 20 });
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1e9 }), amounts, amounts, (start, down, lost) => {
        const result = grr(start, column(...down), column(...lost)) as number;
        expect(result).toBeGreaterThanOrEqual(0);
        expect(result).toBeLessThanOrEqual(1);
      }),
    );
  });
});

describe('open-ended ranges', () => {
  it('leaves blank rows below the data out of the groups', () => {
    const result = sheetFunctions.CS_NRR!(
      column(12_000, 8_000, 5_000, '', ''),
      column(3_000, 0, 0, '', ''),
      column(0, 1_000, 0, '', ''),
      column(0, 0, 5_000, '', ''),
      column('Ana', 'Ana', 'Ben', '', ''),
    );
    expect(result).toEqual([
      ['Ana', 1.1],
      ['Ben', 0],
    ]);
  });

  it('keeps rows with data but no key in the (blank) group', () => {
    const result = sheetFunctions.CS_GRR!([[100], [50], ['']], [[0], [10], ['']], 0, [
      ['Ana'],
      [''],
      [''],
    ]);
    expect(result).toEqual([
      ['Ana', 1],
      ['(blank)', 0.8],
    ]);
  });
});
