import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  ROLE_TEMPLATES,
  calculatePayout,
  evaluateCurve,
  sheetFunctions,
  toCents,
  type Curve,
  type CurveMode,
} from '../../core/index.js';

const tiersArbitrary = fc
  .uniqueArray(fc.double({ min: 0, max: 3, noNaN: true }), { minLength: 1, maxLength: 5 })
  .chain((bounds) =>
    fc.tuple(
      fc.constant([...bounds].sort((a, b) => a - b)),
      fc.array(fc.double({ min: 0, max: 3, noNaN: true }), {
        minLength: bounds.length,
        maxLength: bounds.length,
      }),
    ),
  );

const curveArbitrary: fc.Arbitrary<Curve> = fc
  .tuple(
    tiersArbitrary,
    fc.constantFrom<CurveMode>('marginal', 'retroactive', 'points'),
    fc.option(fc.double({ min: 0, max: 2, noNaN: true }), { nil: undefined }),
    fc.option(fc.double({ min: 0.1, max: 3, noNaN: true }), { nil: undefined }),
  )
  .map(([[bounds, rates], mode, threshold, cap]) => {
    const sorted = mode === 'marginal' ? rates : [...rates].sort((a, b) => a - b);
    return {
      mode,
      tiers: bounds.map((from, index) => ({ from, rate: sorted[index] ?? 0 })),
      ...(threshold === undefined ? {} : { threshold }),
      ...(cap === undefined ? {} : { cap }),
    };
  });

const attainments = fc.tuple(
  fc.double({ min: 0, max: 4, noNaN: true }),
  fc.double({ min: 0, max: 4, noNaN: true }),
);

describe('curve properties', () => {
  it('never decreases as attainment rises', () => {
    fc.assert(
      fc.property(curveArbitrary, attainments, (curve, [a, b]) => {
        const [low, high] = a <= b ? [a, b] : [b, a];
        expect(evaluateCurve(curve, high).factor).toBeGreaterThanOrEqual(
          evaluateCurve(curve, low).factor - 1e-12,
        );
      }),
    );
  });

  it('never exceeds the cap', () => {
    fc.assert(
      fc.property(curveArbitrary, fc.double({ min: 0, max: 10, noNaN: true }), (curve, a) => {
        expect(evaluateCurve(curve, a).factor).toBeLessThanOrEqual(curve.cap ?? Infinity);
      }),
    );
  });

  it('pays 0 below the threshold', () => {
    fc.assert(
      fc.property(curveArbitrary, fc.double({ min: 0, max: 1, noNaN: true }), (curve, share) => {
        fc.pre(curve.threshold !== undefined && curve.threshold > 0);
        const below = (curve.threshold ?? 0) * share * 0.999;
        fc.pre(below < (curve.threshold ?? 0));
        expect(evaluateCurve(curve, below).factor).toBe(0);
      }),
    );
  });
});

describe('payout properties', () => {
  const plan = { components: ROLE_TEMPLATES.flatMap((template) => template.components) };
  const metric = fc.double({ min: 0.01, max: 2, noNaN: true });

  it('sums the rounded components exactly to the total', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...ROLE_TEMPLATES.map((template) => template.role)),
        fc.double({ min: 0, max: 500_000, noNaN: true }),
        fc.array(metric, { minLength: 14, maxLength: 14 }),
        (role, targetIncentive, values) => {
          const ids = ['nrr', 'grr', 'csat', 'onboarding_csat', 'time_to_onboard', 'expansion_arr'];
          const extra = ['upsell_rate', 'renewal_rate', 'churn_rate'];
          const metrics = new Map([...ids, ...extra].map((id, index) => [id, values[index] ?? 1]));
          const payout = calculatePayout(plan, { role, targetIncentive, metrics });
          const parts = payout.components.reduce((sum, part) => sum + toCents(part.amount), 0);
          expect(toCents(payout.total)).toBe(parts);
        },
      ),
    );
  });
});

describe('proration and retention properties', () => {
  it('returns the amount for a full period', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 100_000_000 }),
        fc.integer({ min: 40_000, max: 50_000 }),
        fc.integer({ min: 0, max: 400 }),
        (cents, start, length) => {
          const amount = cents / 100;
          expect(sheetFunctions.CS_PRORATE!(amount, start, start + length)).toBe(amount);
        },
      ),
    );
  });

  it('keeps GRR within 0 and 1', () => {
    const amount = fc.double({ min: 0, max: 1e9, noNaN: true });
    fc.assert(
      fc.property(
        fc.double({ min: 1, max: 1e9, noNaN: true }),
        amount,
        amount,
        (start, down, lost) => {
          const grr = sheetFunctions.CS_GRR!(start, down, lost) as number;
          expect(grr).toBeGreaterThanOrEqual(0);
          expect(grr).toBeLessThanOrEqual(1);
        },
      ),
    );
  });
});
