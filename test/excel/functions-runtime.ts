import { readFileSync } from 'node:fs';
import vm from 'node:vm';

/** Where `npm run build` writes the Excel add-in. */
export const DIST = new URL('../../dist/excel/', import.meta.url);

/** The error codes of the real runtime, with the cell values Excel shows for them. */
export const ErrorCode = {
  invalidValue: '#VALUE!',
  notAvailable: '#N/A',
  divisionByZero: '#DIV/0!',
  invalidNumber: '#NUM!',
  nullReference: '#NULL!',
  invalidName: '#NAME?',
  invalidReference: '#REF!',
} as const;

/** Stands in for `CustomFunctions.Error`: an error code and an optional message. */
export class CustomFunctionsError {
  constructor(
    readonly code: string,
    readonly message?: string,
  ) {}
}

export type AssociatedFunction = (...args: unknown[]) => unknown;

/** What loading functions.js registered. */
export interface LoadedScript {
  readonly associations: ReadonlyMap<string, AssociatedFunction>;
  /** Ids associated more than once, which Excel would resolve to the last function. */
  readonly duplicates: readonly string[];
}

/**
 * Runs the built functions.js in a fresh `vm` context, the way the shared runtime runs it
 * after office.js: with a `CustomFunctions` global that records every association. Extra
 * globals such as `Office` and `Excel` can be passed in.
 */
export function loadFunctionsScript(globals: Record<string, unknown> = {}): LoadedScript {
  const associations = new Map<string, AssociatedFunction>();
  const duplicates: string[] = [];
  const CustomFunctions = {
    Error: CustomFunctionsError,
    ErrorCode,
    associate(id: string, fn: AssociatedFunction) {
      if (associations.has(id)) duplicates.push(id);
      associations.set(id, fn);
    },
  };

  const source = readFileSync(new URL('functions.js', DIST), 'utf8');
  const context = vm.createContext({
    CustomFunctions,
    console,
    setTimeout,
    clearTimeout,
    ...globals,
  });
  vm.runInContext(source, context, { filename: 'functions.js' });
  return { associations, duplicates };
}

/** Reads the built functions.json. */
export function readFunctionsJson(): {
  functions: { id: string; parameters: { name: string }[] }[];
} {
  return JSON.parse(readFileSync(new URL('functions.json', DIST), 'utf8'));
}
