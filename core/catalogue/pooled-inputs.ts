import { optional } from './types.js';
import type { PooledInput } from './aggregate.js';
import type { SheetArgument } from '../values/types.js';

/** Readings of amounts, losses and counts in the retention and rate functions. */
export const amount = { sign: 'nonNegative', noun: 'an amount' } as const;
export const loss = { sign: 'magnitude', noun: 'an amount' } as const;
export const count = { sign: 'nonNegative', booleans: true, noun: 'a count' } as const;

export const GROUP_BY = optional(
  'group_by',
  'Optional. One key per data row, such as the account owner; returns one (key, value) row per key.',
);

/** Declares ranges that are summed, each read the same way. */
export function pooled(
  names: readonly string[],
  args: readonly SheetArgument[],
  reading: PooledInput['reading'],
) {
  return names.map((name, index) => ({ name, argument: args[index], reading, additive: true }));
}
