import {
  isCellError,
  serialFromEpochDay,
  type SheetArgument,
  type SheetResult,
  type SheetScalar,
} from '../../core/index.js';
import { CustomFunctionsError, ErrorCode } from './functions-runtime.js';

/** What a call returned or threw, in a form two calls can be compared by. */
export type Outcome =
  { readonly result: unknown } | { readonly code: string; readonly message: string | undefined };

/**
 * Rewrites an argument as Sheets would pass the same cells: a single cell as its value, blank
 * cells as `""`, and an omitted argument (`null` at the top level) as `undefined`.
 */
export function asSheetsArgument(excelArgument: unknown): SheetArgument {
  if (excelArgument === null || excelArgument === undefined) return undefined;
  const rows = excelArgument as SheetScalar[][];
  const cells = rows.map((row) => row.map((cell) => (cell === null ? '' : cell)));
  return cells.length === 1 && cells[0]?.length === 1 ? cells[0][0] : cells;
}

/** Runs an associated Excel function and records its result or its `CustomFunctions.Error`. */
export async function excelOutcome(call: () => unknown): Promise<Outcome> {
  try {
    return { result: await call() };
  } catch (error) {
    if (!(error instanceof CustomFunctionsError)) throw error;
    return { code: error.code, message: error.message };
  }
}

/**
 * Runs a core function and states what Excel must show for it: the result as rows with dates
 * as 1900 serials, or the error code and message Excel shows for the core's error. A result
 * holding Infinity or NaN must show as #VALUE!, since Excel cannot display it.
 */
export function expectedExcelOutcome(sheetsName: string, call: () => SheetResult): Outcome {
  const excelName = sheetsName.replace(/^CS_/, 'CS.');
  try {
    const rows = asExcelRows(call());
    const nonFinite = rows.flat().find((v) => typeof v === 'number' && !Number.isFinite(v));
    if (nonFinite === undefined) return { result: rows };
    const message = `${excelName}: the result ${nonFinite} is not a finite number.`;
    return { code: ErrorCode.invalidValue, message };
  } catch (error) {
    if (!isCellError(error)) throw error;
    const message = error.message.replace(new RegExp(`^${sheetsName}:`), `${excelName}:`);
    if (error.kind === 'value') return { code: ErrorCode.invalidValue, message };
    if (error.kind === 'notAvailable') return { code: ErrorCode.notAvailable, message };
    return { code: ErrorCode.divisionByZero, message: undefined };
  }
}

function asExcelRows(result: SheetResult): unknown[][] {
  const cell = (value: unknown) =>
    typeof value === 'object' && value !== null && 'epochDay' in value
      ? serialFromEpochDay((value as { epochDay: number }).epochDay)
      : value;
  return Array.isArray(result) ? result.map((row) => row.map(cell)) : [[cell(result)]];
}
