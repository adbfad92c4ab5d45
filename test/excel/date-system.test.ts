/// <reference types="office-js" />
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DAYS_BETWEEN_DATE_SYSTEMS } from '../../excel/dates.js';
import {
  createDateSystemSetting,
  detectDateSystem,
  readDateSystem,
  type ExcelRun,
} from '../../excel/date-system.js';
import { mockDateFunction } from './excel-mock.js';
import { loadFunctionsScript } from './functions-runtime.js';

/** Runs a batch against one mocked context, as `Excel.run` does. */
function runWith(context: Excel.RequestContext): ExcelRun {
  return (batch) => batch(context);
}

/** Serials of the 1900 system for the quarter used below. */
const QUARTER_1900 = { start: 45658, end: 45747, hired: 45703 };

afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

describe('readDateSystem', () => {
  it.each([
    [0, '1904'],
    [DAYS_BETWEEN_DATE_SYSTEMS, '1900'],
  ] as const)('reads DATE(1904,1,1) = %i as %s', async (serial, system) => {
    const { context } = mockDateFunction(serial);
    expect(await readDateSystem(context)).toBe(system);
  });

  it('evaluates DATE once in one sync', async () => {
    const { context, trace } = mockDateFunction(0);
    await readDateSystem(context);
    expect(trace).toEqual(['functions.date(1904, 1, 1)', 'sync']);
  });
});

describe('detectDateSystem', () => {
  it('settles on the detected system', async () => {
    const setting = createDateSystemSetting();
    detectDateSystem(setting, runWith(mockDateFunction(0).context));
    expect(await setting.ready).toBe('1904');
  });

  it('falls back to 1900 when Excel.run fails', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const setting = createDateSystemSetting();
    detectDateSystem(setting, () => Promise.reject(new Error('ExcelApi 1.2 is missing')));
    expect(await setting.ready).toBe('1900');
    expect(warn).toHaveBeenCalledOnce();
  });

  it('falls back to 1900 after the timeout', async () => {
    vi.useFakeTimers();
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const setting = createDateSystemSetting();
    detectDateSystem(setting, () => new Promise(() => {}));
    expect(setting.current()).toBeUndefined();
    await vi.advanceTimersByTimeAsync(10_000);
    expect(setting.current()).toBe('1900');
    expect(warn).toHaveBeenCalledOnce();
  });

  it('keeps the first settled system', () => {
    const setting = createDateSystemSetting();
    setting.settle('1904');
    setting.settle('1900');
    expect(setting.current()).toBe('1904');
  });
});

describe('functions.js in a 1904 workbook', () => {
  /** Loads functions.js with an Office that is ready and an Excel whose DATE returns `serial`. */
  function loadInWorkbook(run: ExcelRun) {
    const Office = {
      HostType: { Excel: 'Excel' },
      onReady(callback: (info: { host: string }) => void) {
        callback({ host: 'Excel' });
        return Promise.resolve({ host: 'Excel' });
      },
    };
    return loadFunctionsScript({ Office, Excel: { run } }).associations;
  }

  it('reads 1904 serials as the same dates', async () => {
    const prorate1904 = loadInWorkbook(runWith(mockDateFunction(0).context)).get('PRORATE');
    const prorate1900 = loadFunctionsScript().associations.get('PRORATE');
    const shift = (serial: number) => [[serial - DAYS_BETWEEN_DATE_SYSTEMS]];
    const { start, end, hired } = QUARTER_1900;

    const in1904 = await prorate1904?.(
      [[9000]],
      shift(start),
      shift(end),
      shift(hired),
      null,
      null,
    );
    const in1900 = await prorate1900?.([[9000]], [[start]], [[end]], [[hired]], null, null);
    expect(in1904).toEqual(in1900);
    expect(in1904).toEqual([[4500]]);
  });

  it('waits for the date system', async () => {
    let finish: (context: Excel.RequestContext) => void = () => {};
    const pending = new Promise<Excel.RequestContext>((resolve) => (finish = resolve));
    const run: ExcelRun = (batch) => pending.then(batch);
    const prorate = loadInWorkbook(run).get('PRORATE');
    const { start, end, hired } = QUARTER_1900;

    const result = prorate?.([[9000]], [[start]], [[end]], [[hired]], null, null);
    // The promise comes from the vm context's realm, so check its shape, not its class.
    expect(typeof (result as Promise<unknown> | undefined)?.then).toBe('function');
    finish(mockDateFunction(DAYS_BETWEEN_DATE_SYSTEMS).context);
    expect(await result).toEqual([[4500]]);
  });
});
