import { describe, expect, it } from 'vitest';
import { sheetFunctions } from '../../../core/index.js';

describe('CS_DRAW', () => {
  it('QuotaPath help: non-recoverable draw tops 3,200 up to 5,000', () => {
    expect(sheetFunctions.CS_DRAW!(3200, 5000)).toEqual([[5000, 1800, 0]]);
  });

  it('QuotaPath help: recoverable draw carries the 1,800 forward', () => {
    expect(sheetFunctions.CS_DRAW!(3200, 5000, 'recoverable')).toEqual([[5000, 1800, 1800]]);
  });

  it('recovers a carried balance from earnings above the draw', () => {
    expect(sheetFunctions.CS_DRAW!(6000, 5000, 'recoverable', 1800)).toEqual([[5000, 0, 800]]);
  });

  it('gives one row per rep for columns', () => {
    const rows = sheetFunctions.CS_DRAW!([[3200], [''], [7000]], 5000);
    expect(rows).toEqual([
      [5000, 1800, 0],
      ['', '', ''],
      [7000, 0, 0],
    ]);
  });
});

describe('CS_CLAWBACK', () => {
  it('Core8 docs: 50 % clawback of 10,000 on early exit is −5,000', () => {
    expect(sheetFunctions.CS_CLAWBACK!(10_000, '50%', '2025-01-15', '2025-03-01', 90)).toBe(-5000);
  });

  it('claws nothing back after the window', () => {
    expect(sheetFunctions.CS_CLAWBACK!(10_000, 0.5, '2025-01-15', '2025-06-01', 90)).toBe(0);
  });

  it('claws nothing back when the account did not churn', () => {
    expect(sheetFunctions.CS_CLAWBACK!(10_000, 0.5, '2025-01-15', '')).toBe(0);
  });
});
