import { describe, expect, it } from 'vitest';
import { sheetFunctions } from '../../../core/index.js';
import { column, failure } from '../metrics/cells.js';

const lookup = sheetFunctions.CS_LOOKUP!;

describe('CS_LOOKUP shapes', () => {
  it('rejects a row of lookup keys', () => {
    const error = failure(() => lookup([['a', 'b']], column('a', 'b'), column(1, 2)));
    expect(error.kind).toBe('value');
    expect(error.message).toBe(
      'CS_LOOKUP: lookup_keys is 2 columns wide. Select a single column of keys, one per row.',
    );
  });

  it('rejects a key range of two columns', () => {
    const error = failure(() => lookup('b', [['a', 'b']], [[1, 2]]));
    expect(error.message).toMatch(/^CS_LOOKUP: keys is 2 columns wide/);
  });
});

describe('CS_LOOKUP values', () => {
  it('names a NaN value with its row', () => {
    const error = failure(() => lookup('b', column('a', 'b'), column(1, Number.NaN)));
    expect(error.kind).toBe('value');
    expect(error.message).toBe(
      'CS_LOOKUP: values row 2 is NaN, which is not a finite number. ' +
        'Check the formula or link that fills the cell, or enter a number.',
    );
  });
});
