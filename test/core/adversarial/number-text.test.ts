import { describe, expect, it } from 'vitest';
import { sheetFunctions } from '../../../core/index.js';
import { failure } from '../metrics/cells.js';

const attainment = (actual: string) => sheetFunctions.CS_ATTAINMENT!(actual, 1);

describe('number text', () => {
  it.each(['(-5)', '(+5)', '(-$300)', '(−5)'])('rejects a sign inside parentheses: %s', (text) => {
    const error = failure(() => attainment(text));
    expect(error.kind).toBe('value');
    expect(error.message).toContain(
      `actual row 1 is ${JSON.stringify(text)}, which is not a number`,
    );
  });

  it.each([
    ['(300)', -300],
    ['($300)', -300],
    ['-$300', -300],
    ['$-300', -300],
    ['−5', -5],
  ])('reads %s', (text, value) => {
    expect(attainment(text)).toBe(value);
  });
});
