import { univerPort, type ComputedValues, type UniverFacade } from '../ports/univer.js';
import { mountInPanel } from './mount.js';

/** Mounts the builder in the local workbook page's side panel, over `window.univerAPI`. */
export function mountUniverBuilder(
  panel: HTMLElement,
  univerAPI: unknown,
  computedValues?: ComputedValues,
): Promise<void> {
  return mountInPanel(panel, univerPort(univerAPI as UniverFacade, computedValues));
}
