/// <reference types="office-js" />
/**
 * Entry point of taskpane.js. For now the task pane lists the workbook's sheets with their
 * data ranges and the functions the add-in provides.
 */
import { mountExcelBuilder } from '../../builder/entries/excel.js';
import { catalogue } from '../../core/index.js';
import { renderFunctions, renderSheets, showStatus } from './view.js';
import { readSheetSummaries } from './workbook.js';

void Office.onReady((info) => {
  const status = element('status');
  if (info.host !== Office.HostType.Excel) {
    showStatus(status, 'Open this page from the CS Comp button in Excel.');
    return;
  }

  renderFunctions(element('functions'), catalogue);
  void mountExcelBuilder(document.querySelector('main') ?? document.body);
  element('refresh').addEventListener('click', () => void refreshSheets(status));
  void refreshSheets(status);
});

async function refreshSheets(status: HTMLElement): Promise<void> {
  showStatus(status, 'Reading the workbook…');
  try {
    const sheets = await Excel.run(readSheetSummaries);
    renderSheets(element('sheets'), sheets);
    showStatus(status, sheets.length === 0 ? 'The workbook has no worksheets.' : '');
  } catch (error) {
    console.error('CS Comp: could not read the worksheets', error);
    const detail = error instanceof Error ? error.message : String(error);
    showStatus(status, `Could not read the worksheets: ${detail}. Select Refresh to try again.`);
  }
}

function element(id: string): HTMLElement {
  const found = document.getElementById(id);
  if (found === null) throw new Error(`taskpane.html has no element with id "${id}"`);
  return found;
}
