import { isBlank, trimSpaces } from './blank.js';
import { valueError } from '../errors.js';
import { describeSource } from './describe.js';
import type { SheetScalar, ValueSource } from './types.js';

/** Name of the group that collects rows with a blank key, listed after every other group. */
export const BLANK_GROUP = '(blank)';

/** One group of rows: its key as first spelled, and the row indexes that belong to it. */
export interface Group {
  readonly key: string;
  readonly indexes: number[];
}

/**
 * Groups row indexes by key. Keys match after trimming spaces (no-break ones too) and ignoring
 * case, keep their first spelling, and come in order of first appearance. Blank keys form a
 * last group named `(blank)`, so that no row is dropped.
 */
export function groupRows(keys: readonly SheetScalar[]): Group[] {
  const groups = new Map<string, Group>();
  const blank: Group = { key: BLANK_GROUP, indexes: [] };

  keys.forEach((value, index) => {
    if (isBlank(value)) {
      blank.indexes.push(index);
      return;
    }
    const spelling = keyText(value);
    const normalized = normalizeKey(spelling);
    const group = groups.get(normalized) ?? { key: spelling, indexes: [] };
    group.indexes.push(index);
    groups.set(normalized, group);
  });

  const ordered = [...groups.values()];
  return blank.indexes.length > 0 ? [...ordered, blank] : ordered;
}

/**
 * Rejects a key cell that is NaN or Infinity, which only a misbehaving host passes, instead of
 * grouping or matching it as the text "NaN".
 */
export function requireFiniteKey(value: SheetScalar, source: ValueSource): void {
  if (typeof value !== 'number' || Number.isFinite(value)) return;
  throw valueError(
    `${describeSource(source)} is ${value}, which is not a key. ` +
      `Check the formula or link that fills the cell, or enter the key.`,
  );
}

/** Normalises a key for matching: trimmed, inner runs of spaces kept, lower case. */
export function normalizeKey(text: string): string {
  return trimSpaces(text).toLowerCase();
}

function keyText(value: SheetScalar): string {
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  return trimSpaces(String(value));
}
