import { isBlank } from './blank.js';
import { parseNumberText } from './numbers.js';
import type { SheetScalar } from './types.js';

/**
 * Tells whether the first cell of a column is a header: text that is not a number, with at
 * least one filled cell below it. A lone text cell is data, so its error message still shows.
 */
export function startsWithHeader(cells: readonly SheetScalar[]): boolean {
  const [first, ...rest] = cells;
  if (typeof first !== 'string' || isBlank(first)) return false;
  if (parseNumberText(first, true) !== undefined) return false;
  if (/^(yes|no|y|n|true|false)$/i.test(first.trim())) return false;
  return rest.some((value) => !isBlank(value));
}
