import { describe, expect, it } from 'vitest';
import { sheetFunctions } from '../../core/index.js';

const lookup = sheetFunctions.CS_LOOKUP!;
const book = [['A-1'], ['a-2 '], ['A-3']];
const owners = [['Ana'], ['Ben'], ['']];

describe('CS_LOOKUP', () => {
  it('returns one row per lookup key, matching like group_by', () => {
    expect(lookup([['A-2'], ['\u00a0a-1'], ['A-1']], book, owners)).toEqual([
      ['Ben'],
      ['Ana'],
      ['Ana'],
    ]);
  });

  it('gives a blank row for a missing, blank or unassigned key', () => {
    expect(lookup([['A-9'], [''], ['A-3']], book, owners)).toEqual([[''], [''], ['']]);
  });

  it('returns every column of values', () => {
    const table = [
      ['Ana', 'CSM'],
      ['Ben', 'AM'],
      ['Cy', 'CSM'],
    ];
    expect(lookup([['A-3']], book, table)).toEqual([['Cy', 'CSM']]);
  });

  it('returns a single value for a single key and column', () => {
    expect(lookup('A-1', book, owners)).toBe('Ana');
  });

  it('rejects a key repeated with different values', () => {
    expect(() => lookup('A-1', [['A-1'], ['a-1']], [['Ana'], ['Ben']])).toThrow(
      'CS_LOOKUP: keys row 2 repeats the key "a-1" with different values ("Ben" after "Ana"). Keep one row per key.',
    );
  });

  it('rejects ranges of different lengths', () => {
    expect(() => lookup('A-1', book, [['Ana']])).toThrow(/keys has 3 rows but values has 1/);
  });
});
