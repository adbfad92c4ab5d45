import { describe, expect, it } from 'vitest';
import { sheetFunctions } from '../../../core/index.js';
import { failure } from '../metrics/cells.js';

describe('CS_HEALTH weights', () => {
  it('rejects a text weight instead of reading it as a header', () => {
    const error = failure(() => sheetFunctions.CS_HEALTH!([[80, 60]], [['a', 1]]));
    expect(error.kind).toBe('value');
    expect(error.message).toMatch(/^CS_HEALTH: weights has 1 entries but values has 2 columns/);
  });

  it('skips a header above one weight per signal', () => {
    expect(sheetFunctions.CS_HEALTH!([[80, 60]], [['Weight'], [3], [1]])).toBe(75);
  });

  it('applies a single weight cell to every signal', () => {
    expect(sheetFunctions.CS_HEALTH!([[80, 60]], 2)).toBe(70);
  });
});

describe('CS_HEALTH empty values', () => {
  it.each([[[]], [[[]]]])('reports values with no columns: %j', (values) => {
    const error = failure(() => sheetFunctions.CS_HEALTH!(values, 1));
    expect(error.kind).toBe('notAvailable');
    expect(error.message).toBe(
      'CS_HEALTH: values has no columns, so there is nothing to compute. ' +
        'Select one column per signal and one row per account.',
    );
  });
});
