import { notAvailable, valueError } from '../errors.js';
import { healthScore, type HealthSignal } from '../metrics/health.js';
import { isBlank } from '../values/blank.js';
import { describeValue } from '../values/describe.js';
import { startsWithHeader } from '../values/header.js';
import { readNumber, type NumberReading } from '../values/numbers.js';
import { toRows } from '../values/range.js';
import type { ResultScalar, SheetArgument, SheetScalar } from '../values/types.js';
import { optional, required, type FunctionDefinition } from './types.js';

const NAME = 'CS_HEALTH';
const signalReading = { percent: true, booleans: true, noun: 'a signal value' } as const;

export const CS_HEALTH: FunctionDefinition = {
  name: NAME,
  description:
    'Health score from 0 to 100 per row: the weighted mean of each signal scaled between its low and high.',
  parameters: [
    required('values', 'One row per account and one column per signal, such as logins or NPS.'),
    required('weights', 'One weight per signal, in a row or a column; they need not add up to 1.'),
    optional(
      'lows',
      'Optional. Per signal, the value that scores 0; default 0. Above its high, lower is better.',
    ),
    optional('highs', 'Optional. Per signal, the value that scores 100; default 100.'),
  ],
  implementation: (values, weights, lows, highs) => {
    const rows = toRows(values);
    const width = rows[0]?.length ?? 0;
    if (width === 0) {
      throw notAvailable(
        `${NAME}: values has no columns, so there is nothing to compute. ` +
          `Select one column per signal and one row per account.`,
      );
    }
    const signals = readSignals(width, weights, lows, highs);
    const offset = valuesHeaderOffset(rows);

    const scores: ResultScalar[][] = [];
    for (let index = offset; index < rows.length; index++) {
      const source = { functionName: NAME, argument: 'values', row: index + 1 };
      const signalValues = (rows[index] ?? []).map((cell) =>
        readNumber(cell, source, signalReading),
      );
      scores.push([healthScore(signalValues, signals) ?? '']);
    }
    return rows.length === 1 ? (scores[0]?.[0] ?? '') : scores;
  },
};

function readSignals(
  width: number,
  weights: SheetArgument,
  lows: SheetArgument,
  highs: SheetArgument,
): HealthSignal[] {
  const weightList = perSignal('weights', weights, width, { percent: true, sign: 'nonNegative' });
  const lowList = perSignal('lows', lows, width, signalReading);
  const highList = perSignal('highs', highs, width, signalReading);

  if (weightList.every((weight) => weight === 0)) {
    throw valueError(`${NAME}: every weight is 0. Enter a weight above 0 for a signal.`);
  }
  return weightList.map((weight, index) => {
    if (weight === undefined) {
      throw valueError(
        `${NAME}: weights entry ${index + 1} is blank. ` +
          `Enter a weight for every signal column; a weight of 0 leaves the signal out.`,
      );
    }
    const low = lowList[index] ?? 0;
    const high = highList[index] ?? 100;
    if (low === high) {
      throw valueError(
        `${NAME}: signal ${index + 1} has low and high both ${low}, so it cannot be scaled. ` +
          `Enter a high above the low, or below it when lower is better.`,
      );
    }
    return { weight, low, high };
  });
}

/**
 * Reads a row or column with one entry per signal, skipping a header cell. A single cell
 * applies to every signal. A blank entry is `undefined`, so the caller's rule applies.
 */
function perSignal(
  name: string,
  argument: SheetArgument,
  width: number,
  reading: NumberReading,
): (number | undefined)[] {
  const rows = toRows(argument);
  if (rows.length > 1 && rows.some((row) => row.length > 1)) {
    throw valueError(
      `${NAME}: ${name} has ${rows.length} rows and ${rows[0]?.length ?? 0} columns. ` +
        `Select one row or one column, with one entry per signal.`,
    );
  }
  const cells = rows.flat();
  const listed = startsWithHeader(cells) ? cells.slice(1) : cells;
  // Only a single cell applies to every signal. One entry under a header is one signal's entry.
  const entries = cells.length === 1 ? Array<SheetScalar>(width).fill(cells[0]) : listed;
  if (entries.length !== width) {
    throw valueError(
      `${NAME}: ${name} has ${entries.length} entries but values has ${width} columns. ` +
        `Enter one entry per signal column of values, in the same order.`,
    );
  }
  return entries.map((cell, index) =>
    readNumber(cell, { functionName: NAME, argument: `${name} entry ${index + 1}` }, reading),
  );
}

/**
 * Returns 1 when the first row of values contains signal names above data, and 0 otherwise.
 * Throws when that row mixes names and numbers, because one of them is then misread.
 */
function valuesHeaderOffset(rows: readonly (readonly SheetScalar[])[]): number {
  const first = rows[0] ?? [];
  if (rows.length < 2) return 0;

  // A cell is a name when it would start a header with data below it.
  const names = first.map((cell) => startsWithHeader([cell, 0]));
  const name = first.find((_, column) => names[column]);
  if (name === undefined) return 0;

  const value = first.find((cell, column) => !names[column] && !isBlank(cell));
  if (value === undefined) return 1;
  throw valueError(
    `${NAME}: values row 1 contains both the signal name ${describeValue(name)} and the value ` +
      `${describeValue(value)}. Put only signal names in a header row, or none.`,
  );
}
