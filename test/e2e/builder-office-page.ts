/**
 * Stands in for office.js on the task pane page in the browser tests: Office reports Excel
 * 1.12 as ready, `Excel.run` runs batches against an office-addin-mock workbook holding the
 * sheets in `window.mockSheets`, and CustomFunctions accepts the associations.
 */
import { MockExcelWorkbook, type MockSheet } from '../builder/hosts/excel-workbook.js';

declare global {
  interface Window {
    mockSheets: { name: string; cells: unknown[][] }[];
    mockWorkbook: MockExcelWorkbook;
  }
}

const sheets: MockSheet[] = window.mockSheets.map((sheet) => ({ ...sheet, properties: new Map() }));
const workbook = new MockExcelWorkbook(sheets);
const globals = window as unknown as Record<string, unknown>;
window.mockWorkbook = workbook;
globals['Office'] = {
  HostType: { Excel: 'Excel' },
  context: { requirements: { isSetSupported: (name: string) => name === 'ExcelApi' } },
  onReady: (callback: (info: { host: string }) => void) =>
    Promise.resolve().then(() => callback({ host: 'Excel' })),
};
globals['Excel'] = { run: workbook.run };
globals['CustomFunctions'] = { associate: () => undefined, Error: class {}, ErrorCode: {} };
