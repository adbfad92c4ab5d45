import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHeadlessWorkbook, type HeadlessWorkbook } from '../../univer/headless.js';

describe('CS function errors in Univer', () => {
  let book: HeadlessWorkbook;

  beforeAll(async () => {
    book = await createHeadlessWorkbook({
      sheets: [
        {
          name: 'Data',
          rows: [
            [0, 10, 5, '=1/0'],
            [null, 20, 'n/a', 7],
          ],
        },
      ],
    });
    book.setValues('Data', 'F1', [
      ['=CS_CHURN_RATE(A1:A2, B1:B2)'],
      ['=CS_CHURN_RATE(B1:B2, C1:C2)'],
      ['=CS_NPS(A2)'],
      ['=CS_NRR(B1:B2)'],
      ['=CS_CHURN_RATE(D1:D2, B1:B2)'],
      ['=CS_NOT_A_FUNCTION(B1)'],
    ]);
    await book.whenCalculated();
  });
  afterAll(() => book?.dispose());

  it('maps a zero denominator to #DIV/0!', () => {
    expect(book.getValue('Data', 'F1')).toEqual({
      error: '#DIV/0!',
      message:
        'CS_CHURN_RATE: starting is 0 or blank, so the rate has no denominator. Enter starting above 0.',
    });
  });

  it('maps unreadable text to #VALUE!', () => {
    expect(book.getValue('Data', 'F2')).toMatchObject({ error: '#VALUE!' });
    expect(book.getValue('Data', 'F2')).toHaveProperty(
      'message',
      expect.stringContaining('CS_CHURN_RATE: lost row 2 is "n/a", which is not a number.'),
    );
  });

  it('maps nothing to compute to #N/A', () => {
    expect(book.getValue('Data', 'F3')).toMatchObject({
      error: '#N/A',
      message: expect.stringContaining('CS_NPS: scores has no responses'),
    });
  });

  it('names the expected arguments on a wrong count', () => {
    expect(book.getValue('Data', 'F4')).toEqual({
      error: '#N/A',
      message:
        'CS_NRR takes 4 to 5 arguments (starting_arr, expansion, contraction, churned, ' +
        '[group_by]) but was given 1.',
    });
  });

  it('passes on an error value from a referenced cell', () => {
    expect(book.getValue('Data', 'F5')).toEqual({
      error: '#DIV/0!',
      message:
        'CS_CHURN_RATE: starting row 1 is #DIV/0!, so the result cannot be computed. ' +
        'Fix that cell or leave it out of the range.',
    });
  });

  it('leaves unknown names to Univer', () => {
    expect(book.getValue('Data', 'F6')).toEqual({ error: '#NAME?' });
  });

  it('drops the message once the cell is fixed or replaced', async () => {
    book.setValues('Data', 'A1', [[40]]);
    book.setFormula('Data', 'F5', '=1/0');
    await book.whenCalculated();
    expect(book.getValue('Data', 'F1')).toBe(30 / 40);
    expect(book.getValue('Data', 'F5')).toEqual({ error: '#DIV/0!' });
  });
});
