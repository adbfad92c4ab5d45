import { describe, expect, it } from 'vitest';
import { loadAppsScriptProject } from './apps-script-host.js';
import { FakeSpreadsheet } from './fake-spreadsheet.js';
import { fakeServices } from './fake-services.js';
import { largeNrrCall, largeWaterfallCall, type LargeCall } from './large-inputs.js';
import { coreOutcome, sheetsOutcome } from './outcomes.js';

const TIME_ZONE = 'Pacific/Auckland';

describe('50,000-row calls in a fresh Apps Script project', () => {
  const cases: [string, (project: ReturnType<typeof loadAppsScriptProject>) => LargeCall][] = [
    ['CS_NRR with group_by', () => largeNrrCall()],
    ['CS_ARR_WATERFALL with group_by', (project) => largeWaterfallCall(project, TIME_ZONE)],
  ];

  // Speed is measured by `npm run bench` (bench/gsheets.ts); this checks the results only.
  it.each(cases)('%s matches the core', (_, makeCall) => {
    const project = loadAppsScriptProject(
      'push',
      fakeServices(new FakeSpreadsheet(TIME_ZONE)).services,
    );
    const call = makeCall(project);

    const outcome = sheetsOutcome(project, call.name, call.sheetsArgs, TIME_ZONE);

    expect(outcome).toHaveProperty('value');
    expect(outcome).toEqual(coreOutcome(call.name, call.coreArgs as never[]));
  });
});
