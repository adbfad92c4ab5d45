import { valueError } from '../errors.js';
import { applyDraw, clawbackAdjustment, type DrawKind } from '../money/draws.js';
import { readDate } from '../values/dates.js';
import { describeSource, describeValue } from '../values/describe.js';
import { readNumber } from '../values/numbers.js';
import { readChoice } from '../values/options.js';
import { singleCell } from '../values/range.js';
import type { SheetScalar, ValueSource } from '../values/types.js';
import { mapRows, type RowReader } from './rowwise.js';
import { optional, required, type FunctionDefinition } from './types.js';

const DRAW_KINDS = ['non-recoverable', 'recoverable'] as const;

export const CS_DRAW: FunctionDefinition = {
  name: 'CS_DRAW',
  description:
    'Applies a draw to earnings, row by row: returns the amount paid, the top-up and the balance carried forward.',
  parameters: [
    required('earned', 'Variable pay earned in the period.'),
    required('draw', 'The guaranteed amount for the period.'),
    optional(
      'kind',
      'Optional. "non-recoverable" (default) or "recoverable" (the top-up is paid back later).',
    ),
    optional('balance', 'Optional. Recoverable balance brought forward from earlier periods.'),
  ],
  implementation: (earned, draw, kind, balance) => {
    const source = { functionName: 'CS_DRAW', argument: 'kind' };
    const chosen = readChoice(singleCell(kind, source), source, DRAW_KINDS, 'non-recoverable');
    const drawKind: DrawKind = chosen === 'recoverable' ? 'recoverable' : 'nonRecoverable';
    const specs = ['earned', 'draw', 'balance'].map((name, index) => ({
      name,
      argument: [earned, draw, balance][index],
      numeric: true,
    }));
    return mapRows('CS_DRAW', specs, (row) => {
      const amount = (name: string) => readMoney('CS_DRAW', row, name);
      const [paid, guaranteed] = [amount('earned'), amount('draw')];
      if (paid === undefined || guaranteed === undefined) return ['', '', ''];
      const carried = amount('balance') ?? 0;
      if (drawKind === 'nonRecoverable' && carried !== 0) {
        throw valueError(
          `CS_DRAW: balance row ${row('balance').row} is ${describeValue(row('balance').value)}, ` +
            `but a non-recoverable draw carries no balance. ` +
            `Enter kind "recoverable", or leave balance blank.`,
        );
      }
      const outcome = applyDraw(paid, guaranteed, drawKind, carried);
      return [outcome.paid, outcome.topUp, outcome.carriedForward];
    });
  },
};

export const CS_CLAWBACK: FunctionDefinition = {
  name: 'CS_CLAWBACK',
  description:
    'Negative adjustment when an account churns within the window after a paid renewal or expansion, row by row.',
  parameters: [
    required('paid', 'Amount paid for the renewal or expansion.'),
    required('rate', 'Share of the payment to recover, such as 50%.'),
    required('paid_date', 'Date the payment was earned.', 'date'),
    optional(
      'churn_date',
      'Optional. Date the account churned; blank means it has not churned.',
      'date',
    ),
    optional(
      'window_days',
      'Optional. Days after payment during which churn claws back; default 90.',
    ),
  ],
  implementation: (paid, rate, paidDate, churnDate, windowDays) => {
    const names = ['paid', 'rate', 'paid_date', 'churn_date', 'window_days'];
    const args = [paid, rate, paidDate, churnDate, windowDays];
    const specs = names.map((name, index) => ({
      name,
      argument: args[index],
      numeric: !name.endsWith('date'),
      dates: name.endsWith('date'),
    }));
    return mapRows('CS_CLAWBACK', specs, (row) => {
      const source = (name: string) => ({
        functionName: 'CS_CLAWBACK',
        argument: name,
        row: row(name).row,
      });
      const amount = readMoney('CS_CLAWBACK', row, 'paid');
      const share = readShare(row('rate').value, source('rate'));
      const paidOn = readDate(row('paid_date').value, source('paid_date'));
      if (amount === undefined || share === undefined || paidOn === undefined) return '';

      const churnedOn = readDate(row('churn_date').value, source('churn_date'));
      const window = readNumber(row('window_days').value, source('window_days'), {
        sign: 'nonNegative',
      });
      const days = churnedOn === undefined ? undefined : churnedOn - paidOn;
      return clawbackAdjustment(amount, share, days, window ?? 90);
    });
  },
};

/**
 * Reads a clawback rate from 0 to 1, taking `"50%"` as 0.5. A rate above 1 is rejected, since it
 * would recover more than was paid and 50 typed for 50% would claw back 50 times the payment.
 */
function readShare(value: SheetScalar, source: ValueSource): number | undefined {
  const share = readNumber(value, source, { percent: true, sign: 'nonNegative' });
  if (share === undefined || share <= 1) return share;

  const typedPercent = typeof value === 'string' && value.includes('%');
  const hint = typedPercent
    ? 'Enter a share from 0% to 100%.'
    : `Enter ${share}% or ${Number((share / 100).toPrecision(12))}.`;
  throw valueError(
    `${describeSource(source)} is ${describeValue(value)}, which is above 1 (100%) and would ` +
      `recover more than was paid. ${hint}`,
  );
}

function readMoney(functionName: string, row: RowReader, name: string): number | undefined {
  const source = { functionName, argument: name, row: row(name).row };
  return readNumber(row(name).value, source, { sign: 'nonNegative', noun: 'an amount' });
}
