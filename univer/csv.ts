import type { CellInput } from './cells.js';

/** A plain decimal, as a spreadsheet reads it on import; `007` stays text, as ids often are. */
const PLAIN_NUMBER = /^-?(0|[1-9]\d*)(\.\d+)?([eE][-+]?\d+)?$/;

/**
 * Splits CSV text (RFC 4180) into records of fields: fields are separated by commas, may be
 * quoted with `"` (a doubled `""` inside is one quote), and may span lines when quoted. Accepts
 * LF or CRLF line ends, a trailing line end and a byte-order mark.
 */
export function parseCsv(text: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let field = '';
  let quoted = false;
  const source = text.startsWith('\ufeff') ? text.slice(1) : text;

  for (let index = 0; index < source.length; index++) {
    const char = source[index];
    if (quoted) {
      if (char !== '"') field += char;
      else if (source[index + 1] === '"') {
        field += '"';
        index++;
      } else quoted = false;
      continue;
    }

    if (char === '"' && field === '') {
      quoted = true;
    } else if (char === ',') {
      record.push(field);
      field = '';
    } else if (char === '\n' || char === '\r') {
      if (char === '\r' && source[index + 1] === '\n') index++;
      records.push([...record, field]);
      record = [];
      field = '';
    } else {
      field += char;
    }
  }
  if (quoted) throw new Error('Invalid CSV: a quoted field is not closed before the end.');
  if (field !== '' || record.length > 0) records.push([...record, field]);
  return records;
}

/**
 * Reads CSV fields the way a spreadsheet imports them. An empty field is a blank cell, a plain
 * decimal is a number, TRUE and FALSE are booleans, and `=...` is a formula. Anything else,
 * such as `$1,200`, `85%` or `2025-03-31`, stays text for the CS functions to read.
 */
export function csvCells(records: readonly (readonly string[])[]): CellInput[][] {
  return records.map((fields) => fields.map(csvCell));
}

function csvCell(field: string): CellInput {
  if (field === '') return null;
  if (PLAIN_NUMBER.test(field)) return Number(field);
  const upper = field.toUpperCase();
  if (upper === 'TRUE' || upper === 'FALSE') return upper === 'TRUE';
  return field;
}
