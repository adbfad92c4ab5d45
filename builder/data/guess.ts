import type { CellValue, SheetSummary } from '../port.js';
import { SOURCES, type SourceId } from './fields.js';
import { detectHeaderRow, headerCells, lastDataRow } from './headers.js';
import { guessSheets, matchColumns, type DataMapping, type SourceMapping } from './mapping.js';

/** Rows of each sheet by name, as `WorkbookPort.readSheet` returns them. */
export type SheetRows = ReadonlyMap<string, readonly (readonly CellValue[])[]>;

/** Maps one sheet as a source: finds its header row, its last row and a column per field. */
export function mapSheet(
  source: SourceId,
  sheet: string,
  rows: readonly (readonly CellValue[])[],
): SourceMapping {
  const headerRow = detectHeaderRow(rows);
  return {
    sheet,
    headerRow,
    lastRow: lastDataRow(rows, headerRow),
    columns: matchColumns(source, headerCells(rows, headerRow)),
  };
}

/**
 * Guesses a whole mapping from the sheets' contents: the likeliest sheet for each source by
 * its headers, then each field's column. Sources with no fitting sheet are left out.
 */
export function guessMapping(sheets: SheetRows, builderSheets: ReadonlySet<string> = new Set()): DataMapping {
  const summaries: SheetSummary[] = [...sheets].map(([name, rows]) => {
    const headers = headerCells(rows, detectHeaderRow(rows));
    return {
      name,
      headers,
      rowCount: rows.length,
      columnCount: headers.length,
      isCreatedByBuilder: builderSheets.has(name),
    };
  });
  const mapping: DataMapping = {};
  const guesses = guessSheets(summaries);
  for (const source of SOURCES) {
    const name = guesses[source.id];
    const rows = name === undefined ? undefined : sheets.get(name);
    if (name !== undefined && rows !== undefined) mapping[source.id] = mapSheet(source.id, name, rows);
  }
  return mapping;
}
