import { ROLE_TEMPLATES, writePlanTable, type PlanComponent } from '../core/index.js';
import type { CellInput } from '../univer/headless.js';

/** Data rows replaced on each run, and reps paid under the plan. */
export const DATA_ROWS = 10_000;
export const REPS = 200;
const TARGET_INCENTIVE = 5_000;

const [grrTemplate, nrrTemplate] = ROLE_TEMPLATES[0]!.components;
/** A CSM plan on GRR (60 %) and NRR (40 %), with the templates' thresholds, curves and caps. */
const PLAN: readonly PlanComponent[] = [
  { ...grrTemplate!, weight: 0.6 },
  { ...nrrTemplate!, weight: 0.4 },
];
const column = (letter: string) => `Data!$${letter}$2:$${letter}$${DATA_ROWS + 1}`;

/** A sheet of the benchmark workbook. */
export interface BenchSheet {
  readonly name: string;
  readonly rows: CellInput[][];
}

/** Data (accounts with owner and ARR movements) and the plan table, shared by both versions. */
export function baseSheets(seed: number): BenchSheet[] {
  const header = ['owner', 'starting_arr', 'expansion', 'contraction', 'churned'];
  return [
    { name: 'Data', rows: [header, ...dataRows(seed)] },
    { name: 'Plan', rows: writePlanTable({ components: PLAN }) as CellInput[][] },
  ];
}

/** Builds the plan with CS functions: per-owner GRR and NRR tables and one payout formula. */
export function csFormulas(): BenchSheet[] {
  const [starting, expansion, contraction, churned] = ['B', 'C', 'D', 'E'].map(column);
  const reps = repRows(() => []);
  reps[1]!.push(
    null,
    null,
    `=CS_PAYOUT(Plan!A1:P3, B2:B${REPS + 1}, C2:C${REPS + 1}, D1:E1, ` +
      `HSTACK(Metrics!B2:B${REPS + 1}, Metrics!E2:E${REPS + 1}))`,
  );
  const owners = column('A');
  const metrics = [
    ['owner', 'GRR', null, 'owner', 'NRR'],
    [
      `=CS_GRR(${starting}, ${contraction}, ${churned}, ${owners})`,
      null,
      null,
      `=CS_NRR(${starting}, ${expansion}, ${contraction}, ${churned}, ${owners})`,
    ],
  ];
  return [
    { name: 'Reps', rows: reps },
    { name: 'Metrics', rows: metrics },
  ];
}

/** Builds the same plan as a user would write it by hand, with nine formulas per rep. */
export function plainFormulas(): BenchSheet[] {
  const [grr, nrr] = PLAN as [PlanComponent, PlanComponent];
  const reps = repRows((row) => [
    `=MAX(0, MIN(1, (G${row} - I${row} - J${row}) / G${row}))`,
    `=(G${row} + H${row} - I${row} - J${row}) / G${row}`,
    `=K${row} + L${row}`,
    ...['B', 'C', 'D', 'E'].map((letter) => `=SUMIFS(${column(letter)}, ${column('A')}, $A${row})`),
    `=ROUND(C${row} * ${grr.weight} * ${factorFormula(`D${row}`, grr)}, 2)`,
    `=ROUND(C${row} * ${nrr.weight} * ${factorFormula(`E${row}`, nrr)}, 2)`,
  ]);
  reps[0]!.push('Payout', 'Starting', 'Expansion', 'Contraction', 'Churned', 'GRR pay', 'NRR pay');
  return [{ name: 'Reps', rows: reps }];
}

/** Builds the reps sheet: owner, role, target incentive, GRR and NRR headers, then `extra`. */
function repRows(extra: (row: number) => CellInput[]): CellInput[][] {
  const header: CellInput[] = ['owner', 'role', 'target_incentive', 'GRR', 'NRR'];
  const rows = Array.from({ length: REPS }, (_, index): CellInput[] => [
    repName(index),
    'CSM',
    TARGET_INCENTIVE,
    ...extra(index + 2),
  ]);
  return [header, ...rows];
}

/** Writes the payout factor as formula text: threshold, marginal curve, then cap. */
function factorFormula(metric: string, component: PlanComponent): string {
  if (component.curve.mode !== 'marginal') {
    throw new Error(`Only marginal curves have a formula here, not ${component.curve.mode}.`);
  }
  const attainment = `(${metric} / ${component.target})`;
  const tiers = component.curve.tiers;
  const bands = tiers.map((tier, index) => {
    const next = tiers[index + 1];
    const upper = next === undefined ? attainment : `MIN(${attainment}, ${next.from})`;
    return `${tier.rate} * MAX(0, ${upper} - ${tier.from})`;
  });
  const curve = bands.join(' + ');
  const capped = component.cap === undefined ? curve : `MIN(${component.cap}, ${curve})`;
  const threshold = (component.threshold ?? 0) / component.target;
  return `IF(${attainment} < ${threshold}, 0, ${capped})`;
}

/**
 * Generates account rows from a seed, so every run replaces the data with other numbers.
 * Owners take turns, so each rep first appears in rep order. ARR runs from 5,000 to 100,000,
 * and about 10 % of accounts churned, 15 % contracted and 35 % expanded.
 */
export function dataRows(seed: number): CellInput[][] {
  const random = seededRandom(seed);
  return Array.from({ length: DATA_ROWS }, (_, index) => {
    const starting = Math.round(5_000 + random() * 95_000);
    const draw = random();
    const share = Math.round(starting * random() * 0.3);
    return [
      repName(index % REPS),
      starting,
      draw >= 0.25 && draw < 0.6 ? share : 0,
      draw >= 0.1 && draw < 0.25 ? share : 0,
      draw < 0.1 ? starting : 0,
    ];
  });
}

/** Returns a generator of numbers in [0, 1) that repeats for the same seed (mulberry32). */
function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let mixed = Math.imul(state ^ (state >>> 15), state | 1);
    mixed ^= mixed + Math.imul(mixed ^ (mixed >>> 7), mixed | 61);
    return ((mixed ^ (mixed >>> 14)) >>> 0) / 4_294_967_296;
  };
}

export function repName(index: number): string {
  return `Rep ${String(index + 1).padStart(3, '0')}`;
}
