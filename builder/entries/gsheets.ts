import { gsheetsPort, type ScriptRunner } from '../ports/gsheets.js';
import { mountInPanel } from './mount.js';

declare const google: { script: { run: ScriptRunner } };

/** Mounts the builder in the Sheets sidebar, reaching the server through `google.script.run`. */
export function mountSheetsBuilder(panel: HTMLElement): Promise<void> {
  return mountInPanel(
    panel,
    gsheetsPort(() => google.script.run),
  );
}
