import { isCellError, type SheetArgument, type SheetScalar } from '../../../core/index.js';

/** Runs a cell function that must fail and returns the kind and message of its cell error. */
export function failure(run: () => unknown): { kind: string; message: string } {
  try {
    run();
  } catch (error) {
    if (isCellError(error)) return { kind: error.kind, message: error.message };
    throw error;
  }
  throw new Error('Expected a cell error, but the function returned a value.');
}

/** Builds a one-column range, as a host passes it. */
export function column(...values: SheetScalar[]): SheetArgument {
  return values.map((value) => [value]);
}

/** Expands counts per response into the responses, as a survey export lists them. */
export function responses(counts: Readonly<Record<number, number>>): SheetArgument {
  return Object.entries(counts).flatMap(([score, count]) =>
    Array.from({ length: count }, () => [Number(score)]),
  );
}
