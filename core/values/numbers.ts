import { valueError } from '../errors.js';
import { isBlank, trimSpaces } from './blank.js';
import { describeSource, describeValue } from './describe.js';
import type { SheetScalar, ValueSource } from './types.js';

/** Options for reading a number argument: accepted forms and the values that make sense. */
export interface NumberReading {
  /** Whether `"85%"` is read as 0.85. Off for amounts, where a percentage is a mistake. */
  readonly percent?: boolean;
  /** Whether TRUE/FALSE and Yes/No count as 1/0, as in churn and renewal flags. */
  readonly booleans?: boolean;
  /** `nonNegative` rejects values below 0; `magnitude` reads -500 and 500 both as 500. */
  readonly sign?: 'any' | 'nonNegative' | 'magnitude';
  /** Noun for the number in messages: "an amount", "a count", "a score". */
  readonly noun?: string;
}

const YES = new Set(['yes', 'y', 'true']);
const NO = new Set(['no', 'n', 'false']);
const CURRENCY = /^[$€£¥]/;
const PLAIN = /^\d+(\.\d+)?$|^\.\d+$/;
const GROUPED = /^\d{1,3}(,\d{3})+(\.\d+)?$/;

/**
 * Reads one cell as a number the way a person reads it: `"$1,200"` is 1200, `"(300)"` is -300,
 * `"−5"` (with a minus sign) is -5, and `"85%"` is 0.85 where `percent` is allowed.
 * Returns `undefined` for a blank cell; throws a `CellError` naming the source otherwise.
 */
export function readNumber(
  value: SheetScalar,
  source: ValueSource,
  reading: NumberReading = {},
): number | undefined {
  if (isBlank(value)) return undefined;

  const number = toNumber(value, source, reading);
  return applySign(number, value, source, reading.sign ?? 'any');
}

function toNumber(value: SheetScalar, source: ValueSource, reading: NumberReading): number {
  if (typeof value === 'number') {
    if (Number.isFinite(value)) return value;
    throw valueError(
      `${describeSource(source)} is ${value}, which is not a finite number. ` +
        `Check the formula or link that fills the cell, or enter a number.`,
    );
  }
  if (typeof value === 'boolean') {
    if (reading.booleans) return value ? 1 : 0;
    throw valueError(
      `${describeSource(source)} is ${describeValue(value)}, which is not a number. ` +
        `Enter ${reading.noun ?? 'a number'} instead.`,
    );
  }
  const text = trimSpaces(String(value));
  if (reading.booleans) {
    const lower = text.toLowerCase();
    if (YES.has(lower)) return 1;
    if (NO.has(lower)) return 0;
  }
  const parsed = parseNumberText(text, reading.percent ?? false);
  if (parsed !== undefined) return parsed;
  throw valueError(notANumberMessage(text, source, reading));
}

/**
 * Parses number text such as `"1,200.50"`, `"-$300"`, `"($300)"` or `"12.5%"`. Returns
 * `undefined` for anything else, including `"1.2k"`, `"1e3"` and misplaced thousands separators.
 */
export function parseNumberText(text: string, percent: boolean): number | undefined {
  let rest = trimSpaces(text).replace(/\u2212/g, '-');
  let negative = false;

  if (rest.startsWith('(') && rest.endsWith(')')) {
    negative = true;
    rest = trimSpaces(rest.slice(1, -1));
    // A sign inside accounting parentheses, as in "(-5)", has no single reading.
    if (rest.startsWith('-') || rest.startsWith('+')) return undefined;
  } else if (rest.startsWith('-') || rest.startsWith('+')) {
    negative = rest.startsWith('-');
    rest = trimSpaces(rest.slice(1));
  }
  rest = rest.replace(CURRENCY, '');
  if (rest.startsWith('-') && !negative) {
    negative = true;
    rest = rest.slice(1);
  }

  const isPercent = rest.endsWith('%');
  if (isPercent) {
    if (!percent) return undefined;
    rest = trimSpaces(rest.slice(0, -1));
  }
  if (!PLAIN.test(rest) && !GROUPED.test(rest)) return undefined;

  const magnitude = Number(rest.replace(/,/g, ''));
  const scaled = isPercent ? magnitude / 100 : magnitude;
  return negative ? -scaled : scaled;
}

function applySign(
  number: number,
  value: SheetScalar,
  source: ValueSource,
  sign: 'any' | 'nonNegative' | 'magnitude',
): number {
  if (sign === 'magnitude') return Math.abs(number);
  if (sign === 'nonNegative' && number < 0) {
    throw valueError(
      `${describeSource(source)} is ${describeValue(value)}, which is negative. ` +
        `Enter a value of 0 or more.`,
    );
  }
  return number;
}

function notANumberMessage(text: string, source: ValueSource, reading: NumberReading): string {
  const start = `${describeSource(source)} is ${JSON.stringify(text)}, which is not a number.`;
  if (text.endsWith('%') && !reading.percent) {
    return `${start} This argument takes no percentage, so enter ${reading.noun ?? 'a plain number'}.`;
  }
  const hint = reading.booleans ? 'a number, TRUE/FALSE or Yes/No' : (reading.noun ?? 'a number');
  return `${start} Enter ${hint} such as 1200 or 1,200.50, or leave the cell blank.`;
}
