import { epochDayFromSerial, formatIsoDate } from '../../core/index.js';

/**
 * Custom-metadata key that marks the sheets the builder created, in Univer and Excel. The
 * Sheets server functions keep their own developer-metadata key with the same meaning.
 */
export const CREATED_BY_BUILDER_KEY = 'cs-comp.created-by-add-on';

/**
 * Turns a date serial into ISO text when its number format shows a date (`yyyy-mm-dd`,
 * `m/d/yyyy`, `d-mmm`), and leaves any other number as it is. Formats in quotes or brackets,
 * such as `[Red]` or `"days"`, are ignored when looking for date letters.
 */
export function toIsoDateIfDate(value: number, format: string | undefined): number | string {
  if (format === undefined || !isDateFormat(format)) return value;
  const day = epochDayFromSerial(value);
  return day === undefined ? value : formatIsoDate(day);
}

/** Tells whether a number format shows a date: it has a year or day part outside quotes. */
export function isDateFormat(format: string): boolean {
  const bare = format.replace(/"[^"]*"|\[[^\]]*\]|\\./g, '');
  return /[yd]/i.test(bare);
}

/**
 * Keeps text as text in hosts that read typed input, Sheets and Excel: text starting with `=`,
 * `+`, `-` or `@` would become a formula, so it gets the leading apostrophe that marks text
 * (shown without it). Other text is written unchanged.
 */
export function escapeText(text: string): string {
  return /^[=+\-@]/.test(text) ? `'${text}` : text;
}
