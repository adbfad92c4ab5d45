import { fromCents, roundMoney, toCents } from './rounding.js';

/** Kind of draw, which decides what happens to a shortfall of earnings below it. */
export type DrawKind = 'nonRecoverable' | 'recoverable';

/** Amounts a draw pays this period and carries into the next. */
export interface DrawOutcome {
  /** Amount paid on top of earnings to reach the draw. */
  readonly topUp: number;
  /** Amount paid in total this period: earnings plus top-up, less any recovery. */
  readonly paid: number;
  /** Balance a recoverable draw carries forward, to be recovered from later earnings. */
  readonly carriedForward: number;
}

/**
 * Applies a draw to one period's earnings. A non-recoverable draw tops earnings up to the
 * guaranteed amount and never recovers it. A recoverable one also carries the top-up forward
 * and recovers an earlier balance from earnings above the draw. Draw 5,000 and earned 3,200
 * pay a top-up of 1,800, and the recoverable kind carries 1,800 forward.
 */
export function applyDraw(
  earned: number,
  draw: number,
  kind: DrawKind,
  balanceBroughtForward = 0,
): DrawOutcome {
  // Work in whole cents, so that paid, top-up and balance add up exactly and a half cent in
  // the inputs cannot pay a cent above the draw.
  const earnedCents = toCents(earned);
  const drawCents = toCents(draw);
  const balanceCents = toCents(balanceBroughtForward);
  const topUp = Math.max(0, drawCents - earnedCents);
  if (kind === 'nonRecoverable') {
    return { topUp: fromCents(topUp), paid: fromCents(earnedCents + topUp), carriedForward: 0 };
  }

  const recovered = Math.min(balanceCents, Math.max(0, earnedCents - drawCents));
  return {
    topUp: fromCents(topUp),
    paid: fromCents(earnedCents + topUp - recovered),
    carriedForward: fromCents(balanceCents - recovered + topUp),
  };
}

/**
 * Computes the clawback on an amount already paid when the account churns within the window
 * after the payment: a negative adjustment of `rate` × paid, or 0 outside the window.
 * 10,000 paid with a 50 % clawback gives −5,000.
 */
export function clawbackAdjustment(
  paid: number,
  rate: number,
  daysFromPaymentToChurn: number | undefined,
  windowDays: number,
): number {
  if (daysFromPaymentToChurn === undefined) return 0;
  if (daysFromPaymentToChurn < 0 || daysFromPaymentToChurn > windowDays) return 0;
  return roundMoney(-paid * rate) || 0;
}
