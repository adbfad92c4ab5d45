import { valueError } from '../errors.js';
import { toCents } from '../money/rounding.js';
import {
  grossRevenueRetention,
  netRevenueRetention,
  type RetentionMovements,
} from '../metrics/retention.js';
import { aggregate, sum } from './aggregate.js';
import { requireDenominator } from './guards.js';
import { amount, GROUP_BY, loss, pooled } from './pooled-inputs.js';
import { required, type FunctionDefinition } from './types.js';

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
