import type { ICellData, Nullable } from '@univerjs/core';
import type { FormulaDataModel, FWorksheet } from '@univerjs/preset-sheets-core';
import { fromCellData, isCellErrorValue, type CellOutput } from './cells.js';
import type { CellErrorMessage, CellErrorMessages } from './error-messages.js';

/** The sources of computed values: the workbook's formula data and CS error messages. */
export interface ValueSources {
  readonly formulaData: FormulaDataModel;
  readonly messages: CellErrorMessages;
}

/**
 * Reads the computed values of a range such as `A1:C9`, with an error value's message when a
 * CS function produced it. Values are read unformatted and at full precision: Univer's own
 * `getValues` rounds to 12 significant digits and, in the browser, returns number-formatted
 * text such as "92.4%".
 */
export function readValues(
  sources: ValueSources,
  worksheet: FWorksheet,
  a1Range: string,
): CellOutput[][] {
  const range = worksheet.getRange(a1Range);
  const rows: CellOutput[][] = [];
  for (let row = range.getRow(); row <= range.getLastRow(); row++) {
    const cells: CellOutput[] = [];
    for (let column = range.getColumn(); column <= range.getLastColumn(); column++) {
      const value = fromCellData(computedCell(sources, worksheet, row, column));
      cells.push(withMessage(sources, worksheet, row, column, value));
    }
    rows.push(cells);
  }
  return rows;
}

/**
 * Finds why a cell shows an error value, when a CS function produced it. A message is kept
 * only while the cell still shows that error and its formula still calls that function.
 */
export function findCellMessage(
  sources: ValueSources,
  worksheet: FWorksheet,
  row: number,
  column: number,
): CellErrorMessage | undefined {
  const value = fromCellData(computedCell(sources, worksheet, row, column));
  if (!isCellErrorValue(value)) return undefined;

  const model = worksheet.getSheet();
  const position = { unitId: model.getUnitId(), sheetId: worksheet.getSheetId(), row, column };
  const found = sources.messages.find(position, value.error);
  const formula = model.getCellRaw(row, column)?.f?.toUpperCase() ?? '';
  return found !== undefined && formula.includes(found.functionName) ? found : undefined;
}

function withMessage(
  sources: ValueSources,
  worksheet: FWorksheet,
  row: number,
  column: number,
  value: CellOutput,
): CellOutput {
  if (!isCellErrorValue(value)) return value;
  const found = findCellMessage(sources, worksheet, row, column);
  return found === undefined ? value : { error: value.error, message: found.message };
}

/** Reads the cell's own value, or the value an array result spilled into it. */
function computedCell(
  sources: ValueSources,
  worksheet: FWorksheet,
  row: number,
  column: number,
): Nullable<ICellData> {
  const model = worksheet.getSheet();
  const own = model.getCellRaw(row, column);
  if (own?.v !== undefined && own.v !== null) return own;

  const spilled = sources.formulaData.getArrayFormulaCellData();
  return spilled[model.getUnitId()]?.[worksheet.getSheetId()]?.[row]?.[column] ?? own;
}
