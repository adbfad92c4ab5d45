import { valueError } from '../errors.js';
import { compoundChurn } from '../metrics/retention.js';
import { readNumber } from '../values/numbers.js';
import { singleCell } from '../values/range.js';
import { aggregate, sum } from './aggregate.js';
import { requireDenominator } from './guards.js';
import { count, GROUP_BY, pooled } from './pooled-inputs.js';
import { optional, required, type FunctionDefinition } from './types.js';

export const CS_CHURN_RATE: FunctionDefinition = {
  name: 'CS_CHURN_RATE',
  description: 'Churn rate as a fraction: lost ÷ starting, in logos or revenue.',
  parameters: [
    required(
      'starting',
      'Logos or ARR at the start of the period; TRUE/FALSE and Yes/No count as 1/0.',
    ),
    required('lost', 'Logos or ARR lost during the period; TRUE/FALSE and Yes/No count as 1/0.'),
    GROUP_BY,
  ],
  implementation: (starting, lost, groupBy) =>
    aggregate(
      'CS_CHURN_RATE',
      pooled(['starting', 'lost'], [starting, lost], count),
      groupBy,
      (values, scope) =>
        partOfWhole(
          'CS_CHURN_RATE',
          sum(values.get('lost')),
          'lost',
          sum(values.get('starting')),
          'starting',
          scope,
        ),
    ),
};

export const CS_RENEWAL_RATE: FunctionDefinition = {
  name: 'CS_RENEWAL_RATE',
  description: 'Renewal rate as a fraction: renewed ÷ up for renewal, in contracts or ARR.',
  parameters: [
    required('renewed', 'Contracts or ARR renewed; TRUE/FALSE and Yes/No count as 1/0.'),
    required(
      'up_for_renewal',
      'Contracts or ARR due for renewal; TRUE/FALSE and Yes/No count as 1/0.',
    ),
    GROUP_BY,
  ],
  implementation: (renewed, due, groupBy) =>
    aggregate(
      'CS_RENEWAL_RATE',
      pooled(['renewed', 'up_for_renewal'], [renewed, due], count),
      groupBy,
      (values, scope) =>
        partOfWhole(
          'CS_RENEWAL_RATE',
          sum(values.get('renewed')),
          'renewed',
          sum(values.get('up_for_renewal')),
          'up_for_renewal',
          scope,
        ),
    ),
};

export const CS_ANNUAL_CHURN: FunctionDefinition = {
  name: 'CS_ANNUAL_CHURN',
  description:
    'Compounds a churn rate over several periods: 1 − (1 − rate) ^ periods, not rate × periods.',
  parameters: [
    required('period_rate', 'Churn rate of one period as a fraction, such as 5% a month.'),
    optional('periods', 'Optional. Periods to compound over; default 12 (months in a year).'),
  ],
  implementation: (rate, periods) => {
    const source = { functionName: 'CS_ANNUAL_CHURN', argument: 'period_rate' };
    const periodsSource = { ...source, argument: 'periods' };
    const periodRate = readNumber(singleCell(rate, source), source, { percent: true });
    const count =
      readNumber(singleCell(periods, periodsSource), periodsSource, { sign: 'nonNegative' }) ?? 12;
    if (periodRate === undefined) return '';
    if (periodRate < 0 || periodRate > 1) {
      throw valueError(
        `CS_ANNUAL_CHURN: period_rate is ${periodRate}, outside 0 to 1. ` +
          `Enter a fraction or a percentage: 5% or 0.05.`,
      );
    }
    return compoundChurn(periodRate, count);
  },
};

function partOfWhole(
  functionName: string,
  part: number,
  partName: string,
  whole: number,
  wholeName: string,
  scope: string,
): number {
  requireDenominator(functionName, whole, wholeName, scope);
  if (part > whole) {
    throw valueError(
      `${functionName}: ${partName}${scope} adds up to ${part}, more than ${wholeName} (${whole}). ` +
        `Check that both ranges cover the same accounts and period.`,
    );
  }
  return part / whole;
}
