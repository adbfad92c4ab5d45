import { sheetFunctions } from '../../core/index.js';
import { fieldValues, type FieldRef } from '../data/columns.js';
import type { SourceId } from '../data/fields.js';
import type { CellValue } from '../port.js';
import type { PreviewContext } from './evaluate.js';

/**
 * Lists the owner of each row of a source: its own owner column when mapped, else the owner of
 * its account in the accounts sheet through `CS_LOOKUP`, as the payouts formulas do.
 */
export function ownerValues(context: PreviewContext, source: SourceId): CellValue[] {
  const { mapping, sheets } = context;
  const column = (ref: FieldRef) => asColumn(fieldValues(mapping, sheets, ref));
  if (mapping[source]?.columns.owner !== undefined) {
    return fieldValues(mapping, sheets, { source, field: 'owner' });
  }
  const lookup = sheetFunctions.CS_LOOKUP;
  if (lookup === undefined) throw new Error('The core has no CS_LOOKUP function.');
  const owners = lookup(
    column({ source, field: 'accountId' }),
    column({ source: 'accounts', field: 'accountId' }),
    column({ source: 'accounts', field: 'owner' }),
  );
  if (!Array.isArray(owners)) return [owners as CellValue];
  return owners.map((row) => (row as CellValue[])[0] ?? '');
}

/**
 * Adds up the numbers of each owner's rows, as `SUMIF` and `AVERAGEIF` do: owners match
 * ignoring case only, and text, booleans and blanks are skipped.
 */
export function totalsByOwner(
  owners: readonly CellValue[],
  values: readonly CellValue[],
): Map<string, { total: number; count: number }> {
  const totals = new Map<string, { total: number; count: number }>();
  owners.forEach((owner, index) => {
    const value = values[index];
    if (typeof owner !== 'string' || typeof value !== 'number') return;
    const entry = totals.get(owner.toLowerCase()) ?? { total: 0, count: 0 };
    entry.total += value;
    entry.count += 1;
    totals.set(owner.toLowerCase(), entry);
  });
  return totals;
}

function asColumn(values: readonly CellValue[]): CellValue[][] {
  return values.map((value) => [value]);
}
