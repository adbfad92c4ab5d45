import {
  CellError,
  serialFromEpochDay,
  type ResultScalar,
  type SheetArgument,
  type SheetResult,
  type SheetScalar,
} from '../core/index.js';
import { fromSerial1900, toSerial1900, type DateSystem } from './dates.js';

/** One cell as Excel receives it back from a custom function. Blank is `""`, never `null`. */
export type ExcelCell = number | string | boolean;

/** How to read one argument: what it is called in messages, and whether it contains dates. */
export interface ArgumentReading {
  readonly functionName: string;
  readonly parameter: string;
  readonly isDate: boolean;
  readonly dateSystem: DateSystem;
}

/**
 * Converts an argument as Excel passes it to the form the core reads, the same form Sheets
 * passes: a single cell (`[[v]]`) becomes `v`, `null` stays blank, and date serials of a
 * 1904 workbook become 1900 serials.
 * NOTE: older desktop builds pass a blank cell as 0, which cannot be distinguished from a
 * typed 0, so on those builds a blank reads as 0.
 */
export function toCoreArgument(value: unknown, reading: ArgumentReading): SheetArgument {
  if (!Array.isArray(value)) return toCoreCell(value, reading, 1);

  const rows = value.map((row: unknown, index) =>
    (Array.isArray(row) ? row : [row]).map((cell: unknown) => toCoreCell(cell, reading, index + 1)),
  );
  const single = rows.length === 1 && rows[0]?.length === 1;
  return single ? (rows[0]?.[0] ?? null) : rows;
}

/**
 * Converts a core result to the rows Excel spills: a single value becomes `[[value]]`, dates
 * become serials of the workbook's system, blanks become `""`, and short rows are padded
 * with `""` so the spill is rectangular.
 */
export function toExcelResult(
  result: SheetResult,
  dateSystem: DateSystem,
  functionName: string,
): ExcelCell[][] {
  const cell = (value: ResultScalar | undefined) => toExcelCell(value, dateSystem, functionName);
  if (!Array.isArray(result)) return [[cell(result)]];
  if (result.length === 0) return [['']];

  const width = result.reduce((widest, row) => Math.max(widest, row.length), 1);
  return result.map((row) => Array.from({ length: width }, (_, column) => cell(row[column])));
}

function toCoreCell(cell: unknown, reading: ArgumentReading, row: number): SheetScalar {
  if (cell === null || cell === undefined) return null;
  if (typeof cell === 'number') {
    return reading.isDate ? toSerial1900(cell, reading.dateSystem) : cell;
  }
  if (typeof cell === 'string' || typeof cell === 'boolean') return cell;

  throw new CellError(
    'value',
    `${reading.functionName}: ${reading.parameter} row ${row} contains an error or a data type, ` +
      `which is not a number, text, date or TRUE/FALSE. Correct that cell or leave it blank.`,
  );
}

function toExcelCell(
  value: ResultScalar | null | undefined,
  dateSystem: DateSystem,
  functionName: string,
): ExcelCell {
  if (value === null || value === undefined) return '';
  if (typeof value === 'object') {
    return fromSerial1900(serialFromEpochDay(value.epochDay), dateSystem);
  }
  if (typeof value === 'number' && !Number.isFinite(value)) {
    throw new CellError('value', `${functionName}: the result ${value} is not a finite number.`);
  }
  return value;
}
