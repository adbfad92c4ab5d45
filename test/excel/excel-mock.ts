import { OfficeMockObject } from 'office-addin-mock';

/** A worksheet to mock: its name and, unless it is empty, its used range. */
export interface SheetData {
  readonly name: string;
  readonly usedRange?: { address: string; rowCount: number; columnCount: number };
}

/** A mocked `Excel.RequestContext` with a trace of every load and sync, in call order. */
export interface TracedContext {
  readonly context: Excel.RequestContext;
  readonly trace: readonly string[];
}

/**
 * Mocks a workbook's worksheets with office-addin-mock: each sheet and its used range is an
 * `OfficeMockObject`, so reading a property before its load and sync returns the mock's error
 * text instead of the value. office-addin-mock has no collections, so `worksheets` is a small
 * stand-in whose `items` throws until a sync follows its load.
 */
export function mockWorksheets(sheets: readonly SheetData[]): TracedContext {
  const trace: string[] = [];
  const sheetMocks = sheets.map((sheet) => mockSheet(sheet, trace));
  let itemsState: 'unloaded' | 'loading' | 'loaded' = 'unloaded';

  const worksheets = {
    load(properties: string) {
      trace.push(`worksheets.load(${properties})`);
      for (const mock of sheetMocks) mock.load(properties.replace(/^items\//, ''));
      itemsState = 'loading';
    },
    get items() {
      if (itemsState !== 'loaded') throw new Error('worksheets.items read before load and sync');
      return sheetMocks;
    },
  };
  const context = {
    workbook: { worksheets },
    async sync() {
      trace.push('sync');
      if (itemsState === 'loading') itemsState = 'loaded';
      for (const mock of sheetMocks) await mock.sync();
    },
  };
  return { context: context as unknown as Excel.RequestContext, trace };
}

/**
 * Mocks a context whose `workbook.functions.date` returns `serial`, as Excel's DATE does in
 * the workbook's date system, and counts syncs.
 */
export function mockDateFunction(serial: number): TracedContext {
  const trace: string[] = [];
  const mock = new OfficeMockObject({
    workbook: {
      functions: {
        result: { value: serial },
        date(this: { result: unknown }, year: number, month: number, day: number) {
          trace.push(`functions.date(${year}, ${month}, ${day})`);
          return this.result;
        },
      },
    },
  });
  const sync = mock.sync.bind(mock);
  const context = Object.assign(mock, {
    async sync() {
      trace.push('sync');
      await sync();
    },
  });
  return { context: context as unknown as Excel.RequestContext, trace };
}

function mockSheet(sheet: SheetData, trace: string[]): OfficeMockObject {
  const mock = new OfficeMockObject({
    name: sheet.name,
    usedRange: sheet.usedRange ?? { address: '', rowCount: 0, columnCount: 0 },
    getUsedRangeOrNullObject(this: { usedRange: OfficeMockObject }, valuesOnly?: boolean) {
      trace.push(`${sheet.name}.getUsedRangeOrNullObject(${valuesOnly})`);
      return this.usedRange;
    },
  }) as OfficeMockObject & { usedRange: OfficeMockObject & { isNullObject?: boolean } };

  const range = mock.usedRange;
  // Office.js sets isNullObject at sync without a load, so it is a plain property here.
  range.isNullObject = sheet.usedRange === undefined;
  const load = range.load.bind(range);
  range.load = (properties) => {
    trace.push(`${sheet.name} range.load(${String(properties)})`);
    return load(properties);
  };
  return mock;
}
