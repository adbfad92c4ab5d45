import type {
  FormulaWrite,
  FunctionSummary,
  RangeRequest,
  RangeValues,
  SheetSummary,
  SheetWrite,
  WriteResult,
} from '../protocol.js';

/** The server functions of `entry-points.js` that the sidebar may call, by name. */
export interface ServerFunctions {
  listSheets(): SheetSummary[];
  listFunctions(): FunctionSummary[];
  readSheetValues(request: RangeRequest): RangeValues;
  writeAddOnSheet(request: SheetWrite): WriteResult;
  writeFormulas(request: FormulaWrite): WriteResult;
}

/** The part of `google.script.run` the sidebar uses, with handlers set by chained calls. */
interface ScriptRunner {
  withSuccessHandler(handler: (value: unknown) => void): ScriptRunner;
  withFailureHandler(handler: (error: unknown) => void): ScriptRunner;
  [name: string]: unknown;
}

declare const google: { script: { run: ScriptRunner } };

/**
 * Calls a server function through `google.script.run` and settles with its result or its error.
 * Calls run concurrently and can finish in any order, so each caller handles its own result.
 */
export function callServer<Name extends keyof ServerFunctions>(
  name: Name,
  ...args: Parameters<ServerFunctions[Name]>
): Promise<ReturnType<ServerFunctions[Name]>> {
  return new Promise((resolve, reject) => {
    const runner = google.script.run
      .withSuccessHandler((value) => resolve(value as ReturnType<ServerFunctions[Name]>))
      .withFailureHandler((error) => reject(toError(error)));
    const serverFunction = runner[name] as (...values: unknown[]) => void;
    serverFunction.apply(runner, args);
  });
}

function toError(error: unknown): Error {
  if (error instanceof Error) return error;
  const message = (error as { message?: unknown } | null)?.message;
  return new Error(typeof message === 'string' ? message : String(error));
}
