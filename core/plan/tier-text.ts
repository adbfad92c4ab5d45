import type { Tier } from '../payout/curve.js';
import { parseNumberText } from '../values/numbers.js';

/**
 * Formats tiers for one plan-table cell as `from: rate` pairs separated by semicolons:
 * `0: 1; 1: 1.5` pays 1× up to 100 % attainment and 1.5× above it.
 */
export function formatTiers(tiers: readonly Tier[]): string {
  return tiers.map((tier) => `${plainDecimal(tier.from)}: ${plainDecimal(tier.rate)}`).join('; ');
}

/**
 * Writes a number without an exponent, such as 1e-7 as `0.0000001`, because `parseTiers` reads
 * number text the way the cells do and so rejects `1e-7`. The digits stay those of `String`,
 * so the text parses back to the same number.
 */
function plainDecimal(value: number): string {
  const text = String(value);
  const match = /^(-?)(\d)(?:\.(\d+))?e([+-]\d+)$/.exec(text);
  if (match === null) return text;

  const [, sign = '', first = '', rest = '', exponent = '0'] = match;
  const digits = first + rest;
  const point = 1 + Number(exponent);
  if (point <= 0) return `${sign}0.${'0'.repeat(-point)}${digits}`;
  return `${sign}${digits.padEnd(point, '0')}`;
}

/**
 * Parses tier text written by `formatTiers` or by hand, accepting percentages (`100%: 150%`).
 * Returns the position of the first unreadable pair instead of guessing.
 */
export function parseTiers(text: string): { tiers: Tier[] } | { badPair: string } {
  const tiers: Tier[] = [];
  for (const pair of text.split(';').filter((part) => part.trim() !== '')) {
    const [fromText, rateText, ...extra] = pair.split(':');
    const from = parseNumberText(fromText ?? '', true);
    const rate = parseNumberText(rateText ?? '', true);
    if (from === undefined || rate === undefined || extra.length > 0)
      return { badPair: pair.trim() };
    tiers.push({ from, rate });
  }
  return { tiers };
}
