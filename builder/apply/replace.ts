import type { SheetSummary } from '../port.js';
import { DEFAULT_SHEET_NAMES } from './application.js';

/** Maximum length of a sheet name in Excel. Sheets and Univer accept longer names. */
const MAX_SHEET_NAME = 31;

/** Names of the sheets Apply writes. */
export interface SheetNames {
  readonly plan: string;
  readonly payouts: string;
}

/** Plan of a write: the sheet names, the earlier sheets it replaces and the names it changed. */
export interface SheetPlan {
  readonly names: SheetNames;
  /** Sheets the builder wrote before, which Apply copies to a previous version, then replaces. */
  readonly replacing: readonly string[];
  /** Names taken by sheets the builder did not create, and the names used instead. */
  readonly renamed: readonly { readonly wanted: string; readonly used: string }[];
}

/**
 * Decides where Apply writes. A name held by a sheet the builder did not create is never
 * touched: Apply uses `CS Plan 2` (or the next number not held by such a sheet) instead. A name
 * held by the builder's own earlier sheet is replaced, after the user confirms.
 */
export function resolveSheetNames(
  existing: readonly SheetSummary[],
  requested: SheetNames = DEFAULT_SHEET_NAMES,
): SheetPlan {
  const byName = new Map(existing.map((sheet) => [sheet.name.toLowerCase(), sheet]));
  const renamed: { wanted: string; used: string }[] = [];
  const replacing: string[] = [];
  // A name counts as free when no sheet has it or the builder's own sheet has it, so Apply
  // next to a person's "CS Plan" keeps replacing its "CS Plan 2" instead of adding "CS Plan 3".
  const isTakenByPerson = (candidate: string) =>
    byName.get(candidate.toLowerCase())?.isCreatedByBuilder === false;
  const pick = (name: string): string => {
    const used = freeName(name, isTakenByPerson, (number) => (number === 1 ? '' : ` ${number}`));
    const found = byName.get(used.toLowerCase());
    if (found !== undefined) replacing.push(found.name);
    if (isTakenByPerson(name)) renamed.push({ wanted: name, used });
    return found?.name ?? used;
  };
  return {
    names: { plan: pick(requested.plan), payouts: pick(requested.payouts) },
    replacing,
    renamed,
  };
}

/** Names the copy that keeps an earlier sheet: `CS Plan (previous)`, then `(previous 2)`, … */
export function previousVersionName(name: string, isTaken: (name: string) => boolean): string {
  return freeName(name, isTaken, (number) => ` (previous${number === 1 ? '' : ` ${number}`})`);
}

/**
 * Finds the first name not taken: `base` plus `suffix(1)`, then `suffix(2)`, …, shortening the
 * base so the name fits Excel's limit.
 */
function freeName(
  base: string,
  isTaken: (name: string) => boolean,
  suffix: (number: number) => string,
): string {
  for (let number = 1; ; number++) {
    const end = suffix(number);
    const candidate = base.slice(0, MAX_SHEET_NAME - end.length) + end;
    if (!isTaken(candidate)) return candidate;
  }
}
