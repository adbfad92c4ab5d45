import {
  createHeadlessWorkbook,
  type CellInput,
  type HeadlessWorkbook,
} from '../univer/headless.js';
import type { BenchFigure } from './figures.js';
import {
  baseSheets,
  csFormulas,
  DATA_ROWS,
  dataRows,
  plainFormulas,
  repName,
  REPS,
  type BenchSheet,
} from './univer-plan.js';

const RUNS = 5;
/** FormulaExecutedStateType.SUCCESS in Univer 0.25: a calculation that ran to the end. */
const CALCULATION_SUCCEEDED = 3;

/**
 * Times Univer's recalculation after all 10,000 data rows are replaced. One plan is written
 * two ways in the same engine: with CS_GRR, CS_NRR and CS_PAYOUT (three formulas), and as the
 * SUMIFS/IF template a user would build by hand (nine formulas per rep). Both must pay every
 * rep the same. The figure is the engine's time from the start to the end of the calculation.
 * Univer 0.25 waits 100 ms after an edit before it starts, so the note gives the end-to-end time.
 */
export async function benchUniver(): Promise<BenchFigure[]> {
  const ours = await timePlan('CS functions', csFormulas());
  const plain = await timePlan('SUMIFS/IF', plainFormulas());
  checkSamePayouts(ours.payouts, plain.payouts);

  const ratio = ours.engine / plain.engine;
  const endToEnd = (timing: Timing) =>
    `end to end, with Univer's 100 ms wait: ${timing.total.toFixed(0)} ms`;
  return [
    {
      name: `plan for ${REPS} reps, CS_GRR + CS_NRR + CS_PAYOUT, recalculation (Univer)`,
      rows: DATA_ROWS,
      milliseconds: ours.engine,
      note: `${ratio.toFixed(2)} × the SUMIFS/IF time; ${endToEnd(ours)}`,
    },
    {
      name: `same plan as SUMIFS/IF formulas, ${REPS * 9} cells, recalculation (Univer)`,
      rows: DATA_ROWS,
      milliseconds: plain.engine,
      note: endToEnd(plain),
    },
  ];
}

interface Timing {
  /** Median time from the start to the end of the engine's calculation, in milliseconds. */
  readonly engine: number;
  /** Median time from the edit to the end of the calculation, in milliseconds. */
  readonly total: number;
  /** Payout per rep after the last run, to check both versions compute the same plan. */
  readonly payouts: CellInput[];
}

async function timePlan(name: string, sheets: BenchSheet[]): Promise<Timing> {
  const book = await createHeadlessWorkbook({ sheets: [...baseSheets(1), ...sheets] });
  const engine: number[] = [];
  const total: number[] = [];
  for (let run = 0; run <= RUNS; run++) {
    const timing = await timeRecalculation(book, dataRows(run + 2));
    if (run === 0) continue;
    engine.push(timing.engine);
    total.push(timing.total);
  }
  const payouts = book.getValues('Reps', `F2:F${REPS + 1}`).map((row) => row[0] as CellInput);
  book.dispose();
  console.log(`Univer ${name}: recalculated ${RUNS} times`);
  return { engine: median(engine), total: median(total), payouts };
}

async function timeRecalculation(book: HeadlessWorkbook, rows: CellInput[][]) {
  const formula = book.univerAPI.getFormula();
  let started = Number.NaN;
  const start = formula.calculationStart(() => (started = performance.now()));
  const ended = new Promise<number>((resolve) => {
    const end = formula.calculationEnd((state) => {
      if (state !== CALCULATION_SUCCEEDED) return;
      end.dispose();
      resolve(performance.now());
    });
  });

  const edited = performance.now();
  book.setValues('Data', 'A2', rows);
  const finished = await ended;
  start.dispose();
  return { engine: finished - started, total: finished - edited };
}

function checkSamePayouts(ours: readonly CellInput[], plain: readonly CellInput[]): void {
  const differing = ours.findIndex((payout, index) => payout !== plain[index]);
  if (differing === -1) return;
  throw new Error(
    `The two versions of the plan disagree for ${repName(differing)}: ` +
      `${String(ours[differing])} with CS functions, ${String(plain[differing])} with SUMIFS/IF.`,
  );
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}
