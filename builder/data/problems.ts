import { columnLetters, parseIsoDate } from '../../core/index.js';
import type { CellValue } from '../port.js';
import { repNameProblem } from '../people/names.js';
import { FIELDS, type FieldDefinition, type SourceId } from './fields.js';
import type { SourceMapping } from './mapping.js';

/** A problem in the data, located by sheet and cell so the user can find and fix it. */
export interface DataProblem {
  readonly sheet: string;
  /** A1 cell, such as `C7`. */
  readonly cell: string;
  readonly code:
    | 'text-number'
    | 'text-date'
    | 'bad-flag'
    | 'blank-owner'
    | 'spaces'
    | 'pattern-name'
    | 'duplicate';
  readonly message: string;
}

const FLAG_TEXT = /^(true|false|yes|no|y|n)$/i;

/**
 * Checks every mapped cell of a source: text in number columns, dates that are text other than
 * ISO, flags that are not yes/no, blank owners, names with stray spaces, names that formulas
 * would read as patterns, and duplicate ids.
 */
export function findDataProblems(
  source: SourceId,
  mapping: SourceMapping,
  rows: readonly (readonly CellValue[])[],
): DataProblem[] {
  const problems: DataProblem[] = [];
  const fields = FIELDS.filter((field) => field.source === source && field.id in mapping.columns);
  const seen = new Map<string, string>();
  for (let row = mapping.headerRow + 1; row <= mapping.lastRow; row++) {
    const cells = rows[row] ?? [];
    if (cells.every((cell) => cell === '')) continue;
    for (const field of fields) {
      const column = mapping.columns[field.id] as number;
      const cell = `${columnLetters(column)}${row + 1}`;
      const message = cellProblem(field, cells[column] ?? '');
      if (message !== undefined) problems.push({ sheet: mapping.sheet, cell, ...message });
    }
    const duplicate = duplicateProblem(source, mapping, cells, row, seen);
    if (duplicate !== undefined) problems.push(duplicate);
  }
  return problems;
}

function cellProblem(
  field: FieldDefinition,
  value: CellValue,
): Pick<DataProblem, 'code' | 'message'> | undefined {
  const shown = JSON.stringify(value);
  if (field.id === 'owner' && value === '') {
    return {
      code: 'blank-owner',
      message: 'Owner is blank, so this row counts for no rep. Enter the owner.',
    };
  }
  if (typeof value !== 'string' || value === '') return undefined;
  if (value !== value.trim() && (field.kind === 'text' || field.kind === 'id')) {
    return {
      code: 'spaces',
      message: `${field.label} ${shown} has spaces at its start or end, and payout formulas match names exactly. Remove the spaces.`,
    };
  }
  const patternName = field.id === 'owner' || field.id === 'rep' ? repNameProblem(value) : undefined;
  if (patternName !== undefined) return { code: 'pattern-name', message: patternName };
  if (field.kind === 'number' || field.kind === 'score') {
    return {
      code: 'text-number',
      message: `${field.label} is the text ${shown}, and spreadsheet sums skip text. Enter it as a number.`,
    };
  }
  if (field.kind === 'date' && parseIsoDate(value) === undefined) {
    return {
      code: 'text-date',
      message: `${field.label} is the text ${shown}, which is not a date. Enter a date, or ISO text such as 2025-03-31.`,
    };
  }
  if (field.kind === 'flag' && !FLAG_TEXT.test(value.trim())) {
    return {
      code: 'bad-flag',
      message: `${field.label} is ${shown}. Enter TRUE or FALSE, Yes or No, or an amount.`,
    };
  }
  return undefined;
}

/**
 * Reports a repeated account id in the accounts sheet, a subscription row whose mapped cells
 * all repeat an earlier row, which would count its ARR twice, and a repeated roster rep.
 */
function duplicateProblem(
  source: SourceId,
  mapping: SourceMapping,
  cells: readonly CellValue[],
  row: number,
  seen: Map<string, string>,
): DataProblem | undefined {
  if (source === 'roster') return duplicateRep(mapping, cells, row, seen);
  const idColumn = mapping.columns.accountId;
  if (idColumn === undefined || (source !== 'accounts' && source !== 'subscriptions')) return;
  const columns = source === 'accounts' ? [idColumn] : Object.values(mapping.columns);
  const key = columns.map((column) => String(cells[column] ?? '').toLowerCase()).join('\u0000');
  if (key.replace(/\u0000/g, '') === '') return undefined;

  const cell = `${columnLetters(idColumn)}${row + 1}`;
  const first = seen.get(key);
  if (first === undefined) {
    seen.set(key, cell);
    return undefined;
  }
  const message =
    source === 'accounts'
      ? `Account id ${JSON.stringify(cells[idColumn])} also appears in ${first}. Keep one row per account.`
      : `This subscription repeats the row of ${first}, so its ARR would count twice. Delete one of them.`;
  return { sheet: mapping.sheet, cell, code: 'duplicate', message };
}

/** Reports a roster rep named again, trimmed and ignoring case, as SUMIF matches names. */
function duplicateRep(
  mapping: SourceMapping,
  cells: readonly CellValue[],
  row: number,
  seen: Map<string, string>,
): DataProblem | undefined {
  const repColumn = mapping.columns.rep;
  if (repColumn === undefined) return undefined;
  const name = cells[repColumn] ?? '';
  const key = String(name).trim().toLowerCase();
  if (key === '') return undefined;

  const cell = `${columnLetters(repColumn)}${row + 1}`;
  const first = seen.get(key);
  if (first === undefined) {
    seen.set(key, cell);
    return undefined;
  }
  const message =
    `Rep ${JSON.stringify(name)} also appears in ${first}, and each row would be paid on all ` +
    `of that rep's accounts. Keep one row per rep.`;
  return { sheet: mapping.sheet, cell, code: 'duplicate', message };
}
