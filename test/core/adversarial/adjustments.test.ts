import { describe, expect, it } from 'vitest';
import { sheetFunctions } from '../../../core/index.js';
import { failure } from '../metrics/cells.js';

describe('CS_CLAWBACK rate', () => {
  it('rejects 50 where 50% is meant', () => {
    const error = failure(() =>
      sheetFunctions.CS_CLAWBACK!(10_000, 50, '2025-01-01', '2025-02-01'),
    );
    expect(error.kind).toBe('value');
    expect(error.message).toMatch(/^CS_CLAWBACK: rate row 1 is 50, which is above 1 \(100%\)/);
    expect(error.message).toContain('Enter 50% or 0.5.');
  });

  it('rejects recovering more than was paid', () => {
    const error = failure(() =>
      sheetFunctions.CS_CLAWBACK!(10_000, '150%', '2025-01-01', '2025-02-01'),
    );
    expect(error.message).toMatch(/^CS_CLAWBACK: rate row 1 is "150%"/);
  });

  it('accepts a full clawback', () => {
    expect(sheetFunctions.CS_CLAWBACK!(10_000, '100%', '2025-01-01', '2025-02-01')).toBe(-10_000);
  });
});

describe('CS_DRAW cents', () => {
  it('pays exactly the draw when earnings have half cents', () => {
    expect(sheetFunctions.CS_DRAW!(1.005, 2)).toEqual([[2, 0.99, 0]]);
  });

  it('rounds the draw before topping up', () => {
    expect(sheetFunctions.CS_DRAW!(1000.004, 2000.006)).toEqual([[2000.01, 1000.01, 0]]);
  });

  it('recovers a half-cent balance without going negative', () => {
    expect(sheetFunctions.CS_DRAW!(100, 50, 'recoverable', 0.015)).toEqual([[99.98, 0, 0]]);
  });
});

describe('CS_DRAW balance', () => {
  it('rejects a balance for a non-recoverable draw', () => {
    const error = failure(() => sheetFunctions.CS_DRAW!(8000, 5000, '', 1800));
    expect(error.kind).toBe('value');
    expect(error.message).toBe(
      'CS_DRAW: balance row 1 is 1800, but a non-recoverable draw carries no balance. ' +
        'Enter kind "recoverable", or leave balance blank.',
    );
  });

  it('accepts a zero balance for a non-recoverable draw', () => {
    expect(sheetFunctions.CS_DRAW!(8000, 5000, '', 0)).toEqual([[8000, 0, 0]]);
  });
});
