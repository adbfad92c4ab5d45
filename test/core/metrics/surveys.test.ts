import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sheetFunctions } from '../../../core/index.js';
import { column, failure, responses } from './cells.js';

const nps = sheetFunctions.CS_NPS!;
const csat = sheetFunctions.CS_CSAT!;
const ces = sheetFunctions.CS_CES!;

describe('CS_NPS worked cases', () => {
  it('public Python NPS gist: 100 promoters, 30 passives, 80 detractors', () => {
    const scores = responses({ 10: 60, 9: 40, 8: 20, 7: 10, 6: 30, 3: 30, 0: 20 });
    expect(nps(scores)).toBeCloseTo(9.5238095238, 9);
  });

  it('public Python NPS gist: one response each of 0 to 10', () => {
    const scores = column(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10);
    expect(nps(scores)).toBeCloseTo(-45.4545454545, 9);
  });

  it('is unrounded', () => {
    expect(nps(column(10, 10, 0))).toBeCloseTo(100 / 3, 12);
  });
});

describe('CS_CSAT and CS_CES worked cases', () => {
  it('Delighted help "How is CSAT calculated?": 74 of 107', () => {
    const scores = responses({ 5: 42, 4: 32, 3: 10, 2: 9, 1: 14 });
    expect(csat(scores)).toBeCloseTo(74 / 107, 12);
    expect(csat(scores)).toBeCloseTo(0.69159, 5);
  });

  it('CYS support, CES 7-point average: 4.08', () => {
    const scores = responses({ 1: 80, 2: 210, 3: 140, 4: 110, 5: 160, 6: 180, 7: 120 });
    expect(ces(scores)).toBeCloseTo(4.08, 12);
  });

  it('takes a scale and a satisfied minimum', () => {
    const scores = column(10, 9, 8, 7, 1);
    expect(csat(scores, 10)).toBe(0.4);
    expect(csat(scores, 10, 8)).toBe(0.6);
    expect(csat(scores, 10, 1)).toBe(1);
    expect(csat(column(5, 3, 1), '', '')).toBeCloseTo(1 / 3, 12);
  });

  it('takes a CES scale', () => {
    expect(ces(column(1, 5, 3), 5)).toBe(3);
  });
});

describe('survey blanks and headers', () => {
  it('computes NPS on the 8 filled cells of 10', () => {
    const scores = column(10, 9, 8, 7, 6, 10, 9, 3, '', '');
    expect(nps(scores)).toBe(25);
    expect(nps(column(10, 9, 8, 7, 6, 10, 9, 3, null, null))).toBe(25);
  });

  it('skips a header row', () => {
    expect(nps(column('Score', 9, 10, 0))).toBeCloseTo(100 / 3, 12);
  });

  it('reads text numbers', () => {
    expect(ces(column('4', ' 5 '))).toBe(4.5);
  });

  it('raises not available without responses', () => {
    const error = failure(() => nps(column('', '')));
    expect(error.kind).toBe('notAvailable');
    expect(error.message).toBe(
      'CS_NPS: scores has no responses, so there is nothing to compute. ' +
        'Select a range with at least one score.',
    );
  });
});

describe('survey bad responses', () => {
  it.each([11, 9.5, -1])('rejects an NPS score of %s', (score) => {
    const error = failure(() => nps(column(9, score)));
    expect(error.kind).toBe('value');
    expect(error.message).toBe(
      `CS_NPS: scores row 2 is ${score}, which is not a response on this scale. ` +
        'Enter a whole number from 0 to 10, or leave the cell blank.',
    );
  });

  it('rejects "abc" naming row and value', () => {
    const error = failure(() => nps(column(9, 'abc')));
    expect(error.kind).toBe('value');
    expect(error.message).toContain('CS_NPS: scores row 2 is "abc", which is not a number.');
  });

  it('rejects responses off the CSAT scale', () => {
    expect(failure(() => csat(column(5, 6))).message).toContain(
      'CS_CSAT: scores row 2 is 6, which is not a response on this scale. ' +
        'Enter a whole number from 1 to 5',
    );
    expect(failure(() => csat(column(0, 5))).message).toContain('scores row 1 is 0');
  });

  it('rejects responses off the CES scale', () => {
    expect(failure(() => ces(column(7, 8))).message).toContain(
      'CS_CES: scores row 2 is 8, which is not a response on this scale. ' +
        'Enter a whole number from 1 to 7',
    );
  });

  it('rejects a satisfied minimum off the scale', () => {
    expect(failure(() => csat(column(5), 5, 6)).message).toBe(
      'CS_CSAT: satisfied_min is 6, which is not a point of the scale. ' +
        'Enter a whole number from 1 to 5.',
    );
    expect(failure(() => csat(column(5), 5, '80%')).kind).toBe('value');
  });

  it('rejects a scale below 2', () => {
    expect(failure(() => ces(column(1), 1)).message).toBe(
      'CS_CES: scale is 1, which is not the top of a scale. ' +
        'Enter a whole number of 2 or more, such as 5 or 7.',
    );
  });
});

describe('survey group_by', () => {
  it('groups NPS by trimmed, case-insensitive keys', () => {
    const scores = column(10, 0, 9, 7, 10);
    const owners = column('Ana', 'Bo', '\u00a0ANA ', '', 'bo');
    expect(nps(scores, owners)).toEqual([
      ['Ana', 100],
      ['Bo', 0],
      ['(blank)', 0],
    ]);
  });

  it('groups CSAT with its options', () => {
    const result = csat(column(5, 3, 4), 5, 4, column('Ana', 'Ana', 'Bo'));
    expect(result).toEqual([
      ['Ana', 0.5],
      ['Bo', 1],
    ]);
  });

  it('raises not available for a group without responses', () => {
    const error = failure(() => ces(column(4, ''), 7, column('Ana', 'Bo')));
    expect(error.kind).toBe('notAvailable');
    expect(error.message).toContain('CS_CES: scores for group "Bo" has no responses');
  });
});

describe('survey properties', () => {
  it('keeps NPS within -100 and 100', () => {
    const cell = fc.oneof(fc.integer({ min: 0, max: 10 }), fc.constant(''));
    fc.assert(
      fc.property(
        fc.array(cell, { maxLength: 60 }),
        fc.integer({ min: 0, max: 10 }),
        (cells, one) => {
          const score = nps(column(one, ...cells)) as number;
          expect(score).toBeGreaterThanOrEqual(-100);
          expect(score).toBeLessThanOrEqual(100);
        },
      ),
    );
  });

  it('keeps CSAT within 0 and 1', () => {
    const scores = fc.array(fc.integer({ min: 1, max: 7 }), { minLength: 1, maxLength: 60 });
    fc.assert(
      fc.property(scores, fc.integer({ min: 1, max: 7 }), (cells, minimum) => {
        const share = csat(column(...cells), 7, minimum) as number;
        expect(share).toBeGreaterThanOrEqual(0);
        expect(share).toBeLessThanOrEqual(1);
      }),
    );
  });
});
