import { valueError } from '../errors.js';
import { describeValue } from '../values/describe.js';
import { groupRows } from '../values/groups.js';
import type { SheetScalar } from '../values/types.js';

const NAME = 'CS_ARR_WATERFALL';

/**
 * Groups the rows from `offset` on by key, in order of first appearance with blank keys last.
 * Keys are matched once per distinct cell value, since an export repeats a few keys over many
 * rows. Returns each group's key as first spelled and the group number of every row.
 */
export function numberGroups(
  keys: readonly SheetScalar[],
  offset: number,
): { groups: string[]; groupOfRow: Int32Array } {
  const distinct = new Map<SheetScalar, number>();
  const groupOfRow = new Int32Array(keys.length);
  for (let index = offset; index < keys.length; index++) {
    let number = distinct.get(keys[index]);
    if (number === undefined) {
      number = distinct.size;
      distinct.set(keys[index], number);
    }
    groupOfRow[index] = number;
  }

  const groups = groupRows([...distinct.keys()]);
  const groupOfDistinct = new Int32Array(distinct.size);
  groups.forEach((group, number) => {
    for (const index of group.indexes) groupOfDistinct[index] = number;
  });
  for (let index = offset; index < keys.length; index++) {
    groupOfRow[index] = groupOfDistinct[groupOfRow[index] ?? 0] ?? 0;
  }
  return { groups: groups.map((group) => group.key), groupOfRow };
}

/**
 * Returns a function that gives the group number of an account's row. Every row of an account
 * must carry the same key, or its ARR would be split between groups, so a second key throws.
 */
export function accountGrouping(keys: readonly SheetScalar[], groupOfRow: Int32Array) {
  const firstRow = new Map<string, number>();

  return (account: string, index: number): number => {
    const group = groupOfRow[index] ?? 0;
    const first = firstRow.get(account);
    if (first === undefined) firstRow.set(account, index);
    else if (groupOfRow[first] !== group) {
      throw valueError(
        `${NAME}: account "${account}" has group_by ${describeValue(keys[first])} on row ` +
          `${first + 1} and ${describeValue(keys[index])} on row ${index + 1}. ` +
          `Give every subscription row of an account the same key.`,
      );
    }
    return group;
  };
}
