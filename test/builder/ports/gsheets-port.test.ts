import { beforeEach, describe, expect, it } from 'vitest';
import { formulaBlocks, gsheetsPort } from '../../../builder/ports/gsheets.js';
import type { WorkbookPort } from '../../../builder/port.js';
import { loadAppsScriptProject, type AppsScriptProject } from '../../gsheets/apps-script-host.js';
import { FakeSpreadsheet } from '../../gsheets/fake-spreadsheet.js';
import { fakeServices } from '../../gsheets/fake-services.js';
import { sheetsMidnight } from '../../gsheets/sheets-dates.js';
import { scriptRun } from '../hosts/script-run.js';

const TIME_ZONE = 'America/New_York';

describe('gsheetsPort through google.script.run', () => {
  let spreadsheet: FakeSpreadsheet;
  let project: AppsScriptProject;
  let port: WorkbookPort;

  beforeEach(() => {
    spreadsheet = new FakeSpreadsheet(TIME_ZONE);
    project = loadAppsScriptProject('push', fakeServices(spreadsheet).services);
    port = gsheetsPort(scriptRun(project, () => 5));
  });

  it('lists sheets and marks its own', async () => {
    spreadsheet.addSheet('Accounts', [
      ['Owner', 'ARR'],
      ['Ann', 100],
    ]);
    await port.writeSheet('CS Plan', [['Role']]);
    const sheets = await port.listSheets();
    expect(sheets.map((sheet) => [sheet.name, sheet.isCreatedByBuilder])).toEqual([
      ['Accounts', false],
      ['CS Plan', true],
    ]);
    expect(sheets[0]?.headers).toEqual(['Owner', 'ARR']);
  });

  it('reads dates as ISO text', async () => {
    const day = project.date(sheetsMidnight('2025-03-31', TIME_ZONE));
    spreadsheet.addSheet('Roster', [
      ['Rep', 'Start date'],
      ['Ann', day],
    ]);
    expect(await port.readSheet('Roster')).toEqual([
      ['Rep', 'Start date'],
      ['Ann', '2025-03-31'],
    ]);
  });

  it('writes values, then formulas in place', async () => {
    await port.writeSheet('CS Payouts', [
      ['Rep', 'Role', 'Payout'],
      ['Ann', '=1+1', { formula: '=ARRAYFORMULA(A2:A3)' }],
      ['Bob', 'CSM', ''],
    ]);
    const cells = spreadsheet.getSheetByName('CS Payouts')?.cells;
    expect(cells).toEqual([
      ['Rep', 'Role', 'Payout'],
      ['Ann', "'=1+1", '=ARRAYFORMULA(A2:A3)'],
      ['Bob', 'CSM', ''],
    ]);
    expect(spreadsheet.calls.filter((call) => call.startsWith('setFormulas'))).toEqual([
      'setFormulas CS Payouts!C2:C2',
    ]);
  });

  it('rejects a sheet it did not create', async () => {
    spreadsheet.addSheet('CS Plan', [['mine']]);
    await expect(port.writeSheet('CS Plan', [['x']])).rejects.toThrow(/not created by CS Comp/);
    expect(spreadsheet.getSheetByName('CS Plan')?.cells).toEqual([['mine']]);
  });

  it('settles calls that finish out of order', async () => {
    spreadsheet.addSheet('Slow', [['slow']]);
    spreadsheet.addSheet('Fast', [['fast']]);
    const finished: string[] = [];
    let calls = 0;
    const delayed = gsheetsPort(scriptRun(project, () => (++calls === 1 ? 40 : 1)));
    const slow = delayed.readSheet('Slow').then((rows) => (finished.push('slow'), rows));
    const fast = delayed.readSheet('Fast').then((rows) => (finished.push('fast'), rows));
    expect(await Promise.all([slow, fast])).toEqual([[['slow']], [['fast']]]);
    expect(finished).toEqual(['fast', 'slow']);
  });

  it('rejects with the server message', async () => {
    await expect(port.readSheet('Missing')).rejects.toThrow('Sheet "Missing" was not found');
  });

  it('rejects a missing server function', async () => {
    const older = gsheetsPort(scriptRun(project, () => 0, ['listSheets']));
    await expect(older.listSheets()).rejects.toThrow('no server function listSheets');
  });
});

describe('formulaBlocks', () => {
  it('groups adjacent formulas per row', () => {
    const f = (formula: string) => ({ formula });
    expect(formulaBlocks([['a', f('=1'), '', f('=2'), 'b', f('=3'), '']])).toEqual([
      { row: 1, column: 2, formulas: [['=1', '', '=2']] },
      { row: 1, column: 6, formulas: [['=3']] },
    ]);
  });
});
