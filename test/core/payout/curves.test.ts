import { describe, expect, it } from 'vitest';
import { sheetFunctions } from '../../../core/index.js';

const curve = sheetFunctions.CS_CURVE!;
const attainment = sheetFunctions.CS_ATTAINMENT!;

describe('CS_CURVE worked cases', () => {
  it('Prowi glossary "Accelerator": marginal tiers at 130 %', () => {
    const tiers = [
      [0, 0.08],
      [1, 0.12],
      [1.2, 0.16],
    ];
    const factor = curve(1.3, tiers) as number;
    expect(factor).toBeCloseTo(0.12, 12);
    expect(Math.round(factor * 150_000 * 100) / 100).toBe(18_000);
  });

  it('MyTime help: tiers on dollars, revenue 1,500 pays 425.00', () => {
    const tiers = [
      ['$0', '25%'],
      ['$500', '30%'],
      ['$3,000', '40%'],
    ];
    expect(curve(1500, tiers)).toBeCloseTo(425, 10);
  });

  it('Sales Cookie: cumulative versus non-cumulative tiers at 110 %', () => {
    const tiers = [
      [0, 0.06],
      [1, 0.08],
      [1.5, 0.1],
    ];
    expect((curve(1.1, tiers, 'marginal') as number) * 100_000).toBeCloseTo(6_800, 8);
    expect((curve(1.1, tiers, 'retroactive') as number) * 100_000).toBeCloseTo(8_800, 8);
  });

  it('SEC exhibit executive bonus plan (2006): points curve', () => {
    const points = [
      [0.8, 0.8],
      [1.0, 1.0],
      [1.2, 1.6],
    ];
    const factors = curve([[0.799], [0.8], [0.9], [1.1], [1.3]], points, 'points') as number[][];
    expect(factors.map((row) => row[0])).toEqual([
      0,
      0.8,
      expect.closeTo(0.9, 12),
      expect.closeTo(1.3, 12),
      1.6,
    ]);
    expect((factors[3]?.[0] as number) * 0.5).toBeCloseTo(0.65, 12);
  });

  it('FlowFuse public handbook: NRR 107.5 % pays half of the NRR component', () => {
    const factor = curve(
      1.075,
      [
        [1, 0],
        [1.15, 1],
      ],
      'points',
    ) as number;
    expect(factor).toBeCloseTo(0.5, 12);
    expect(factor * 0.5).toBeCloseTo(0.25, 12);
  });
});

describe('CS_CURVE options', () => {
  const linear = [[0, 1]];

  it('pays 0 below the threshold and pays at it', () => {
    expect(curve([[0.89], [0.9]], linear, 'marginal', 0.9)).toEqual([[0], [0.9]]);
  });

  it('limits the factor to the cap', () => {
    expect(
      curve(
        2.5,
        [
          [0, 1],
          [1, 2],
        ],
        'marginal',
        '',
        '150%',
      ),
    ).toBe(1.5);
  });

  it('skips a header row in the tier table', () => {
    expect(
      curve(0.5, [
        ['Attainment', 'Rate'],
        [0, 1],
      ]),
    ).toBe(0.5);
  });

  it('gives a blank row for a blank attainment', () => {
    expect(curve([[0.5], [''], [null]], linear)).toEqual([[0.5], [''], ['']]);
  });

  it('rejects tiers out of order, naming both bounds', () => {
    expect(() =>
      curve(1, [
        [0, 1],
        [1.2, 1.5],
        [1, 2],
      ]),
    ).toThrow(/Tier 3 starts at 1, not above tier 2 \(1.2\)/);
  });

  it('rejects an unknown mode and lists the options', () => {
    expect(() => curve(1, linear, 'stepped')).toThrow(
      'CS_CURVE: mode is "stepped", which is not an option. Enter one of "marginal", "retroactive", "points".',
    );
  });

  it('rejects text attainment with a real error naming the row', () => {
    expect(() => curve([[1], ['abc']], linear)).toThrow(
      /CS_CURVE: attainment row 2 is "abc", which is not a number/,
    );
  });
});

describe('CS_ATTAINMENT', () => {
  it('divides actual by target when higher is better', () => {
    expect(attainment(1.05, 1.0)).toBeCloseTo(1.05, 12);
  });

  it('rewards churn below target and penalises churn above it', () => {
    expect(attainment(0.06, 0.08, 'lower')).toBeCloseTo(1.25, 12);
    expect(attainment(0.1, 0.08, 'lower')).toBeCloseTo(0.75, 12);
    expect(attainment(0.2, 0.08, 'lower')).toBe(0);
  });

  it('inverts for the ratio option', () => {
    expect(attainment(40, 30, 'ratio')).toBeCloseTo(0.75, 12);
  });

  it('reads percentage text', () => {
    expect(attainment('104%', '100%')).toBeCloseTo(1.04, 12);
  });

  it('raises division by zero for a zero target', () => {
    expect(() => attainment([[1], [2]], [[1], [0]])).toThrow(
      expect.objectContaining({
        kind: 'divisionByZero',
        message: expect.stringContaining('target row 2 is 0'),
      }),
    );
  });

  it('broadcasts a single target against a column', () => {
    expect(attainment([[0.9], [1.1], ['']], 1)).toEqual([[0.9], [1.1], ['']]);
  });
});

describe('negative tier bounds', () => {
  it('rejects a curve tier starting below 0', () => {
    expect(() =>
      curve(
        0.5,
        [
          [-1, 1],
          [1, 2],
        ],
        'retroactive',
      ),
    ).toThrow('CS_CURVE: Tier 1 starts at -1, below 0. Start the first tier at 0 or above.');
  });
});
