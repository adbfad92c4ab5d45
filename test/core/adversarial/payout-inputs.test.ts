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

describe('CS_PAYOUT amounts beyond cents', () => {
  it.each(['CS_PAYOUT', 'CS_EXPLAIN'])('%s rejects a payout too large for cents', (name) => {
    const error = failure(() =>
      sheetFunctions[name]!(table, 'CSM', 1e308, names, [[0.95, 1.1, 0.9]]),
    );
    expect(error.kind).toBe('value');
    expect(error.message).toMatch(new RegExp(`^${name}: target_incentive row 1 is 1e\\+308`));
    expect(error.message).toContain('too large to count in cents');
  });

  it('rejects a payout far above exact cents', () => {
    const error = failure(() =>
      sheetFunctions.CS_PAYOUT!(table, 'CSM', 1e20, names, [[0.95, 1.1, 0.9]]),
    );
    expect(error.kind).toBe('value');
  });

  it('rejects a payout above 15 digits of cents', () => {
    const error = failure(() =>
      sheetFunctions.CS_PAYOUT!(table, 'CSM', 2e13, names, [[0.92, 1.05, 0.85]]),
    );
    expect(error.message).toMatch(/^CS_PAYOUT: target_incentive row 1 is 20000000000000/);
  });

  it('pays a trillion to the cent', () => {
    const payout = sheetFunctions.CS_PAYOUT!(table, 'CSM', 1e12, names, [[0.92, 1.05, 0.85]]);
    expect(payout).toBe(1e12);
  });
});

describe('CS_PAYOUT metric columns', () => {
  it('rejects a metric named twice', () => {
    const error = failure(() =>
      sheetFunctions.CS_PAYOUT!(
        table,
        'CSM',
        10_000,
        [['GRR', 'NRR', 'CSAT', ' grr']],
        [[0.95, 1.1, 0.9, 0.5]],
      ),
    );
    expect(error.kind).toBe('value');
    expect(error.message).toMatch(/^CS_PAYOUT: metric_names has GRR in columns 1 and 4/);
  });

  it('rejects values wider than the names', () => {
    const error = failure(() =>
      sheetFunctions.CS_PAYOUT!(table, 'CSM', 10_000, names, [[0.95, 1.1, 0.9, 7]]),
    );
    expect(error.message).toBe(
      'CS_PAYOUT: metric_values has 4 columns but metric_names has 3 names. ' +
        'Select one name per metric column, in the same order.',
    );
  });

  it('rejects values narrower than the names', () => {
    const error = failure(() =>
      sheetFunctions.CS_PAYOUT!(table, 'CSM', 10_000, names, [[0.95, 1.1]]),
    );
    expect(error.message).toMatch(/^CS_PAYOUT: metric_values has 2 columns but metric_names has 3/);
  });
});
