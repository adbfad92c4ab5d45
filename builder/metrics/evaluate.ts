import { isCellError, sheetFunctions, type SheetArgument } from '../../core/index.js';
import { fieldValues, type FieldRef } from '../data/columns.js';
import type { SourceId } from '../data/fields.js';
import type { DataMapping } from '../data/mapping.js';
import type { Period, Rep } from '../people/reps.js';
import type { CellValue } from '../port.js';
import type { Operand, PayoutColumn, Recipe } from './recipes.js';

/** One rep's value in a computed column, or why it has none. */
export type PreviewCell = { readonly value: number } | { readonly error: string };

/** What the preview reads: the mapping, the data sheets' cells, the reps and the period. */
export interface PreviewContext {
  readonly mapping: DataMapping;
  readonly sheets: ReadonlyMap<string, readonly (readonly CellValue[])[]>;
  readonly reps: readonly Rep[];
  readonly period: Period;
}

/**
 * Computes each column for every rep the way its Apply formula will: the same CS functions
 * from the core, with the spreadsheet's lookups (`SUMIF`, `VLOOKUP`, `XLOOKUP`) done here.
 * Names match ignoring case and nothing else, as those lookups do.
 */
export function evaluateColumns(
  columns: readonly PayoutColumn[],
  context: PreviewContext,
): Map<string, PreviewCell[]> {
  const results = new Map<string, PreviewCell[]>();
  results.set('Rep', []);
  for (const column of columns) {
    results.set(column.header, evaluateRecipe(column.recipe, context, results));
  }
  results.delete('Rep');
  return results;
}

function evaluateRecipe(
  recipe: Recipe,
  context: PreviewContext,
  done: ReadonlyMap<string, PreviewCell[]>,
): PreviewCell[] {
  const reps = context.reps.map((rep) => rep.name);
  switch (recipe.kind) {
    case 'manual':
      return reps.map(() => ({ error: recipe.reason }));
    case 'copy':
      return [...(done.get(recipe.header) ?? [])];
    case 'sum':
    case 'average': {
      const owners = ownerValues(context, 'accounts');
      const values = fieldValues(context.mapping, context.sheets, recipe.value);
      const totals = totalsByOwner(owners, values);
      return reps.map((rep) => {
        const found = totals.get(rep.toLowerCase()) ?? { total: 0, count: 0 };
        if (recipe.kind === 'sum') return { value: found.total };
        if (found.count > 0) return { value: found.total / found.count };
        return { error: `${rep} owns no account with a value here.` };
      });
    }
    case 'grouped':
      return groupedByRep(recipe, context, done, reps);
  }
}

function groupedByRep(
  recipe: Extract<Recipe, { kind: 'grouped' }>,
  context: PreviewContext,
  done: ReadonlyMap<string, PreviewCell[]>,
  reps: readonly string[],
): PreviewCell[] {
  let rows: readonly (readonly unknown[])[];
  try {
    const args = recipe.args.map((operand) => operandValue(operand, context, done));
    const implementation = sheetFunctions[recipe.functionName];
    if (implementation === undefined)
      throw new Error(`${recipe.functionName} is not a CS function.`);
    const result = implementation(...args);
    rows = Array.isArray(result) ? (result as unknown[][]) : [];
  } catch (error) {
    const message = isCellError(error) || error instanceof Error ? error.message : String(error);
    return reps.map(() => ({ error: message }));
  }
  return reps.map((rep) => {
    const row = rows.find((candidate) => sameName(candidate[0], rep));
    const value = row?.[recipe.column - 1];
    if (typeof value === 'number') return { value };
    return { error: `${recipe.functionName} has no figure for ${rep} in this data.` };
  });
}

function operandValue(
  operand: Operand,
  context: PreviewContext,
  done: ReadonlyMap<string, PreviewCell[]>,
): SheetArgument {
  switch (operand.kind) {
    case 'number':
      return operand.value;
    case 'period':
      return context.period[operand.end];
    case 'field':
      return asColumn(fieldValues(context.mapping, context.sheets, operand.ref));
    case 'owner':
      return asColumn(ownerValues(context, operand.source));
    case 'column': {
      if (operand.header === 'Rep') return asColumn(context.reps.map((rep) => rep.name));
      const cells = done.get(operand.header) ?? [];
      const failed = cells.find((cell) => 'error' in cell);
      if (failed !== undefined && 'error' in failed) throw new Error(failed.error);
      return asColumn(cells.map((cell) => ('value' in cell ? cell.value : '')));
    }
  }
}

/**
 * Lists the owner of each row of a source: its own owner column when mapped, else the owner of
 * its account in the accounts sheet through `CS_LOOKUP`, as the payouts formulas do.
 */
export function ownerValues(context: PreviewContext, source: SourceId): CellValue[] {
  const { mapping, sheets } = context;
  const column = (ref: FieldRef) => asColumn(fieldValues(mapping, sheets, ref));
  if (mapping[source]?.columns.owner !== undefined) {
    return fieldValues(mapping, sheets, { source, field: 'owner' });
  }
  const lookup = sheetFunctions.CS_LOOKUP;
  if (lookup === undefined) throw new Error('The core has no CS_LOOKUP function.');
  const owners = lookup(
    column({ source, field: 'accountId' }),
    column({ source: 'accounts', field: 'accountId' }),
    column({ source: 'accounts', field: 'owner' }),
  );
  if (!Array.isArray(owners)) return [owners as CellValue];
  return owners.map((row) => (row as CellValue[])[0] ?? '');
}

/**
 * Adds up the numbers of each owner's rows, as `SUMIF` and `AVERAGEIF` do: owners match
 * ignoring case only, and text, booleans and blanks are skipped.
 */
function totalsByOwner(
  owners: readonly CellValue[],
  values: readonly CellValue[],
): Map<string, { total: number; count: number }> {
  const totals = new Map<string, { total: number; count: number }>();
  owners.forEach((owner, index) => {
    const value = values[index];
    if (typeof owner !== 'string' || typeof value !== 'number') return;
    const entry = totals.get(owner.toLowerCase()) ?? { total: 0, count: 0 };
    entry.total += value;
    entry.count += 1;
    totals.set(owner.toLowerCase(), entry);
  });
  return totals;
}

function sameName(cell: unknown, rep: string): boolean {
  return typeof cell === 'string' && cell.toLowerCase() === rep.toLowerCase();
}

function asColumn(values: readonly CellValue[]): CellValue[][] {
  return values.map((value) => [value]);
}
