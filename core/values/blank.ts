import type { SheetScalar } from './types.js';

/** Spaces a pasted cell may carry: ASCII whitespace plus the no-break spaces web exports use. */
const SPACES = /^[\s\u00a0\u2007\u202f]+|[\s\u00a0\u2007\u202f]+$/g;

/** Removes leading and trailing spaces, including no-break spaces. */
export function trimSpaces(text: string): string {
  return text.replace(SPACES, '');
}

/** Tells whether a cell is blank: `""`, `null`, `undefined` or spaces only. Zero is not blank. */
export function isBlank(value: SheetScalar): value is '' | null | undefined {
  if (value === null || value === undefined) return true;
  return typeof value === 'string' && trimSpaces(value) === '';
}
