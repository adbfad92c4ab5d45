/// <reference types="office-js" />
import type { DateSystem } from './dates.js';

/** `Excel.run`, or a stand-in for it in tests. */
export type ExcelRun = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

/** How long functions wait for the workbook's date system before assuming the 1900 system. */
const DETECTION_TIMEOUT_MS = 10_000;

/** The workbook's date system as the functions see it, known once detection settles. */
export interface DateSystemSetting {
  /** The date system, or `undefined` while detection is still running. */
  current(): DateSystem | undefined;
  /** Resolves with the date system once it is known. */
  readonly ready: Promise<DateSystem>;
  /** Records the date system. Only the first call counts. */
  settle(system: DateSystem): void;
}

/** Creates a setting that is unknown until `settle` is called. */
export function createDateSystemSetting(): DateSystemSetting {
  let known: DateSystem | undefined;
  let resolve: (system: DateSystem) => void = () => {};
  const ready = new Promise<DateSystem>((done) => (resolve = done));
  return {
    current: () => known,
    ready,
    settle(system) {
      if (known !== undefined) return;
      known = system;
      resolve(system);
    },
  };
}

/**
 * Reads the workbook's date system in one load and one sync. Office.js has no property for
 * it, so this evaluates DATE(1904, 1, 1) without writing a cell: the result is 0 in the 1904
 * system and 1462 in the 1900 system.
 */
export async function readDateSystem(context: Excel.RequestContext): Promise<DateSystem> {
  const firstDayOf1904 = context.workbook.functions.date(1904, 1, 1);
  firstDayOf1904.load('value');
  await context.sync();

  return firstDayOf1904.value === 0 ? '1904' : '1900';
}

/**
 * Detects the date system through `Excel.run` and settles the setting. A failure or a timeout
 * settles on the 1900 system, so functions never wait forever, and logs a warning.
 * NOTE: the date system is read once per session. After switching it in Excel's options,
 * reload the add-in (or reopen the workbook) so dates convert the new way.
 */
export function detectDateSystem(setting: DateSystemSetting, run: ExcelRun): void {
  const timer = setTimeout(() => {
    console.warn(`CS Comp: date system unknown after ${DETECTION_TIMEOUT_MS} ms, using 1900`);
    setting.settle('1900');
  }, DETECTION_TIMEOUT_MS);

  run(readDateSystem).then(
    (system) => {
      clearTimeout(timer);
      setting.settle(system);
    },
    (error: unknown) => {
      clearTimeout(timer);
      console.warn('CS Comp: could not read the date system, using 1900', error);
      setting.settle('1900');
    },
  );
}
