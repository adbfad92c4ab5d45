import { beforeEach, describe, expect, it } from 'vitest';
import { catalogue } from '../../core/index.js';
import { loadAppsScriptProject, type AppsScriptProject } from './apps-script-host.js';
import { FakeSpreadsheet } from './fake-spreadsheet.js';
import { fakeServices } from './fake-services.js';
import { sheetsMidnight } from './sheets-dates.js';

const TIME_ZONE = 'Asia/Tokyo';

let spreadsheet: FakeSpreadsheet;
let project: AppsScriptProject;

beforeEach(() => {
  spreadsheet = new FakeSpreadsheet(TIME_ZONE);
  project = loadAppsScriptProject('push', fakeServices(spreadsheet).services);
});

function callError(name: string, ...args: unknown[]): string {
  try {
    project.call(name, ...args);
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error(`${name} did not throw`);
}

describe('listSheets', () => {
  it('finds data sheets by their header row', () => {
    spreadsheet.addSheet('Accounts', [
      ['Account', 'ARR', ''],
      ['Acme', 1200, ''],
    ]);
    spreadsheet.addSheet('Notes', [[42, 'x']]);
    spreadsheet.addSheet('Empty');

    const sheets = project.call('listSheets') as { name: string; isDataSheet: boolean }[];

    expect(sheets.map((sheet) => [sheet.name, sheet.isDataSheet])).toEqual([
      ['Accounts', true],
      ['Notes', false],
      ['Empty', false],
    ]);
    expect(sheets[0]).toMatchObject({ headers: ['Account', 'ARR'], rowCount: 2, columnCount: 3 });
  });

  it('reads only header rows', () => {
    spreadsheet.addSheet('Accounts', [['Account'], ['Acme'], ['Beta']]);
    spreadsheet.addSheet('Renewals', [['Renewed'], [1]]);

    project.call('listSheets');

    expect(spreadsheet.calls).toEqual(['getValues Accounts!A1:A1', 'getValues Renewals!A1:A1']);
  });

  it('does not offer sheets the add-on created', () => {
    project.call('writeAddOnSheet', {
      sheetName: 'Plan',
      rows: [
        ['Role', 'Metric'],
        ['CSM', 'NRR'],
      ],
    });

    const sheets = project.call('listSheets') as {
      isCreatedByAddOn: boolean;
      isDataSheet: boolean;
    }[];

    expect(sheets).toEqual([
      expect.objectContaining({ isCreatedByAddOn: true, isDataSheet: false }),
    ]);
  });
});

describe('readSheetValues', () => {
  it('reads a range in one getValues with dates as ISO text', () => {
    const renewal = project.date(sheetsMidnight('2025-04-01', TIME_ZONE));
    spreadsheet.addSheet('Accounts', [
      ['Account', 'Renewal', 'ARR'],
      ['Acme', renewal, 1200],
    ]);

    const values = project.call('readSheetValues', { sheetName: 'Accounts' });

    expect(values).toEqual({
      sheetName: 'Accounts',
      a1Notation: 'A1:C2',
      headers: ['Account', 'Renewal', 'ARR'],
      rows: [['Acme', '2025-04-01', 1200]],
    });
    expect(spreadsheet.calls).toEqual(['getValues Accounts!A1:C2']);
  });

  it('reads an A1 range', () => {
    spreadsheet.addSheet('Accounts', [
      ['Account', 'ARR'],
      ['Acme', 1200],
      ['Beta', 800],
    ]);

    const values = project.call('readSheetValues', { sheetName: 'Accounts', a1Notation: 'B1:B2' });

    expect(values).toMatchObject({ headers: ['ARR'], rows: [[1200]] });
  });

  it('rejects a missing sheet by name', () => {
    expect(callError('readSheetValues', { sheetName: 'Nope' })).toBe(
      'Sheet "Nope" was not found. Check the name on its tab.',
    );
  });
});

describe('writeAddOnSheet', () => {
  it('creates, marks and fills a new sheet in one setValues', () => {
    const result = project.call('writeAddOnSheet', {
      sheetName: 'Plan',
      rows: [['Role'], ['CSM', 0.6]],
    });

    expect(result).toEqual({ sheetName: 'Plan', a1Notation: 'A1:B2' });
    expect(spreadsheet.getSheetByName('Plan')?.cells).toEqual([
      ['Role', ''],
      ['CSM', 0.6],
    ]);
    expect(spreadsheet.metadata.map((entry) => entry.key)).toEqual(['cs-comp.created-by-add-on']);
    expect(spreadsheet.calls.filter((call) => call.startsWith('setValues'))).toHaveLength(1);
  });

  it('replaces the contents of its own sheet', () => {
    project.call('writeAddOnSheet', {
      sheetName: 'Plan',
      rows: [
        ['Old', 'Old'],
        ['Old', 'Old'],
      ],
    });

    project.call('writeAddOnSheet', { sheetName: 'Plan', rows: [['New']] });

    expect(spreadsheet.getSheetByName('Plan')?.cells).toEqual([['New']]);
  });

  it('rejects a sheet the add-on did not create', () => {
    spreadsheet.addSheet('Plan', [['Hand-made plan']]);

    const message = callError('writeAddOnSheet', { sheetName: 'Plan', rows: [['Role']] });

    expect(message).toContain('Sheet "Plan" was not created by CS Comp');
    expect(spreadsheet.getSheetByName('Plan')?.cells).toEqual([['Hand-made plan']]);
    expect(spreadsheet.calls).toEqual([]);
  });

  it('rejects cells that are not values', () => {
    const message = callError('writeAddOnSheet', { sheetName: 'Plan', rows: [['Role', { a: 1 }]] });

    expect(message).toBe(
      'rows row 1, column 2 is an object; expected text, numbers or TRUE/FALSE.',
    );
  });
});

describe('writeFormulas', () => {
  it('writes a block in one setFormulas on its own sheet', () => {
    project.call('writeAddOnSheet', { sheetName: 'Payouts', rows: [['Rep', 'NRR']] });
    const formulas = [['=CS_NRR(Data!B2:B, Data!C2:C, Data!D2:D, Data!E2:E)']];

    const result = project.call('writeFormulas', {
      sheetName: 'Payouts',
      row: 2,
      column: 2,
      formulas,
    });

    expect(result).toEqual({ sheetName: 'Payouts', a1Notation: 'B2:B2' });
    expect(spreadsheet.getSheetByName('Payouts')?.cells[1]?.[1]).toBe(formulas[0]![0]);
    expect(spreadsheet.calls.filter((call) => call.startsWith('setFormulas'))).toEqual([
      'setFormulas Payouts!B2:B2',
    ]);
  });

  it('rejects a sheet the add-on did not create', () => {
    spreadsheet.addSheet('Data', [['ARR'], [1200]]);

    const message = callError('writeFormulas', {
      sheetName: 'Data',
      row: 1,
      column: 2,
      formulas: [['=1']],
    });

    expect(message).toContain('Sheet "Data" was not created by CS Comp');
    expect(spreadsheet.calls).toEqual([]);
  });

  it('rejects a row below 1', () => {
    expect(
      callError('writeFormulas', { sheetName: 'Payouts', row: 0, column: 1, formulas: [] }),
    ).toBe('row is 0; expected a whole number from 1.');
  });
});

describe('listFunctions', () => {
  it('lists the catalogue as plain data', () => {
    const functions = project.call('listFunctions') as { name: string; parameters: unknown[] }[];

    expect(JSON.parse(JSON.stringify(functions))).toEqual(
      catalogue.map(({ name, description, parameters }) => ({ name, description, parameters })),
    );
  });
});
