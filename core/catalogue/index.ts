import { CS_ANNUAL_CHURN, CS_CHURN_RATE, CS_RENEWAL_RATE } from './rates.js';
import { CS_GRR, CS_NRR } from './retention.js';
import { CS_CLAWBACK, CS_DRAW } from './adjustments.js';
import { CS_ATTAINMENT, CS_CURVE } from './curves.js';
import { CS_PRORATE } from './proration.js';
import { CS_CES, CS_CSAT, CS_NPS } from './surveys.js';
import { CS_CLV } from './lifetime-value.js';
import { CS_HEALTH } from './health.js';
import { CS_ARR_WATERFALL } from './waterfall.js';
import { CS_EXPLAIN, CS_PAYOUT } from './payout.js';
import { CS_LOOKUP } from './lookup.js';
import { withCheckedResult } from './results.js';
import type { FunctionDefinition, SheetFunction } from './types.js';

/** Every public cell function, in the order the hosts list them. */
export const catalogue: readonly FunctionDefinition[] = [
  CS_NRR,
  CS_GRR,
  CS_CHURN_RATE,
  CS_RENEWAL_RATE,
  CS_ANNUAL_CHURN,
  CS_NPS,
  CS_CSAT,
  CS_CES,
  CS_CLV,
  CS_HEALTH,
  CS_ARR_WATERFALL,
  CS_ATTAINMENT,
  CS_CURVE,
  CS_PRORATE,
  CS_DRAW,
  CS_CLAWBACK,
  CS_PAYOUT,
  CS_EXPLAIN,
  CS_LOOKUP,
].map(withCheckedResult);

/** Each public cell function by its Sheets name, over the values a spreadsheet passes. */
export const sheetFunctions: Readonly<Record<string, SheetFunction>> = Object.fromEntries(
  catalogue.map((definition) => [definition.name, definition.implementation]),
);
