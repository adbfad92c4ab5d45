/**
 * Rounds an amount to whole cents, half away from zero, and returns the cents as an integer.
 * The amount is first cleaned to 15 significant digits so that binary noise does not decide a
 * half: 1.005 is stored as 1.00499999999999989…, and a person who typed 1.005 expects 1.01.
 */
export function toCents(amount: number): number {
  const cents = Number((amount * 100).toPrecision(15));
  const rounded = Math.round(Math.abs(cents));
  return Math.sign(cents) * rounded || 0;
}

/**
 * Largest number of cents `toCents` keeps exact, because it cleans amounts to 15 significant
 * digits: amounts up to 9,999,999,999,999.99 in the currency unit.
 */
export const MAX_EXACT_CENTS = 999_999_999_999_999;

/** Converts whole cents back to an amount in the currency unit: 101 cents is 1.01. */
export function fromCents(cents: number): number {
  return cents / 100;
}

/** Rounds an amount to cents, half away from zero: 2.345 → 2.35, −2.345 → −2.35. */
export function roundMoney(amount: number): number {
  return fromCents(toCents(amount));
}

/** Adds amounts already rounded to cents, exactly, by summing integer cents. */
export function sumMoney(amounts: readonly number[]): number {
  return fromCents(amounts.reduce((total, amount) => total + toCents(amount), 0));
}
