import { catalogue, sheetFunctions, type SheetArgument } from '../core/index.js';
import { loadAppsScriptProject } from '../test/gsheets/apps-script-host.js';
import { FakeSpreadsheet } from '../test/gsheets/fake-spreadsheet.js';
import { fakeServices } from '../test/gsheets/fake-services.js';
import {
  LARGE_ROWS,
  largeNrrCall,
  largeWaterfallCall,
  type LargeCall,
} from '../test/gsheets/large-inputs.js';
import type { BenchFigure } from './figures.js';
import { measure } from './measure.js';

/** Ahead of UTC, so every date argument goes through the time-zone conversion for real. */
const TIME_ZONE = 'Pacific/Auckland';

/**
 * Measures 50,000-row calls through the built Apps Script bundle loaded in a `vm` context, as a
 * custom function runs: Sheets-shaped arguments in, adapter, core, results out. Each note gives
 * the core alone on the same cells. Much of the gap is `node:vm` itself, which routes every global
 * lookup through its sandbox: the same bundle evaluated in Node's main realm ran the CS_NRR call
 * about 3 times faster on a 2-core AMD EPYC. Run `npm run build` first.
 */
export async function benchGsheets(): Promise<BenchFigure[]> {
  const spreadsheet = new FakeSpreadsheet(TIME_ZONE);
  const project = loadAppsScriptProject('push', fakeServices(spreadsheet).services);
  const calls = [largeNrrCall()];
  if (catalogue.some((definition) => definition.name === 'CS_ARR_WATERFALL')) {
    calls.push(largeWaterfallCall(project, TIME_ZONE));
  }

  const figures: BenchFigure[] = [];
  for (const call of calls) {
    const core = await measure(`${call.name} core`, LARGE_ROWS, () => callCore(call));
    figures.push(
      await measure(
        `${call.name}, ${LARGE_ROWS.toLocaleString('en-US')} rows, grouped (Sheets bundle in vm)`,
        LARGE_ROWS,
        () => project.call(call.name, ...call.sheetsArgs),
        5,
        `core alone on the same cells: ${core.milliseconds.toFixed(1)} ms; Sheets allows 30 s`,
      ),
    );
  }
  return figures;
}

function callCore(call: LargeCall): unknown {
  return sheetFunctions[call.name]!(...(call.coreArgs as SheetArgument[]));
}
