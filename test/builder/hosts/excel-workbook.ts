/// <reference types="office-js" />
import { OfficeMockObject } from 'office-addin-mock';
import { columnLetters } from '../../../core/index.js';
import type { ExcelRun } from '../../../builder/ports/excel.js';

/** A worksheet of the mock workbook: cell values (formulas as `=` text), formats, marker. */
export interface MockSheet {
  name: string;
  cells: unknown[][];
  formats?: string[][];
  /** Custom properties of the worksheet, by key. */
  properties: Map<string, string>;
}

const NOT_LOADED = ['Error, property was not loaded', 'Error, context.sync() was not called'];

/**
 * A workbook for `Excel.run` built on office-addin-mock. Every sheet and range the code gets
 * is an `OfficeMockObject`, so a property read without `load` and `sync` fails loudly. Writes
 * (new sheets, custom properties, cleared contents, formulas) take effect at `sync`, as in
 * Office.js. Formulas are stored as text, and nothing evaluates them.
 */
export class MockExcelWorkbook {
  syncs = 0;
  private pending: (() => void)[] = [];
  private mocks: OfficeMockObject[] = [];

  constructor(readonly sheets: MockSheet[]) {}

  readonly run: ExcelRun = async (batch) => {
    const result = await batch(this.context());
    await this.sync();
    return result;
  };

  private async sync(): Promise<void> {
    this.syncs += 1;
    for (const apply of this.pending.splice(0)) apply();
    for (const mock of this.mocks) await mock.sync();
    // office-addin-mock 4 updates a synced property in a promise its sync does not await, so
    // let those settle before the caller reads.
    await new Promise((resolve) => setTimeout(resolve, 0));
  }

  private context(): Excel.RequestContext {
    let listed: unknown[] | undefined;
    const worksheets = {
      load: (properties: string) => {
        listed = this.sheets.map((sheet) => this.sheetObject(sheet));
        for (const sheet of listed)
          (sheet as OfficeMockObject).load(properties.replace(/^items\//, ''));
      },
      get items() {
        if (listed === undefined) throw new Error('worksheets.items read before load');
        return listed;
      },
      getItem: (name: string) => {
        const sheet = this.find(name);
        if (sheet === undefined) throw new Error(`ItemNotFound: worksheet "${name}"`);
        return this.sheetObject(sheet);
      },
      getItemOrNullObject: (name: string) => this.sheetObject(this.find(name)),
      add: (name: string) => {
        const sheet: MockSheet = { name, cells: [], properties: new Map() };
        this.pending.push(() => this.sheets.push(sheet));
        return this.sheetObject(sheet);
      },
    };
    return { workbook: { worksheets }, sync: () => this.sync() } as unknown as Excel.RequestContext;
  }

  private find(name: string): MockSheet | undefined {
    return this.sheets.find((sheet) => sheet.name.toLowerCase() === name.toLowerCase());
  }

  private sheetObject(sheet: MockSheet | undefined): OfficeMockObject {
    const properties = {
      getItemOrNullObject: (key: string) =>
        this.strict(
          { value: sheet?.properties.get(key) ?? '' },
          sheet?.properties.has(key) !== true,
        ),
      add: (key: string, value: string) =>
        void this.pending.push(() => sheet?.properties.set(key, value)),
    };
    return this.strict(
      {
        name: sheet?.name ?? '',
        customProperties: properties,
        getUsedRangeOrNullObject: () => this.usedRange(sheet, 0),
        getRange: (address?: string) =>
          address === '1:1' ? this.headerRow(sheet) : this.wholeSheet(sheet),
        getRangeByIndexes: (row: number, column: number, rows: number, columns: number) =>
          this.range(sheet, row, column, rows, columns),
      },
      sheet === undefined,
    );
  }

  private usedRange(sheet: MockSheet | undefined, fromRow: number, toRow = Infinity) {
    const rows = (sheet?.cells ?? []).slice(fromRow, toRow);
    const filled = (cell: unknown) => cell !== '' && cell !== null && cell !== undefined;
    const rowIndexes = rows.flatMap((row, r) => (row.some(filled) ? [r] : []));
    const columnIndexes = rows.flatMap((row) =>
      row.flatMap((cell, c) => (filled(cell) ? [c] : [])),
    );
    if (rowIndexes.length === 0) return this.strict({}, true);
    const first = { row: Math.min(...rowIndexes), column: Math.min(...columnIndexes) };
    const last = { row: Math.max(...rowIndexes), column: Math.max(...columnIndexes) };
    return this.range(
      sheet,
      fromRow + first.row,
      first.column,
      last.row - first.row + 1,
      last.column - first.column + 1,
    );
  }

  private headerRow(sheet: MockSheet | undefined) {
    return { getUsedRangeOrNullObject: () => this.usedRange(sheet, 0, 1) };
  }

  private wholeSheet(sheet: MockSheet | undefined) {
    return {
      clear: (applyTo: string) => {
        if (applyTo !== 'Contents')
          throw new Error(`The mock clears contents only, not ${applyTo}.`);
        this.pending.push(() => sheet && (sheet.cells = []));
      },
    };
  }

  private range(
    sheet: MockSheet | undefined,
    row: number,
    column: number,
    rows: number,
    columns: number,
  ) {
    const grid = <T>(read: (r: number, c: number) => T) =>
      Array.from({ length: rows }, (_, r) =>
        Array.from({ length: columns }, (_, c) => read(row + r, column + c)),
      );
    const value = (r: number, c: number) => {
      const cell = sheet?.cells[r]?.[c];
      return cell === undefined ||
        cell === null ||
        (typeof cell === 'string' && cell.startsWith('='))
        ? ''
        : cell;
    };
    const mock = this.strict(
      {
        address: `${sheet?.name ?? ''}!${columnLetters(column)}${row + 1}:${columnLetters(column + columns - 1)}${row + rows}`,
        rowIndex: row,
        columnIndex: column,
        rowCount: rows,
        columnCount: columns,
        values: grid(value),
        numberFormat: grid((r, c) => sheet?.formats?.[r]?.[c] ?? 'General'),
      },
      false,
    );
    this.pending.push(() => {
      const formulas = (mock as { formulas?: unknown[][] }).formulas;
      if (sheet === undefined || formulas === undefined) return;
      formulas.forEach((cells, r) =>
        cells.forEach((cell, c) => ((sheet.cells[row + r] ??= [])[column + c] = cell)),
      );
    });
    return mock;
  }

  /** Wraps data in an `OfficeMockObject` whose unloaded properties throw when read. */
  private strict(data: Record<string, unknown>, isNullObject: boolean): OfficeMockObject {
    const mock = new OfficeMockObject(data);
    (mock as { isNullObject?: boolean }).isNullObject = isNullObject;
    this.mocks.push(mock);
    return new Proxy(mock, {
      get(target, property, receiver) {
        // load and sync read the raw properties themselves, so they run on the unwrapped mock.
        // A null object accepts any load, as Office.js does, and has nothing to read.
        if (property === 'load') {
          return (properties: string) => (isNullObject ? target : target.load(properties));
        }
        const found: unknown = Reflect.get(target, property, receiver);
        if (typeof found === 'string' && NOT_LOADED.includes(found)) {
          throw new Error(`${String(property)} was read before load and sync.`);
        }
        return found;
      },
    });
  }
}
