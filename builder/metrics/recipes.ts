import { hasFields, type FieldRef } from '../data/columns.js';
import type { SourceId } from '../data/fields.js';
import type { DataMapping } from '../data/mapping.js';

/** An argument of a recipe: a data column, the owner of each data row, a payouts column, a value. */
export type Operand =
  | { readonly kind: 'field'; readonly ref: FieldRef }
  /** The owner of each row of a source: its own owner column, or its account's owner. */
  | { readonly kind: 'owner'; readonly source: SourceId }
  | { readonly kind: 'column'; readonly header: string }
  | { readonly kind: 'number'; readonly value: number }
  | { readonly kind: 'period'; readonly end: 'start' | 'end' };

/**
 * The computation of one payouts column for every rep. Apply turns a recipe into one
 * spreadsheet formula, and the preview evaluates the same recipe with the core.
 */
export type Recipe =
  /** Sum of a field of the accounts each rep owns: `SUMIF(owners, reps, values)`. */
  | { readonly kind: 'sum'; readonly value: FieldRef }
  /** Mean of a field over the accounts each rep owns: `AVERAGEIF(owners, reps, values)`. */
  | { readonly kind: 'average'; readonly value: FieldRef }
  /** A grouped CS function, one row per owner, looked up by rep: `VLOOKUP(reps, CS_X(...), n)`. */
  | {
      readonly kind: 'grouped';
      readonly functionName: string;
      readonly args: readonly Operand[];
      /** 1-based column of the function's result to take: 2 is the first value after the key. */
      readonly column: number;
    }
  /** The values of another payouts column, under a metric's name. */
  | { readonly kind: 'copy'; readonly header: string }
  /** No data for it: the user types values into the column after Apply. */
  | { readonly kind: 'manual'; readonly reason: string };

/** A computed column of the payouts sheet. `metric` is set for the columns the plan pays on. */
export interface PayoutColumn {
  readonly header: string;
  readonly recipe: Recipe;
  readonly metric?: string;
}

export const ARR_COLUMNS = ['Starting ARR', 'Expansion', 'Contraction', 'Churned'] as const;
const WATERFALL_COLUMNS = [...ARR_COLUMNS, 'New', 'Ending ARR'] as const;
const MOVEMENT_FIELDS = ['startingArr', 'expansion', 'contraction', 'churned'] as const;

/**
 * Lists the ARR columns per rep: sums of the accounts sheet's movement columns when it has
 * them, else a waterfall of the subscription rows over the period, else none.
 */
export function arrColumns(mapping: DataMapping): PayoutColumn[] {
  if (hasFields(mapping, 'accounts', ...MOVEMENT_FIELDS)) {
    return ARR_COLUMNS.map((header, index) => ({
      header,
      recipe: { kind: 'sum', value: { source: 'accounts', field: MOVEMENT_FIELDS[index] ?? '' } },
    }));
  }
  const fields = ['accountId', 'startDate', 'endDate', 'arr'];
  if (
    !hasFields(mapping, 'subscriptions', ...fields) ||
    !ownerReachable(mapping, 'subscriptions')
  ) {
    return [];
  }
  const field = (name: string): Operand => ({
    kind: 'field',
    ref: { source: 'subscriptions', field: name },
  });
  const args: Operand[] = [
    field('accountId'),
    field('startDate'),
    field('endDate'),
    field('arr'),
    { kind: 'period', end: 'start' },
    { kind: 'period', end: 'end' },
    { kind: 'owner', source: 'subscriptions' },
  ];
  return WATERFALL_COLUMNS.map((header, index) => ({
    header,
    recipe: { kind: 'grouped', functionName: 'CS_ARR_WATERFALL', args, column: index + 2 },
  }));
}

/** Tells whether each row of a source has an owner: its own column, or its account's owner. */
export function ownerReachable(mapping: DataMapping, source: SourceId): boolean {
  if (hasFields(mapping, source, 'owner')) return true;
  return (
    hasFields(mapping, source, 'accountId') && hasFields(mapping, 'accounts', 'accountId', 'owner')
  );
}
