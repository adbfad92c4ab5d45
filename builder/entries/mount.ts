import type { WorkbookPort } from '../port.js';
import { mountBuilder } from '../ui/app.js';
import { addBuilderStyles } from '../ui/styles.js';

/**
 * Puts the builder at the top of a host's panel, above whatever the panel already shows, and
 * adds its styles to the page. Resolves once the workbook has been read.
 */
export function mountInPanel(panel: HTMLElement, port: WorkbookPort): Promise<void> {
  addBuilderStyles(panel.ownerDocument);
  const root = panel.ownerDocument.createElement('div');
  root.className = 'cs-builder-root';
  panel.prepend(root);
  return mountBuilder(root, port).catch((error: unknown) => {
    console.error('CS Comp: the plan builder failed to start', error);
    root.textContent = `The plan builder failed to start: ${error instanceof Error ? error.message : String(error)}`;
  });
}
