/// <reference types="custom-functions-runtime" />
import { isCellError } from '../core/index.js';

/** The names one function goes by: `CS_NRR` in the core and Sheets, `CS.NRR` in Excel. */
export interface FunctionNames {
  readonly sheets: string;
  readonly excel: string;
}

/**
 * Converts what a function threw into the error Excel shows in the cell: `#VALUE!` with the
 * message for bad input, `#DIV/0!` for a zero or blank denominator, `#N/A` with the message
 * when there is nothing to compute. Excel shows messages only for `#VALUE!` and `#N/A`, so
 * `#DIV/0!` carries none. Anything else is a defect: it is logged and shown as `#VALUE!`.
 */
export function toExcelError(error: unknown, names: FunctionNames): CustomFunctions.Error {
  const { Error: ExcelError, ErrorCode } = CustomFunctions;
  if (isCellError(error)) {
    const message = renameFunction(error.message, names);
    switch (error.kind) {
      case 'value':
        return new ExcelError(ErrorCode.invalidValue, message);
      case 'divisionByZero':
        return new ExcelError(ErrorCode.divisionByZero);
      case 'notAvailable':
        return new ExcelError(ErrorCode.notAvailable, message);
    }
  }

  console.error(`CS Comp: ${names.excel} failed unexpectedly`, error);
  const detail = error instanceof Error ? error.message : String(error);
  return new ExcelError(
    ErrorCode.invalidValue,
    `${names.excel} failed unexpectedly (${detail}). Please report it with the formula's inputs.`,
  );
}

/** Rewrites a leading `CS_NRR:` as `CS.NRR:`, the name the user typed in Excel. */
function renameFunction(message: string, names: FunctionNames): string {
  const prefix = `${names.sheets}:`;
  return message.startsWith(prefix) ? `${names.excel}:${message.slice(prefix.length)}` : message;
}
