import { divisionByZero, valueError } from '../errors.js';
import { customerLifetimeValue } from '../metrics/lifetime-value.js';
import { describeSource } from '../values/describe.js';
import { readNumber } from '../values/numbers.js';
import type { ValueSource } from '../values/types.js';
import { mapRows, type RowReader } from './rowwise.js';
import { optional, required, type FunctionDefinition } from './types.js';

const NAME = 'CS_CLV';

export const CS_CLV: FunctionDefinition = {
  name: NAME,
  description:
    'Customer lifetime value, row by row: ARPA × gross margin × (1 + d) ÷ (d + churn rate).',
  parameters: [
    required('arpa', 'Average revenue per account in one period, such as a month.'),
    required('gross_margin', 'Gross margin as a fraction or percentage: 80% or 0.8.'),
    required('churn_rate', 'Churn rate per period, in the same period as arpa: 5% or 0.05.'),
    optional('discount_rate', 'Optional. Discount rate per period, such as 1%; default 0.'),
  ],
  implementation: (arpa, grossMargin, churnRate, discountRate) => {
    const specs = [
      { name: 'arpa', argument: arpa, numeric: true },
      { name: 'gross_margin', argument: grossMargin, numeric: true },
      { name: 'churn_rate', argument: churnRate, numeric: true },
      { name: 'discount_rate', argument: discountRate, numeric: true },
    ];
    return mapRows(NAME, specs, (row) => {
      const revenue = readNumber(row('arpa').value, sourceOf(row, 'arpa'), {
        sign: 'nonNegative',
        noun: 'an amount',
      });
      const margin = readFraction(row, 'gross_margin');
      const churn = readFraction(row, 'churn_rate');
      const discount = readFraction(row, 'discount_rate') ?? 0;
      if (revenue === undefined || margin === undefined || churn === undefined) return '';

      if (discount + churn === 0) {
        throw divisionByZero(
          `${NAME}: churn_rate row ${row('churn_rate').row} and discount_rate are both 0, ` +
            `so lifetime value has no denominator. Enter a churn rate above 0.`,
        );
      }
      return customerLifetimeValue(revenue, margin, churn, discount);
    });
  },
};

function sourceOf(row: RowReader, name: string): ValueSource {
  return { functionName: NAME, argument: name, row: row(name).row };
}

/**
 * Reads a rate or margin from 0 to 1, taking `"80%"` as 0.8. A value above 1 is rejected with
 * the percentage it probably means, since 80 where 0.8 is meant would multiply the result by 100.
 */
function readFraction(row: RowReader, name: string): number | undefined {
  const source = sourceOf(row, name);
  const value = readNumber(row(name).value, source, { percent: true, sign: 'nonNegative' });
  if (value === undefined || value <= 1) return value;

  const fraction = Number((value / 100).toPrecision(12));
  throw valueError(
    `${describeSource(source)} is ${value}, which is above 1 (100%). ` +
      `Enter ${value}% or ${fraction}.`,
  );
}
