/// <reference types="office-js" />
import { excelPort } from '../ports/excel.js';
import { mountInPanel } from './mount.js';

/**
 * Mounts the builder in the Excel task pane; call it after `Office.onReady` for Excel. The
 * builder marks its sheets with worksheet custom properties, which need ExcelApi 1.12 (Excel
 * 2021, Microsoft 365, Excel on the web), so older Excel gets a note instead of the builder.
 */
export function mountExcelBuilder(panel: HTMLElement): Promise<void> {
  const requirements = typeof Office === 'undefined' ? undefined : Office.context?.requirements;
  if (requirements?.isSetSupported('ExcelApi', '1.12') !== true) {
    const note = panel.ownerDocument.createElement('p');
    note.className = 'cs-builder-unsupported';
    note.textContent =
      'The plan builder needs Excel 2021, Microsoft 365 or Excel on the web (ExcelApi 1.12).';
    panel.prepend(note);
    return Promise.resolve();
  }
  return mountInPanel(panel, excelPort());
}
