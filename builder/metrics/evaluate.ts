import { isCellError, sheetFunctions, type SheetArgument } from '../../core/index.js';
import { ownerValues, totalsByOwner } from './owners.js';
import { fieldValues } from '../data/columns.js';
import type { DataMapping } from '../data/mapping.js';
import type { Period, Rep } from '../people/reps.js';
import type { CellValue } from '../port.js';
import type { Operand, PayoutColumn, Recipe } from './recipes.js';

/** One rep's value in a computed column, or why it has none. */
export type PreviewCell = { readonly value: number } | { readonly error: string };

/** Inputs of the preview: the mapping, the cells of the data sheets, the reps and the period. */
export interface PreviewContext {
  readonly mapping: DataMapping;
  readonly sheets: ReadonlyMap<string, readonly (readonly CellValue[])[]>;
  readonly reps: readonly Rep[];
  readonly period: Period;
}

/**
 * Computes each column for every rep the way its Apply formula will, with the same CS
 * functions from the core. The spreadsheet's own `SUMIF`, `AVERAGEIF` and `VLOOKUP` are done
 * here, matching names ignoring case and nothing else, as those functions do.
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

function sameName(cell: unknown, rep: string): boolean {
  return typeof cell === 'string' && cell.toLowerCase() === rep.toLowerCase();
}

function asColumn(values: readonly CellValue[]): CellValue[][] {
  return values.map((value) => [value]);
}
