import { parseIsoDate } from '../core/index.js';
import type { ExportTable } from './exports.js';

const US_DATE = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/;

/**
 * Rewrites the date columns of an export as ISO text. US exports write `M/D/YYYY`, which is
 * read as month first. A day-first date such as `31/12/2024` and any other text are rejected
 * with the file, row and column, because guessing the order would move money between periods.
 */
export function normalizeDateColumns(table: ExportTable, columns: readonly string[]): void {
  for (const name of columns) {
    const index = table.header.indexOf(name);
    if (index < 0) continue;
    table.rows.forEach((row, rowIndex) => {
      const value = row[index];
      if (value === null || value === undefined || value === '') return;
      row[index] = isoDate(String(value), table.file, rowIndex + 2, name);
    });
  }
}

/**
 * Rejects a second row with the same value in a key column, such as a subscription exported
 * twice, which would count its ARR twice.
 */
export function rejectDuplicateKeys(table: ExportTable, column: string): void {
  const index = table.header.indexOf(column);
  const seen = new Map<string, number>();
  table.rows.forEach((row, rowIndex) => {
    const key = String(row[index] ?? '').trim();
    if (key === '') return;
    const earlier = seen.get(key);
    if (earlier !== undefined) {
      throw new Error(
        `${table.file} row ${rowIndex + 2}, column ${column}: "${key}" repeats row ${earlier}. ` +
          `Remove the duplicate row and run again.`,
      );
    }
    seen.set(key, rowIndex + 2);
  });
}

function isoDate(text: string, file: string, row: number, column: string): string {
  const trimmed = text.trim();
  if (parseIsoDate(trimmed) !== undefined) return trimmed;

  const match = US_DATE.exec(trimmed);
  const iso = match === null ? undefined : `${match[3]}-${pad(match[1])}-${pad(match[2])}`;
  if (iso !== undefined && parseIsoDate(iso) !== undefined) return iso;

  throw new Error(
    `${file} row ${row}, column ${column}: "${text}" is not a date in ISO (2024-07-01) or ` +
      `US (7/1/2024) form. Export the column as ISO dates and run again.`,
  );
}

function pad(part: string | undefined): string {
  return (part ?? '').padStart(2, '0');
}
