import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import vm from 'node:vm';

/** The folder `npm run build` writes and `clasp push` sends. */
export const GSHEETS_DIST = fileURLToPath(new URL('../../dist/gsheets/', import.meta.url));

const CLASP_JSON = fileURLToPath(new URL('../../.clasp.json', import.meta.url));

/** Global services of Apps Script that a pushed file could reach while loading. */
export const SERVICE_NAMES = [
  'SpreadsheetApp',
  'HtmlService',
  'ScriptApp',
  'PropertiesService',
  'CacheService',
  'LockService',
  'Session',
  'Utilities',
  'Logger',
  'DriveApp',
  'UrlFetchApp',
  'Browser',
] as const;

export type ServiceName = (typeof SERVICE_NAMES)[number];

/** A loaded Apps Script project: one global scope shared by all its files. */
export interface AppsScriptProject {
  readonly context: vm.Context;
  /** Services touched while the files loaded, each with the file being loaded. */
  readonly touchedWhileLoading: string[];
  /** Calls a top-level function by name, as Sheets does for a formula, a trigger or a menu. */
  call(name: string, ...args: unknown[]): unknown;
  /** Makes a `Date` in the project's realm, as Apps Script passes a date cell. */
  date(epochMilliseconds: number): Date;
  /** The project realm's own `Error`, which differs from the test's. */
  readonly Error: ErrorConstructor;
}

/**
 * Lists the script files of `dist/gsheets/` in the order `clasp push` sends them: files named
 * in `filePushOrder` first, in that order, then the rest by name, as clasp 3.4 sorts them.
 */
export function pushOrder(): string[] {
  const config = JSON.parse(readFileSync(CLASP_JSON, 'utf8')) as { filePushOrder?: string[] };
  const listed = (config.filePushOrder ?? []).map((file) => path.basename(file));
  const scripts = readdirSync(GSHEETS_DIST).filter((file) => /\.(js|gs)$/.test(file));
  const rank = (file: string) => (listed.includes(file) ? listed.indexOf(file) : listed.length);

  return scripts.sort((a, b) => rank(a) - rank(b) || a.localeCompare(b));
}

/**
 * Loads every script file of `dist/gsheets/` into one `vm` context, the way Apps Script runs a
 * project: a shared global scope, files in order, no modules, no Node globals (`require`,
 * `setTimeout`, `URL`, `TextEncoder` are absent). Touching any service while a file loads
 * throws, and is also recorded in case the code swallowed the error. After loading, each
 * service is the one given in `services`, or one that throws when used.
 */
export function loadAppsScriptProject(
  order: 'push' | 'reverse',
  services: Partial<Record<ServiceName, unknown>> = {},
): AppsScriptProject {
  const files = order === 'push' ? pushOrder() : pushOrder().reverse();
  const touchedWhileLoading: string[] = [];
  let loadingFile: string | undefined;
  const sandbox: Record<string, unknown> = {};

  for (const name of SERVICE_NAMES) {
    Object.defineProperty(sandbox, name, {
      get() {
        if (loadingFile !== undefined) {
          touchedWhileLoading.push(`${name} while loading ${loadingFile}`);
          throw new Error(`${name} was touched while loading ${loadingFile}`);
        }
        return services[name] ?? unavailableService(name);
      },
    });
  }
  const context = vm.createContext(sandbox);

  for (const file of files) {
    loadingFile = file;
    vm.runInContext(readFileSync(GSHEETS_DIST + file, 'utf8'), context, { filename: file });
  }
  loadingFile = undefined;

  const makeDate = vm.runInContext('(time) => new Date(time)', context) as (t: number) => Date;
  return {
    context,
    touchedWhileLoading,
    call: (name, ...args) => (context[name] as (...values: unknown[]) => unknown)(...args),
    date: makeDate,
    Error: vm.runInContext('Error', context) as ErrorConstructor,
  };
}

/** A service that throws on any use, so a test fails when code reaches one it should not. */
export function unavailableService(name: string): unknown {
  return new Proxy(
    {},
    {
      get(_, property) {
        throw new Error(`${name}.${String(property)} was used, but this test provides no ${name}`);
      },
    },
  );
}
