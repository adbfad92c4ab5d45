import type {
  CellValue as ServerCell,
  FormulaWrite,
  RangeRequest,
  RangeValues,
  SheetSummary as ServerSheet,
  SheetWrite,
  WriteResult,
} from '../../gsheets/protocol.js';
import type { CellInput, CellValue, WorkbookPort } from '../port.js';
import { isFormula } from '../port.js';
import { escapeText } from './shared.js';

/** The server functions the port calls through `google.script.run`, by name. */
interface ServerFunctions {
  listSheets(): ServerSheet[];
  readSheetValues(request: RangeRequest): RangeValues;
  writeAddOnSheet(request: SheetWrite): WriteResult;
  writeFormulas(request: FormulaWrite): WriteResult;
}

/** The part of `google.script.run` the port uses; each `with…Handler` returns a new runner. */
export interface ScriptRunner {
  withSuccessHandler(handler: (value: unknown) => void): ScriptRunner;
  withFailureHandler(handler: (error: unknown) => void): ScriptRunner;
  [name: string]: unknown;
}

/**
 * Creates the port for the Sheets sidebar. Every call goes to a server function through
 * `google.script.run`, asynchronously, and calls may finish in any order, so each settles its
 * own promise. Dates arrive from the server as ISO text.
 */
export function gsheetsPort(runner: () => ScriptRunner): WorkbookPort {
  const call = <Name extends keyof ServerFunctions>(
    name: Name,
    ...args: Parameters<ServerFunctions[Name]>
  ): Promise<ReturnType<ServerFunctions[Name]>> =>
    new Promise((resolve, reject) => {
      const run = runner()
        .withSuccessHandler((value) => resolve(value as ReturnType<ServerFunctions[Name]>))
        .withFailureHandler((error) => reject(toError(error)));
      const serverFunction = run[name];
      if (typeof serverFunction !== 'function') {
        reject(new Error(`The add-on has no server function ${name}; update the add-on.`));
        return;
      }
      (serverFunction as (...values: unknown[]) => void).apply(run, args);
    });

  return {
    dialect: 'sheets',
    async listSheets() {
      const sheets = await call('listSheets');
      return sheets.map((sheet) => ({
        name: sheet.name,
        headers: sheet.headers,
        rowCount: sheet.rowCount,
        columnCount: sheet.columnCount,
        isCreatedByBuilder: sheet.isCreatedByAddOn,
      }));
    },
    async readSheet(name) {
      const values = await call('readSheetValues', { sheetName: name });
      if (values.headers.length === 0 && values.rows.length === 0) return [];
      return [values.headers, ...values.rows] as CellValue[][];
    },
    async writeSheet(name, rows) {
      await call('writeAddOnSheet', {
        sheetName: name,
        rows: rows.map((row) => row.map(valueCell)),
      });
      for (const block of formulaBlocks(rows)) {
        await call('writeFormulas', { sheetName: name, ...block });
      }
    },
  };
}

/** Returns the value to write for a cell, leaving formulas blank for `writeFormulas` to fill. */
function valueCell(cell: CellInput): ServerCell {
  if (isFormula(cell)) return '';
  return typeof cell === 'string' ? escapeText(cell) : cell;
}

/**
 * Groups the formulas of each row into runs of adjacent cells, one `writeFormulas` call per
 * run. Blank cells between formulas join the run (writing `""` leaves them blank), while a
 * value ends it, since writing `""` there would clear it.
 */
export function formulaBlocks(
  rows: readonly (readonly CellInput[])[],
): { row: number; column: number; formulas: string[][] }[] {
  const blocks: { row: number; column: number; formulas: string[][] }[] = [];
  rows.forEach((cells, rowIndex) => {
    let run: string[] = [];
    let start = 0;
    const close = () => {
      while (run.length > 0 && run[run.length - 1] === '') run.pop();
      if (run.length > 0) blocks.push({ row: rowIndex + 1, column: start + 1, formulas: [run] });
      run = [];
    };
    cells.forEach((cell, column) => {
      if (isFormula(cell)) {
        if (run.length === 0) start = column;
        run.push(cell.formula);
      } else if (cell === '' && run.length > 0) run.push('');
      else close();
    });
    close();
  });
  return blocks;
}

function toError(error: unknown): Error {
  if (error instanceof Error) return error;
  const message = (error as { message?: unknown } | null)?.message;
  return new Error(typeof message === 'string' ? message : String(error));
}
