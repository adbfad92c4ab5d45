import { catalogue, sheetFunctions, type SheetArgument } from '../core/index.js';
import { bindFunction } from '../excel/binding.js';
import { createDateSystemSetting } from '../excel/date-system.js';
import { loadFunctionsScript } from '../test/excel/functions-runtime.js';
import { asSheetsArgument } from '../test/excel/excel-shapes.js';
import type { BenchFigure } from './figures.js';
import { measure } from './measure.js';

const ROWS = 50_000;
const OWNERS = 50;
/** Serials of 2025-01-01 and 2025-12-31 in the 1900 date system. */
const YEAR = { start: 45658, end: 46022 };

interface ExcelCall {
  readonly id: string;
  readonly description: string;
  readonly args: unknown[];
}

/**
 * Measures 50,000-row calls through the built functions.js loaded in a `vm` context, as Excel
 * calls a custom function: matrices with `null` blanks in, adapter, core, rows out. Each note
 * gives the core alone on the same cells in Sheets form, and the same adapter and core run
 * outside the vm, which is faster on Node 20. Run `npm run build` first.
 */
export async function benchExcel(): Promise<BenchFigure[]> {
  const { associations } = loadFunctionsScript();
  const dateSystem = createDateSystemSetting();
  dateSystem.settle('1900');

  const figures: BenchFigure[] = [];
  for (const call of [retentionCall(), prorationCall()]) {
    const excelFunction = associations.get(call.id);
    const definition = catalogue.find((entry) => entry.name === `CS_${call.id}`);
    const coreFunction = sheetFunctions[`CS_${call.id}`];
    if (excelFunction === undefined || definition === undefined || coreFunction === undefined) {
      continue;
    }

    const sheetsArgs: SheetArgument[] = call.args.map(asSheetsArgument);
    const boundFunction = bindFunction(definition, dateSystem);
    const core = await measure(`${call.id} core`, ROWS, () => coreFunction(...sheetsArgs));
    const bound = await measure(`${call.id} bound`, ROWS, () => boundFunction(...call.args));
    figures.push(
      await measure(
        `CS.${call.id}, ${ROWS.toLocaleString('en-US')} rows, ${call.description} (vm)`,
        ROWS,
        () => excelFunction(...call.args),
        5,
        `core alone: ${core.milliseconds.toFixed(1)} ms; ` +
          `adapter and core outside vm: ${bound.milliseconds.toFixed(1)} ms`,
      ),
    );
  }
  return figures;
}

function retentionCall(): ExcelCall {
  const next = seededRandom(1);
  const column = (scale: number, blankShare: number) =>
    Array.from({ length: ROWS }, () => [next() < blankShare ? null : Math.round(next() * scale)]);
  const owners = Array.from({ length: ROWS }, () => [`Owner ${Math.floor(next() * OWNERS)}`]);
  return {
    id: 'NRR',
    description: `grouped by ${OWNERS} owners`,
    args: [column(50_000, 0), column(5_000, 0.5), column(3_000, 0.7), column(10_000, 0.9), owners],
  };
}

function prorationCall(): ExcelCall {
  const next = seededRandom(2);
  const days = YEAR.end - YEAR.start;
  return {
    id: 'PRORATE',
    description: 'hire dates as serials',
    args: [
      Array.from({ length: ROWS }, () => [Math.round(next() * 20_000)]),
      [[YEAR.start]],
      [[YEAR.end]],
      Array.from({ length: ROWS }, () => [
        next() < 0.3 ? null : YEAR.start + Math.floor(next() * days),
      ]),
      null,
      null,
    ],
  };
}

/** Returns a repeatable sequence of numbers in [0, 1), so every run measures the same cells. */
function seededRandom(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2 ** 31;
    return state / 2 ** 31;
  };
}
