import { describe, expect, it } from 'vitest';
import { excelPort } from '../../../builder/ports/excel.js';
import { CREATED_BY_BUILDER_KEY } from '../../../builder/ports/shared.js';
import { MockExcelWorkbook, type MockSheet } from '../hosts/excel-workbook.js';

function sheet(name: string, cells: unknown[][], marked = false): MockSheet {
  const properties = new Map(marked ? [[CREATED_BY_BUILDER_KEY, 'true']] : []);
  return { name, cells, properties };
}

describe('excelPort against office-addin-mock', () => {
  it('lists sheets with headers and markers', async () => {
    const book = new MockExcelWorkbook([
      sheet('Accounts', [
        ['', 'Owner', 'ARR'],
        ['', 'Ann', 100],
      ]),
      sheet('CS Plan', [['Role']], true),
      sheet('Empty', []),
    ]);
    const sheets = await excelPort(book.run).listSheets();
    expect(sheets).toEqual([
      {
        name: 'Accounts',
        headers: ['', 'Owner', 'ARR'],
        rowCount: 2,
        columnCount: 3,
        isCreatedByBuilder: false,
      },
      { name: 'CS Plan', headers: ['Role'], rowCount: 1, columnCount: 1, isCreatedByBuilder: true },
      { name: 'Empty', headers: [], rowCount: 0, columnCount: 0, isCreatedByBuilder: false },
    ]);
    expect(book.syncs).toBe(3);
  });

  it('reads from A1 with dates as ISO text', async () => {
    const data = sheet('Roster', [[], ['', 'Rep', 'Start'], ['', 'Ann', 45_716]]);
    data.formats = [[], ['', 'General', 'General'], ['', 'General', 'm/d/yyyy']];
    const book = new MockExcelWorkbook([data]);
    expect(await excelPort(book.run).readSheet('Roster')).toEqual([
      ['', '', ''],
      ['', 'Rep', 'Start'],
      ['', 'Ann', '2025-02-28'],
    ]);
  });

  it('creates and marks a sheet, writing formulas', async () => {
    const book = new MockExcelWorkbook([]);
    await excelPort(book.run).writeSheet('CS Payouts', [
      ['Rep', 'Payout'],
      ['=cmd|x', { formula: '=CS.PAYOUT(A1:B2)' }],
    ]);
    expect(book.sheets[0]?.properties.get(CREATED_BY_BUILDER_KEY)).toBe('true');
    expect(book.sheets[0]?.cells).toEqual([
      ['Rep', 'Payout'],
      ["'=cmd|x", '=CS.PAYOUT(A1:B2)'],
    ]);
  });

  it('replaces only its own sheets', async () => {
    const book = new MockExcelWorkbook([
      sheet('Mine', [['old', 'old']], true),
      sheet('Yours', [['keep']]),
    ]);
    const port = excelPort(book.run);
    await port.writeSheet('Mine', [['new']]);
    await expect(port.writeSheet('Yours', [['x']])).rejects.toThrow(/not created by CS Comp/);
    expect(book.sheets.map((s) => s.cells)).toEqual([[['new']], [['keep']]]);
  });

  it('fails a read that skips load', async () => {
    const book = new MockExcelWorkbook([sheet('Data', [['a']])]);
    const careless = book.run(async (context) => {
      const sheets = context.workbook.worksheets;
      sheets.load('items/name');
      await context.sync();
      const used = sheets.items[0]?.getUsedRangeOrNullObject(true);
      return used?.rowCount;
    });
    await expect(careless).rejects.toThrow('rowCount was read before load and sync');
  });
});
