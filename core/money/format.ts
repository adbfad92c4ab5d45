import { MAX_EXACT_CENTS, toCents } from './rounding.js';

/** Formats an amount with thousands separators and two decimals: 12345.6 → "12,345.60". */
export function formatMoney(amount: number): string {
  const cents = toCents(amount);
  // Beyond exact cents, whole-cent digits would be noise or an exponent, so show the number.
  if (!(Math.abs(cents) <= MAX_EXACT_CENTS)) return String(amount);
  const sign = cents < 0 ? '-' : '';
  const whole = Math.floor(Math.abs(cents) / 100);
  const fraction = String(Math.abs(cents) % 100).padStart(2, '0');
  return `${sign}${groupThousands(String(whole))}.${fraction}`;
}

/** Formats a fraction as a percentage with up to two decimals: 0.98765 → "98.77%". */
export function formatPercent(fraction: number): string {
  const hundredths = Math.round(fraction * 10_000) / 100;
  return `${trimZeros(hundredths.toFixed(2))}%`;
}

/** Formats a number with up to four decimals and no trailing zeros: 0.12345 → "0.1235". */
export function formatNumber(value: number): string {
  return trimZeros(value.toFixed(4));
}

function groupThousands(digits: string): string {
  return digits.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

function trimZeros(text: string): string {
  return text.includes('.') ? text.replace(/\.?0+$/, '') : text;
}
