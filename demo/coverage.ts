import { columnOf, type DemoExports } from './exports.js';

/**
 * Describes accounts that no CSM owns: blank in the book of business, or missing from it. Their
 * ARR counts in no CSM's figures, so the demo reports them instead of dropping them silently.
 */
export function unassignedNote(exports: DemoExports): string | undefined {
  const owners = new Map<string, string>();
  const ids = columnOf(exports.book, 'account_id');
  columnOf(exports.book, 'csm').forEach((owner, index) => {
    owners.set(
      String(ids[index] ?? '')
        .trim()
        .toLowerCase(),
      String(owner ?? '').trim(),
    );
  });
  const accounts = new Set(
    columnOf(exports.subscriptions, 'account_id').map((id) =>
      String(id ?? '')
        .trim()
        .toLowerCase(),
    ),
  );
  const blank = [...accounts].filter((id) => owners.get(id) === '');
  const missing = [...accounts].filter((id) => !owners.has(id));
  if (blank.length === 0 && missing.length === 0) return undefined;
  return (
    `Note: ${blank.length} account(s) have a blank CSM in ${exports.book.file} and ` +
    `${missing.length} are missing from it; their ARR is in no CSM's figures. ` +
    `Assign them in the book of business to include them.`
  );
}
