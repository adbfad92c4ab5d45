import { valueError } from '../errors.js';
import { toCents } from '../money/rounding.js';
import {
  compoundChurn,
  grossRevenueRetention,
  netRevenueRetention,
  type RetentionMovements,
} from '../metrics/retention.js';
import { readNumber } from '../values/numbers.js';
import { singleCell } from '../values/range.js';
import { aggregate, sum, type PooledInput } from './aggregate.js';
import { requireDenominator } from './guards.js';
import { optional, required, type FunctionDefinition } from './types.js';
import type { SheetArgument } from '../values/types.js';

const amount = { sign: 'nonNegative', noun: 'an amount' } as const;
const loss = { sign: 'magnitude', noun: 'an amount' } as const;
const count = { sign: 'nonNegative', booleans: true, noun: 'a count' } as const;
const GROUP_BY = optional(
  'group_by',
  'Optional. One key per data row, such as the account owner; returns one (key, value) row per key.',
);

function pooled(
  names: readonly string[],
  args: readonly SheetArgument[],
  reading: PooledInput['reading'],
) {
  return names.map((name, index) => ({ name, argument: args[index], reading, additive: true }));
}

export const CS_NRR: FunctionDefinition = {
  name: 'CS_NRR',
  description:
    'Net revenue retention as a fraction: (starting + expansion − contraction − churned) ÷ starting ARR.',
  parameters: [
    required('starting_arr', 'ARR of the accounts active at the start of the period.'),
    required('expansion', 'ARR gained from those accounts during the period.'),
    required('contraction', 'ARR lost to downgrades; -500 and 500 both mean a loss of 500.'),
    required('churned', 'ARR lost from accounts that left; -500 and 500 both mean 500.'),
    GROUP_BY,
  ],
  implementation: (starting, expansion, contraction, churned, groupBy) =>
    aggregate(
      'CS_NRR',
      [
        ...pooled(['starting_arr', 'expansion'], [starting, expansion], amount),
        ...pooled(['contraction', 'churned'], [contraction, churned], loss),
      ],
      groupBy,
      (values, scope) => {
        const movements = {
          starting: sum(values.get('starting_arr')),
          expansion: sum(values.get('expansion')),
          contraction: sum(values.get('contraction')),
          churned: sum(values.get('churned')),
        };
        requireDenominator('CS_NRR', movements.starting, 'starting_arr', scope);
        requirePossibleLosses(movements, scope);
        return netRevenueRetention(movements);
      },
    ),
};

export const CS_GRR: FunctionDefinition = {
  name: 'CS_GRR',
  description:
    'Gross revenue retention as a fraction: (starting − contraction − churned) ÷ starting ARR, at most 1.',
  parameters: [
    required('starting_arr', 'ARR of the accounts active at the start of the period.'),
    required('contraction', 'ARR lost to downgrades; -500 and 500 both mean a loss of 500.'),
    required('churned', 'ARR lost from accounts that left; -500 and 500 both mean 500.'),
    GROUP_BY,
  ],
  implementation: (starting, contraction, churned, groupBy) =>
    aggregate(
      'CS_GRR',
      [
        ...pooled(['starting_arr'], [starting], amount),
        ...pooled(['contraction', 'churned'], [contraction, churned], loss),
      ],
      groupBy,
      (values, scope) => {
        const movements = {
          starting: sum(values.get('starting_arr')),
          contraction: sum(values.get('contraction')),
          churned: sum(values.get('churned')),
        };
        requireDenominator('CS_GRR', movements.starting, 'starting_arr', scope);
        return grossRevenueRetention(movements);
      },
    ),
};

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

/**
 * Rejects losses above what the cohort had plus what it gained, which would give a negative
 * NRR. Amounts are compared in cents, so float noise in sums such as 0.1 + 0.2 does not count.
 */
function requirePossibleLosses(movements: RetentionMovements, scope: string): void {
  const losses = movements.contraction + movements.churned;
  const gains = movements.starting + movements.expansion;
  if (toCents(losses) <= toCents(gains)) return;
  throw valueError(
    `CS_NRR: contraction and churned${scope} add up to ${losses}, more than starting_arr plus ` +
      `expansion (${gains}). Check that every range covers the same accounts and period.`,
  );
}

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
