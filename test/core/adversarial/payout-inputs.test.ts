import { describe, expect, it } from 'vitest';
import { ROLE_TEMPLATES, sheetFunctions, writePlanTable } from '../../../core/index.js';
import { failure } from '../metrics/cells.js';

const table = writePlanTable({ components: ROLE_TEMPLATES[0]!.components });
const names = [['GRR', 'NRR', 'CSAT']];

describe('CS_PAYOUT metric values', () => {
  it('rejects a GRR typed as 95 instead of 95%', () => {
    const error = failure(() =>
      sheetFunctions.CS_PAYOUT!(table, 'CSM', 10_000, names, [[95, 1.1, 0.9]]),
    );
    expect(error.kind).toBe('value');
    expect(error.message).toMatch(
      /^CS_PAYOUT: metric_values column GRR row 1: 95 is outside 0% to 100%/,
    );
    expect(error.message).toContain('enter 95% or 0.95');
  });

  it('rejects an NRR typed as 110 instead of 110%', () => {
    const error = failure(() =>
      sheetFunctions.CS_PAYOUT!(table, 'CSM', 10_000, names, [[0.95, 110, 0.9]]),
    );
    expect(error.message).toMatch(/^CS_PAYOUT: metric_values column NRR row 1: 110 means 11000%/);
  });

  it('still accepts values typed as percentages', () => {
    const payout = sheetFunctions.CS_PAYOUT!(table, 'CSM', 10_000, names, [['95%', '110%', '90%']]);
    expect(payout).toBe(sheetFunctions.CS_PAYOUT!(table, 'CSM', 10_000, names, [[0.95, 1.1, 0.9]]));
  });
});
