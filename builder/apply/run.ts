import type { WorkbookPort } from '../port.js';
import type { PlanApplication } from './application.js';
import { previousVersionName } from './replace.js';

/** An earlier builder sheet and the copy that keeps it. */
export interface KeptVersion {
  readonly sheet: string;
  readonly copy: string;
}

/**
 * Writes an application through a port. Each sheet in `replacing` is first copied, values
 * only, to a previous-version sheet, so the earlier plan and its payouts stay readable. The
 * plan sheet is written before the payouts sheet whose formulas read it.
 */
export async function writeApplication(
  port: WorkbookPort,
  application: PlanApplication,
  replacing: readonly string[],
): Promise<KeptVersion[]> {
  const taken = new Set((await port.listSheets()).map((sheet) => sheet.name.toLowerCase()));
  const copies: KeptVersion[] = [];
  for (const sheet of replacing) {
    const rows = await port.readSheet(sheet);
    const copy = previousVersionName(sheet, (name) => taken.has(name.toLowerCase()));
    taken.add(copy.toLowerCase());
    await port.writeSheet(copy, rows);
    copies.push({ sheet, copy });
  }
  for (const sheet of application.sheets) await port.writeSheet(sheet.name, sheet.rows);
  return copies;
}
