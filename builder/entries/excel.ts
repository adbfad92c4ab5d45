import { excelPort } from '../ports/excel.js';
import { mountInPanel } from './mount.js';

/** Mounts the builder in the Excel task pane; call it after `Office.onReady` for Excel. */
export function mountExcelBuilder(panel: HTMLElement): Promise<void> {
  return mountInPanel(panel, excelPort());
}
