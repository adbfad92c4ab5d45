import type { SheetSummary } from '../port.js';
import { fieldsOf, SOURCES, type SourceId } from './fields.js';
import { normalizeHeader } from './headers.js';

/** Location of one source's data: its sheet, header row, last row and a column per field. */
export interface SourceMapping {
  readonly sheet: string;
  /** 0-based index of the header row; data starts on the row below. */
  readonly headerRow: number;
  /** 0-based index of the last row with data. */
  readonly lastRow: number;
  /** 0-based column of each mapped field, by field id. */
  readonly columns: Readonly<Record<string, number>>;
}

/** The sheet and columns chosen for each source; a source left out is not used. */
export type DataMapping = Partial<Record<SourceId, SourceMapping>>;

/**
 * Matches header names to a source's fields. An exact match (after normalising) wins over a
 * header that merely contains every word of a synonym, and each column serves one field.
 */
export function matchColumns(source: SourceId, headers: readonly string[]): Record<string, number> {
  const normalized = headers.map(normalizeHeader);
  const taken = new Set<number>();
  const columns: Record<string, number> = {};
  for (const strict of [true, false]) {
    for (const field of fieldsOf(source)) {
      if (field.id in columns) continue;
      const column = findColumn(normalized, field.synonyms, taken, strict);
      if (column === undefined) continue;
      columns[field.id] = column;
      taken.add(column);
    }
  }
  return columns;
}

/**
 * Picks the likeliest sheet for each source: one whose headers match every required field,
 * preferring the most matched fields. Sheets the builder wrote are never data.
 */
export function guessSheets(sheets: readonly SheetSummary[]): Partial<Record<SourceId, string>> {
  const guesses: Partial<Record<SourceId, string>> = {};
  for (const source of SOURCES) {
    let best: { name: string; score: number } | undefined;
    for (const sheet of sheets) {
      if (sheet.isCreatedByBuilder) continue;
      const score = sourceScore(source.id, matchColumns(source.id, sheet.headers));
      if (score > (best?.score ?? 0)) best = { name: sheet.name, score };
    }
    if (best !== undefined) guesses[source.id] = best.name;
  }
  return guesses;
}

/**
 * Scores how well matched columns fit a source: 0 when a required field is missing, else the
 * number of matched fields. Survey sheets need a score and an account id or owner.
 */
export function sourceScore(source: SourceId, columns: Readonly<Record<string, number>>): number {
  const required = SOURCES.find((candidate) => candidate.id === source)?.required ?? [];
  if (required.some((field) => !(field in columns))) return 0;
  if (source === 'surveys') {
    const hasScore = ['csat', 'nps', 'ces'].some((field) => field in columns);
    const hasKey = 'accountId' in columns || 'owner' in columns;
    if (!hasScore || !hasKey) return 0;
  }
  return Object.keys(columns).length;
}

function findColumn(
  headers: readonly string[],
  synonyms: readonly string[],
  taken: ReadonlySet<number>,
  strict: boolean,
): number | undefined {
  for (const synonym of synonyms) {
    const words = synonym.split(' ');
    const index = headers.findIndex((header, column) => {
      if (taken.has(column) || header === '') return false;
      if (strict) return header === synonym;
      const headerWords = header.split(' ');
      return words.length > 1 && words.every((word) => headerWords.includes(word));
    });
    if (index >= 0) return index;
  }
  return undefined;
}
