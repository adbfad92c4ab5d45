import { fieldRange, hasFields, quoteSheetName } from '../data/columns.js';
import type { SourceId } from '../data/fields.js';
import type { DataMapping } from '../data/mapping.js';
import type { Operand, Recipe } from '../metrics/recipes.js';
import type { Formula, FormulaDialect } from '../port.js';

/** Positions of the payouts sheet's cells, for writing references to them. */
export interface FormulaContext {
  readonly dialect: FormulaDialect;
  readonly mapping: DataMapping;
  /** Rows below each data range's last row that formulas also cover. */
  readonly extraDataRows: number;
  /** Column letter of each payouts column, by header; `Rep` included. */
  readonly letters: ReadonlyMap<string, string>;
  /** First and last rep rows, 1-based. */
  readonly firstRow: number;
  readonly lastRow: number;
  /** Absolute cells holding the period's first and last day, such as `$B$1`. */
  readonly periodCells: { readonly start: string; readonly end: string };
}

/** Spells a CS function for a host: `CS_NRR` in Sheets and Univer, `CS.NRR` in Excel. */
export function functionName(name: string, dialect: FormulaDialect): string {
  return dialect === 'excel' ? `CS.${name.replace(/^CS_/, '')}` : name;
}

/**
 * Makes a complete formula from an expression. Sheets spills a range only inside
 * `ARRAYFORMULA`, and Excel and Univer spill arrays by themselves.
 * NOTE: `SUMIF` and `VLOOKUP` over a range of reps spill in Univer 0.25 (tested) and in
 * Excel with dynamic arrays (Microsoft 365, 2021). Neither Sheets nor Excel has run them here.
 */
export function wrapFormula(expression: string, dialect: FormulaDialect): Formula {
  return { formula: dialect === 'sheets' ? `=ARRAYFORMULA(${expression})` : `=${expression}` };
}

/** Writes the one formula that fills a column for every rep, or `undefined` for a manual one. */
export function recipeFormula(recipe: Recipe, context: FormulaContext): Formula | undefined {
  const reps = columnRange('Rep', context);
  switch (recipe.kind) {
    case 'manual':
      return undefined;
    case 'copy':
      return wrapFormula(columnRange(recipe.header, context), context.dialect);
    case 'sum':
    case 'average': {
      const owners = fieldRange(
        context.mapping,
        { source: 'accounts', field: 'owner' },
        context.extraDataRows,
      );
      const values = fieldRange(context.mapping, recipe.value, context.extraDataRows);
      const name = recipe.kind === 'sum' ? 'SUMIF' : 'AVERAGEIF';
      return wrapFormula(`${name}(${owners}, ${reps}, ${values})`, context.dialect);
    }
    case 'grouped': {
      const args = recipe.args.map((operand) => operandText(operand, context)).join(', ');
      const grouped = `${functionName(recipe.functionName, context.dialect)}(${args})`;
      return wrapFormula(`VLOOKUP(${reps}, ${grouped}, ${recipe.column}, FALSE)`, context.dialect);
    }
  }
}

/** Writes a payouts column's rep rows as a relative range, such as `A5:A12`. */
export function columnRange(header: string, context: FormulaContext): string {
  const letter = context.letters.get(header);
  if (letter === undefined) throw new Error(`The payouts sheet has no column "${header}".`);
  return `${letter}${context.firstRow}:${letter}${context.lastRow}`;
}

function operandText(operand: Operand, context: FormulaContext): string {
  switch (operand.kind) {
    case 'number':
      return String(operand.value);
    case 'period':
      return context.periodCells[operand.end];
    case 'column':
      return columnRange(operand.header, context);
    case 'field':
      return fieldRange(context.mapping, operand.ref, context.extraDataRows);
    case 'owner':
      return ownerText(operand.source, context);
  }
}

/**
 * Refers to the owner of each row of a source: its owner column, or `CS_LOOKUP` of its
 * account id in the accounts sheet, which matches ids as `group_by` does and gives `""` for
 * an account not found there.
 */
function ownerText(source: SourceId, context: FormulaContext): string {
  const range = (field: string, of: SourceId = source) =>
    fieldRange(context.mapping, { source: of, field }, context.extraDataRows);
  if (hasFields(context.mapping, source, 'owner')) return range('owner');
  const lookup = functionName('CS_LOOKUP', context.dialect);
  return `${lookup}(${range('accountId')}, ${range('accountId', 'accounts')}, ${range('owner', 'accounts')})`;
}

/** Refers to a cell of another sheet absolutely: `'CS Plan'!$A$1:$P$40`. */
export function sheetRange(sheet: string, range: string): string {
  return `${quoteSheetName(sheet)}!${range}`;
}
