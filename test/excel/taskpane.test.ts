/// <reference types="office-js" />
import { describe, expect, it } from 'vitest';
import { readSheetSummaries } from '../../excel/taskpane/workbook.js';
import { mockWorksheets, type SheetData } from './excel-mock.js';

const DATA: SheetData = {
  name: 'Q1 data',
  usedRange: { address: "'Q1 data'!A1:F120", rowCount: 120, columnCount: 6 },
};
const PLAN: SheetData = {
  name: 'Plan',
  usedRange: { address: 'Plan!B2:D9', rowCount: 8, columnCount: 3 },
};
const EMPTY: SheetData = { name: 'Notes' };

describe('readSheetSummaries', () => {
  it.each([
    ['no sheets', []],
    ['one sheet', [DATA]],
    ['five sheets', [DATA, PLAN, EMPTY, { ...PLAN, name: 'Plan 2' }, { ...EMPTY, name: 'x' }]],
  ] as const)('syncs twice for %s', async (_, sheets) => {
    const { context, trace } = mockWorksheets(sheets);
    await readSheetSummaries(context);
    expect(trace.filter((entry) => entry === 'sync')).toHaveLength(2);
  });

  it('loads before each sync', async () => {
    const { context, trace } = mockWorksheets([DATA, PLAN]);
    await readSheetSummaries(context);
    expect(trace).toEqual([
      'worksheets.load(items/name)',
      'sync',
      'Q1 data.getUsedRangeOrNullObject(true)',
      'Q1 data range.load(address,rowCount,columnCount)',
      'Plan.getUsedRangeOrNullObject(true)',
      'Plan range.load(address,rowCount,columnCount)',
      'sync',
    ]);
  });

  it('reads names and used ranges', async () => {
    const { context } = mockWorksheets([DATA, PLAN]);
    const summaries = await readSheetSummaries(context);
    expect(summaries).toEqual([
      { name: 'Q1 data', usedRange: 'A1:F120', rowCount: 120, columnCount: 6 },
      { name: 'Plan', usedRange: 'B2:D9', rowCount: 8, columnCount: 3 },
    ]);
  });

  it('reports an empty sheet as no data', async () => {
    const { context } = mockWorksheets([EMPTY]);
    const summaries = await readSheetSummaries(context);
    expect(summaries).toEqual([{ name: 'Notes', usedRange: '', rowCount: 0, columnCount: 0 }]);
  });
});
