import { describe, expect, it } from 'vitest';
import { sheetFunctions } from '../../../core/index.js';
import { failure } from '../metrics/cells.js';

const attainment = (actual: string | number) => sheetFunctions.CS_ATTAINMENT!(actual, 1);

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

describe('non-finite cells', () => {
  it.each([Number.NaN, Number.POSITIVE_INFINITY])('says what to do with %s', (value) => {
    const error = failure(() => attainment(value));
    expect(error.message).toBe(
      `CS_ATTAINMENT: actual row 1 is ${value}, which is not a finite number. ` +
        'Check the formula or link that fills the cell, or enter a number.',
    );
  });
});

describe('CS_ATTAINMENT zero denominators', () => {
  it('names an actual of 0 in ratio mode', () => {
    const error = failure(() => sheetFunctions.CS_ATTAINMENT!(0, 1, 'ratio'));
    expect(error.kind).toBe('divisionByZero');
    expect(error.message).toBe(
      'CS_ATTAINMENT: actual row 1 is 0, so attainment is undefined. Enter an actual other than 0.',
    );
  });
});
