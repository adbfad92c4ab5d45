import { sheetFunctions, writePlanTable, type Plan, type PlanComponent } from '../core/index.js';
import type { BenchFigure } from './figures.js';
import { measure } from './measure.js';

const REPS = 5_000;
const SUBSCRIPTION_ROWS = 200_000;

/** Measures the core alone: payouts for 5,000 reps × 6 components, a 200,000-row waterfall. */
export async function benchCore(): Promise<BenchFigure[]> {
  return [
    await measure(
      `CS_PAYOUT, ${REPS.toLocaleString('en-US')} reps × 6 components (core)`,
      REPS,
      payoutRun(),
    ),
    await measure(
      `CS_ARR_WATERFALL, ${SUBSCRIPTION_ROWS.toLocaleString('en-US')} subscription rows, grouped (core)`,
      SUBSCRIPTION_ROWS,
      waterfallRun(),
    ),
  ];
}

function payoutRun(): () => unknown {
  const metrics = ['nrr', 'grr', 'csat', 'nps', 'health', 'renewal_rate'];
  const targets = [1.05, 0.92, 0.85, 40, 70, 0.9];
  const components: PlanComponent[] = metrics.map((metric, index) => ({
    role: 'CSM',
    name: metric,
    metric,
    weight: 1 / 6,
    direction: 'higher',
    target: targets[index] ?? 1,
    cap: 1.5,
    curve: {
      mode: 'marginal',
      tiers: [
        { from: 0, rate: 1 },
        { from: 1, rate: 1.5 },
      ],
    },
    capTiming: 'before modifier',
  }));
  const plan: Plan = { components };
  const table = writePlanTable(plan);
  const roles = Array.from({ length: REPS }, () => ['CSM']);
  const incentives = Array.from({ length: REPS }, (_, rep) => [10_000 + (rep % 50) * 100]);
  const ceilings = [3, 1, 1, 100, 100, 1];
  const values = Array.from({ length: REPS }, (_, rep) =>
    targets.map((target, index) =>
      Math.min(ceilings[index] ?? 1, target * (0.8 + ((rep * 7) % 50) / 100)),
    ),
  );
  const names = [metrics];
  return () => sheetFunctions.CS_PAYOUT!(table, roles, incentives, names, values);
}

function waterfallRun(): () => unknown {
  const accounts = Array.from({ length: SUBSCRIPTION_ROWS }, (_, row) => [`A-${row % 40_000}`]);
  const starts = accounts.map((_, row) => [isoDate(2023, 1 + (row % 24), 1 + (row % 28))]);
  const ends = accounts.map((_, row) => [row % 3 === 0 ? isoDate(2025, 1 + (row % 12), 10) : '']);
  const arr = accounts.map((_, row) => [1_000 + (row % 97) * 120]);
  const owners = accounts.map((_, row) => [`CSM ${(row % 40_000) % 200}`]);
  return () =>
    sheetFunctions.CS_ARR_WATERFALL!(
      accounts,
      starts,
      ends,
      arr,
      '2025-01-01',
      '2025-03-31',
      owners,
    );
}

function isoDate(year: number, month: number, day: number): string {
  const y = year + Math.floor((month - 1) / 12);
  const m = ((month - 1) % 12) + 1;
  return `${y}-${String(m).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}
