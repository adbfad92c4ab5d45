import { valueError } from '../errors.js';
import { isBlank, trimSpaces } from './blank.js';
import { describeSource, describeValue } from './describe.js';
import type { SheetScalar, ValueSource } from './types.js';

/**
 * Reads a text option such as a curve mode, case-insensitively. A blank cell gives the
 * default; any other value must be one of `choices`.
 */
export function readChoice<T extends string>(
  value: SheetScalar,
  source: ValueSource,
  choices: readonly T[],
  fallback: T,
): T {
  if (isBlank(value)) return fallback;

  const text = typeof value === 'string' ? trimSpaces(value).toLowerCase() : undefined;
  const choice = choices.find((candidate) => candidate === text);
  if (choice !== undefined) return choice;

  throw valueError(
    `${describeSource(source)} is ${describeValue(value)}, which is not an option. ` +
      `Enter one of ${choices.map((option) => `"${option}"`).join(', ')}.`,
  );
}
