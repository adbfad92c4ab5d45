import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sheetFunctions } from '../../../core/index.js';
import { healthScore, scaleSignal } from '../../../core/metrics/health.js';
import { failure } from './cells.js';

const health = sheetFunctions.CS_HEALTH!;

describe('CS_HEALTH worked cases', () => {
  it('Gainsight scorecard help: weights 3, 2, 1 on 80, 60, 40', () => {
    expect(health([[80, 60, 40]], [[3, 2, 1]])).toBeCloseTo(66.6666666667, 9);
  });

  it('Gainsight scorecard help, pure maths', () => {
    const signals = [3, 2, 1].map((weight) => ({ weight, low: 0, high: 100 }));
    expect(healthScore([80, 60, 40], signals)).toBeCloseTo(66.6666666667, 9);
  });

  it('scales each signal between its low and high', () => {
    expect(scaleSignal(150, 0, 200)).toBe(75);
    expect(scaleSignal(-50, 0, 200)).toBe(0);
    expect(scaleSignal(300, 0, 200)).toBe(100);
  });

  it('scores lower as better when low is above high', () => {
    expect(scaleSignal(6, 30, 0)).toBe(80);
    expect(health([[6]], 1, 30, 0)).toBe(80);
  });

  it('renormalises weights over present signals', () => {
    expect(health([[80, 60, '']], [[3, 2, 1]])).toBe(72);
  });
});

describe('CS_HEALTH rows', () => {
  const weights = [[2], [1]];
  const lows = [[0, 30]];
  const highs = [[20, 0]];

  it('returns one score per row', () => {
    const values = [
      ['Logins', 'Open tickets'],
      [10, 6],
      [25, 45],
      ['', ''],
      [null, 15],
    ];
    expect(health(values, weights, lows, highs)).toEqual([
      [60],
      [expect.closeTo(200 / 3, 9)],
      [''],
      [50],
    ]);
  });

  it('reads percentages and Yes/No signals', () => {
    expect(health([['50%', 'Yes']], [[1, 1]], [[0, 0]], [[1, 1]])).toBe(75);
  });

  it('takes weights as percentages in a column', () => {
    expect(health([[100, 0]], [['75%'], ['25%']])).toBe(75);
  });

  it('skips a header above the weights', () => {
    expect(health([[100, 0]], [['Weight'], [3], [1]])).toBe(75);
  });

  it('leaves out a signal of weight 0', () => {
    expect(health([[100, 0]], [[1, 0]])).toBe(100);
    expect(health([['', 0]], [[1, 0]])).toBe('');
  });
});

describe('CS_HEALTH bad input', () => {
  it('rejects weights of the wrong width', () => {
    const error = failure(() => health([[80, 60, 40]], [[3, 2]]));
    expect(error.kind).toBe('value');
    expect(error.message).toBe(
      'CS_HEALTH: weights has 2 entries but values has 3 columns. ' +
        'Enter one entry per signal column of values, in the same order.',
    );
  });

  it('rejects highs of the wrong width', () => {
    expect(failure(() => health([[80, 60]], [[1, 1]], 0, [[100, 100, 100]])).message).toContain(
      'CS_HEALTH: highs has 3 entries but values has 2 columns.',
    );
  });

  it('rejects a low equal to the high', () => {
    expect(failure(() => health([[80, 60]], [[1, 1]], [[0, 50]], [[100, 50]])).message).toBe(
      'CS_HEALTH: signal 2 has low and high both 50, so it cannot be scaled. ' +
        'Enter a high above the low, or below it when lower is better.',
    );
  });

  it('rejects a blank weight', () => {
    expect(failure(() => health([[80, 60]], [[1, '']])).message).toContain(
      'CS_HEALTH: weights entry 2 is blank.',
    );
  });

  it('rejects weights that are all 0', () => {
    expect(failure(() => health([[80, 60]], [[0, 0]])).message).toContain('every weight is 0');
  });

  it('rejects "abc" naming row and value', () => {
    const error = failure(() =>
      health(
        [
          [80, 60],
          [70, 'abc'],
        ],
        [[1, 1]],
      ),
    );
    expect(error.kind).toBe('value');
    expect(error.message).toContain('CS_HEALTH: values row 2 is "abc", which is not a number.');
  });

  it('rejects a header row mixing names and values', () => {
    expect(
      failure(() =>
        health(
          [
            ['Logins', 5],
            [10, 5],
          ],
          [[1, 1]],
        ),
      ).message,
    ).toBe(
      'CS_HEALTH: values row 1 contains both the signal name "Logins" and the value 5. ' +
        'Put only signal names in a header row, or none.',
    );
  });

  it('rejects a two-dimensional weights range', () => {
    expect(
      failure(() =>
        health(
          [[1, 2]],
          [
            [1, 1],
            [1, 1],
          ],
        ),
      ).message,
    ).toContain('CS_HEALTH: weights has 2 rows and 2 columns.');
  });
});

describe('CS_HEALTH properties', () => {
  it('keeps every score within 0 and 100', () => {
    const signal = fc.record({
      weight: fc.integer({ min: 0, max: 10 }),
      low: fc.integer({ min: -1_000, max: 1_000 }),
      span: fc.integer({ min: 1, max: 1_000 }),
      isLowerBetter: fc.boolean(),
    });
    const cell = fc.oneof(fc.double({ min: -5_000, max: 5_000, noNaN: true }), fc.constant(''));
    const table = fc.array(signal, { minLength: 1, maxLength: 6 }).chain((signals) =>
      fc.tuple(
        fc.constant(signals),
        fc.array(fc.array(cell, { minLength: signals.length, maxLength: signals.length }), {
          minLength: 1,
          maxLength: 10,
        }),
      ),
    );

    fc.assert(
      fc.property(table, ([signals, rows]) => {
        fc.pre(signals.some((signal) => signal.weight > 0));
        const lows = signals.map((signal) =>
          signal.isLowerBetter ? signal.low + signal.span : signal.low,
        );
        const highs = signals.map((signal) =>
          signal.isLowerBetter ? signal.low : signal.low + signal.span,
        );
        const weights = [signals.map((signal) => signal.weight)];
        const result = health(rows, weights, [lows], [highs]);
        const scores = (Array.isArray(result) ? result.flat() : [result]).filter(
          (score) => score !== '',
        );
        for (const score of scores) {
          expect(score).toBeGreaterThanOrEqual(0);
          expect(score).toBeLessThanOrEqual(100);
        }
      }),
    );
  });
});
