import type { CellValue } from '../port.js';

/** Rows searched for a header row: exports often put a title or a note above it. */
const HEADER_SEARCH_ROWS = 10;

/** Lower-cases a header and turns `_`, `-`, `.` and runs of spaces into one space. */
export function normalizeHeader(text: string): string {
  return text
    .toLowerCase()
    .replace(/[_\-.\u00a0]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * Finds the header row: the first of the top rows with at least two filled cells, all of them
 * text that is not a number, followed by a row with content. Returns 0 when none qualifies.
 */
export function detectHeaderRow(rows: readonly (readonly CellValue[])[]): number {
  const limit = Math.min(rows.length - 1, HEADER_SEARCH_ROWS);
  for (let index = 0; index < limit; index++) {
    const filled = (rows[index] ?? []).filter((cell) => cell !== '');
    const isText = filled.every((cell) => typeof cell === 'string' && !/^[\d.,$%()-]+$/.test(cell));
    if (filled.length >= 2 && isText && hasContent(rows[index + 1])) return index;
  }
  return 0;
}

/** Returns the 0-based index of the last row with content, or `headerRow` when none follows it. */
export function lastDataRow(rows: readonly (readonly CellValue[])[], headerRow: number): number {
  for (let index = rows.length - 1; index > headerRow; index--) {
    if (hasContent(rows[index])) return index;
  }
  return headerRow;
}

/** The header row's cells as text, for dropdowns and matching. */
export function headerCells(rows: readonly (readonly CellValue[])[], headerRow: number): string[] {
  return (rows[headerRow] ?? []).map((cell) => String(cell).trim());
}

function hasContent(row: readonly CellValue[] | undefined): boolean {
  return row !== undefined && row.some((cell) => cell !== '');
}
