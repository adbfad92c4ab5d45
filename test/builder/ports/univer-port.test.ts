import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { univerPort, type UniverFacade } from '../../../builder/ports/univer.js';
import type { WorkbookPort } from '../../../builder/port.js';
import { createHeadlessWorkbook, type HeadlessWorkbook } from '../../../univer/headless.js';

describe('univerPort over the headless engine', () => {
  let book: HeadlessWorkbook;
  let port: WorkbookPort;

  beforeAll(async () => {
    book = await createHeadlessWorkbook({
      sheets: [
        {
          name: 'Data',
          rows: [
            ['Owner', 'ARR', 'Active'],
            ['Ann', 100, true],
            ['<img src=x onerror=alert(1)>', null, false],
          ],
        },
        { name: 'CS Plan', rows: [['made by hand']] },
      ],
    });
    port = univerPort(book.univerAPI as unknown as UniverFacade);
  });
  afterAll(() => book?.dispose());

  it('lists sheets with headers', async () => {
    const sheets = await port.listSheets();
    expect(sheets.map((sheet) => sheet.name)).toEqual(['Data', 'CS Plan']);
    expect(sheets[0]).toMatchObject({
      headers: ['Owner', 'ARR', 'Active'],
      rowCount: 3,
      columnCount: 3,
    });
    expect(sheets.every((sheet) => !sheet.isCreatedByBuilder)).toBe(true);
  });

  it('reads cells with blanks as empty text', async () => {
    expect(await port.readSheet('Data')).toEqual([
      ['Owner', 'ARR', 'Active'],
      ['Ann', 100, true],
      ['<img src=x onerror=alert(1)>', '', false],
    ]);
  });

  it('reads date-formatted serials as ISO text', async () => {
    const sheet = book.univerAPI.getActiveWorkbook()?.getSheetByName('Data');
    const cell = sheet?.getRange('D2');
    const dateCell = { v: 45_747, t: 2, s: { n: { pattern: 'yyyy-mm-dd' } } };
    cell?.setValues([[dateCell as never]]);
    const rows = await port.readSheet('Data');
    expect(rows[1]?.[3]).toBe('2025-03-31');
    cell?.clear();
  });

  it('rejects a sheet it did not create', async () => {
    await expect(port.writeSheet('CS Plan', [['x']])).rejects.toThrow(/not created by CS Comp/);
    expect(book.getValue('CS Plan', 'A1')).toBe('made by hand');
  });

  it('creates, marks and computes a sheet', async () => {
    await port.writeSheet('CS Out', [
      ['Sum', { formula: '=SUM(Data!B2:B3)' }],
      ['Text', '=1+1'],
    ]);
    await book.whenCalculated();
    const listed = (await port.listSheets()).find((sheet) => sheet.name === 'CS Out');
    expect(listed?.isCreatedByBuilder).toBe(true);
    expect(book.getValue('CS Out', 'B1')).toBe(100);
    expect(book.getValue('CS Out', 'B2')).toBe('=1+1');
  });

  it('replaces its own sheet entirely', async () => {
    await port.writeSheet('CS Out', [['Only']]);
    expect(await port.readSheet('CS Out')).toEqual([['Only']]);
  });

  it('reads spilled values through computedValues', async () => {
    await port.writeSheet('CS Spill', [['Owners'], [{ formula: '=Data!A2:A3' }]]);
    await book.whenCalculated();
    const computed = univerPort(book.univerAPI as unknown as UniverFacade, (sheet, range) =>
      book.getValues(sheet, range),
    );
    const rows = await computed.readSheet('CS Spill');
    expect(rows.slice(0, 3)).toEqual([['Owners'], ['Ann'], ['<img src=x onerror=alert(1)>']]);
  });

  it('grows a sheet for long writes', async () => {
    const rows = Array.from({ length: 1500 }, (_, index) => [index]);
    await port.writeSheet('CS Long', rows);
    expect((await port.readSheet('CS Long')).length).toBe(1500);
  });
});
