import { valueError } from '../errors.js';
import { findCurveProblems } from '../payout/tier-problems.js';
import type { CurveMode, Tier } from '../payout/curve.js';
import { isBlank } from '../values/blank.js';
import { startsWithHeader } from '../values/header.js';
import { readNumber } from '../values/numbers.js';
import { toRows } from '../values/range.js';
import type { SheetArgument } from '../values/types.js';

/**
 * Reads a two-column tier table (lower bound, rate) from a range, skipping a header row and
 * blank rows, and rejects it with every problem listed if the tiers are not usable.
 */
export function readTiers(functionName: string, argument: SheetArgument, mode: CurveMode): Tier[] {
  const rows = toRows(argument);
  const offset = startsWithHeader(rows.map((row) => row[0])) ? 1 : 0;
  if ((rows[0]?.length ?? 0) !== 2) {
    throw valueError(
      `${functionName}: tiers has ${rows[0]?.length ?? 0} columns. Select two columns: ` +
        `the attainment where each tier starts, and its rate.`,
    );
  }

  const tiers: Tier[] = [];
  rows.slice(offset).forEach((row, index) => {
    if (row.every((value) => isBlank(value))) return;
    const at = (column: number) => ({
      functionName,
      argument: `tiers column ${column + 1}`,
      row: index + offset + 1,
    });
    const from = readNumber(row[0], at(0), { percent: true });
    const rate = readNumber(row[1], at(1), { percent: true });
    if (from === undefined || rate === undefined) {
      throw valueError(
        `${functionName}: tiers row ${index + offset + 1} has a blank cell. ` +
          `Fill both the starting attainment and the rate, or clear the whole row.`,
      );
    }
    tiers.push({ from, rate });
  });

  const problems = findCurveProblems(tiers, mode);
  if (problems.length > 0) {
    throw valueError(`${functionName}: ${problems.map((problem) => problem.message).join(' ')}`);
  }
  return tiers;
}
