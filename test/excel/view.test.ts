import { describe, expect, it } from 'vitest';
import { catalogue } from '../../core/index.js';
import { describeSheet, formulaSignature } from '../../excel/taskpane/view.js';

describe('formulaSignature', () => {
  it('brackets optional parameters', () => {
    const nrr = catalogue.find((definition) => definition.name === 'CS_NRR');
    if (nrr === undefined) throw new Error('CS_NRR is not in the catalogue');
    expect(formulaSignature(nrr)).toBe(
      'CS.NRR(starting_arr, expansion, contraction, churned, [group_by])',
    );
  });

  it('names every catalogue function in namespace CS', () => {
    for (const definition of catalogue) {
      expect(formulaSignature(definition)).toMatch(/^CS\.[A-Z][A-Z0-9_]+\(/);
    }
  });
});

describe('describeSheet', () => {
  it.each([
    [{ usedRange: 'A1:F120', rowCount: 120, columnCount: 6 }, 'A1:F120, 120 rows × 6 columns'],
    [{ usedRange: 'B2', rowCount: 1, columnCount: 1 }, 'B2, 1 row × 1 column'],
    [{ usedRange: '', rowCount: 0, columnCount: 0 }, 'no data'],
  ])('describes %o', (range, text) => {
    expect(describeSheet({ name: 'Data', ...range })).toBe(text);
  });
});
