import type { SheetScalar } from './types.js';

/** Spaces a pasted cell may carry: ASCII whitespace plus the no-break spaces web exports use. */
const SPACES = /^[\s\u00a0\u2007\u202f]+|[\s\u00a0\u2007\u202f]+$/g;

/** Removes leading and trailing spaces, including no-break spaces. */
export function trimSpaces(text: string): string {
  if (text === '' || (!isSpace(text.charCodeAt(0)) && !isSpace(text.charCodeAt(text.length - 1)))) {
    return text;
  }
  return text.replace(SPACES, '');
}

/** Tells whether a character code is one `SPACES` removes; checked first, since most cells have none. */
function isSpace(code: number): boolean {
  return (
    code <= 32 ||
    code === 0xa0 ||
    code === 0x2007 ||
    code === 0x202f ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x3000 ||
    code === 0xfeff ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x1680 ||
    code === 0x205f ||
    code === 0x85
  );
}

/** Tells whether a cell is blank: `""`, `null`, `undefined` or spaces only. Zero is not blank. */
export function isBlank(value: SheetScalar): value is '' | null | undefined {
  if (value === null || value === undefined) return true;
  return typeof value === 'string' && trimSpaces(value) === '';
}
