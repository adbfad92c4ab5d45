import type { SheetScalar, ValueSource } from './types.js';

/** Renders a cell value the way a message quotes it: text in quotes, numbers and booleans bare. */
export function describeValue(value: SheetScalar): string {
  if (value === null || value === undefined || value === '') return 'blank';
  if (typeof value === 'string') return JSON.stringify(value);
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  return String(value);
}

/** Names a value's place for a message, as in `CS_NRR: starting_arr row 7`. */
export function describeSource(source: ValueSource): string {
  const row = source.row === undefined ? '' : ` row ${source.row}`;
  return `${source.functionName}: ${source.argument}${row}`;
}
