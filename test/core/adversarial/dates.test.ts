import { describe, expect, it } from 'vitest';
import { epochDayFromSerial, formatIsoDate, sheetFunctions } from '../../../core/index.js';
import { failure } from '../metrics/cells.js';

describe('date serials', () => {
  it('reads 9999-12-31, the last serial', () => {
    expect(formatIsoDate(epochDayFromSerial(2_958_465)!)).toBe('9999-12-31');
  });

  it('rejects serials after 9999-12-31', () => {
    expect(epochDayFromSerial(2_958_466)).toBeUndefined();
    expect(epochDayFromSerial(1e308)).toBeUndefined();
  });

  it('rejects a huge period_end instead of hanging', () => {
    const started = Date.now();
    const error = failure(() => sheetFunctions.CS_PRORATE!(1000, 1, 1e15, '', '', 'months'));
    expect(Date.now() - started).toBeLessThan(1000);
    expect(error.kind).toBe('value');
    expect(error.message).toMatch(
      /^CS_PRORATE: period_end row 1 is 1000000000000000, which is not a date/,
    );
  });

  it('rejects a huge period_end by days', () => {
    const error = failure(() => sheetFunctions.CS_PRORATE!(1000, 1, 1e308));
    expect(error.message).toMatch(/^CS_PRORATE: period_end row 1 is 1e\+308/);
  });
});
