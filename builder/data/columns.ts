import { columnLetters } from '../../core/index.js';
import type { CellValue } from '../port.js';
import type { SourceId } from './fields.js';
import type { DataMapping, SourceMapping } from './mapping.js';

/** A mapped field of a source, such as the owner column of the accounts sheet. */
export interface FieldRef {
  readonly source: SourceId;
  readonly field: string;
}

/** Tells whether a source is mapped with every one of `fields`. */
export function hasFields(mapping: DataMapping, source: SourceId, ...fields: string[]): boolean {
  const columns = mapping[source]?.columns;
  return columns !== undefined && fields.every((field) => field in columns);
}

/** Reads a mapped field's cells from the row below the header to the last data row. */
export function fieldValues(
  mapping: DataMapping,
  sheets: ReadonlyMap<string, readonly (readonly CellValue[])[]>,
  ref: FieldRef,
): CellValue[] {
  const source = requireSource(mapping, ref);
  const column = requireColumn(source, ref);
  const rows = sheets.get(source.sheet) ?? [];
  const values: CellValue[] = [];
  for (let row = source.headerRow + 1; row <= source.lastRow; row++) {
    values.push(rows[row]?.[column] ?? '');
  }
  return values;
}

/**
 * Writes a mapped field's data cells as an absolute A1 range on its sheet, such as
 * `'Q1 data'!$C$2:$C$501`. `extraRows` extends it below the last data row.
 */
export function fieldRange(mapping: DataMapping, ref: FieldRef, extraRows = 0): string {
  const source = requireSource(mapping, ref);
  const letters = columnLetters(requireColumn(source, ref));
  const first = source.headerRow + 2;
  const last = Math.max(first, source.lastRow + 1 + extraRows);
  return `${quoteSheetName(source.sheet)}!$${letters}$${first}:$${letters}$${last}`;
}

/**
 * Quotes a sheet name for a formula, doubling its apostrophes: `'Q1 data'`, `'Bob''s'`. Every
 * name is quoted, since a bare name such as `Q1` would read as a cell.
 */
export function quoteSheetName(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}

function requireSource(mapping: DataMapping, ref: FieldRef): SourceMapping {
  const source = mapping[ref.source];
  if (source === undefined) throw new Error(`The ${ref.source} source is not mapped.`);
  return source;
}

function requireColumn(source: SourceMapping, ref: FieldRef): number {
  const column = source.columns[ref.field];
  if (column === undefined) {
    throw new Error(`Field ${ref.field} of the ${ref.source} source is not mapped.`);
  }
  return column;
}
