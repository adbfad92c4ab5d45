import { beforeAll, describe, expect, it } from 'vitest';
import { loadAppsScriptProject, type AppsScriptProject } from './apps-script-host.js';
import { FakeSpreadsheet } from './fake-spreadsheet.js';
import { fakeServices } from './fake-services.js';
import { coreOutcome, sheetsOutcome } from './outcomes.js';
import { offsetMinutes, sheetsMidnight } from './sheets-dates.js';

/** Ahead of UTC (and of the script's Etc/GMT), so a date read in UTC falls on the day before. */
const TIME_ZONE = 'Pacific/Auckland';

let project: AppsScriptProject;

beforeAll(() => {
  const spreadsheet = new FakeSpreadsheet(TIME_ZONE);
  project = loadAppsScriptProject('push', fakeServices(spreadsheet).services);
});

function sheetsDate(isoDate: string): Date {
  return project.date(sheetsMidnight(isoDate, TIME_ZONE));
}

describe('CS_NRR through the Sheets bundle', () => {
  const starting = [['Starting ARR'], [12000], [''], ['$1,200'], ['8,000.50']];
  const expansion = [['Expansion'], [500], [''], ['300'], [0]];
  const contraction = [['Contraction'], [-200], [''], ['(300)'], ['150']];
  const churned = [['Churned'], [0], [''], [1200], ['']];
  const owners = [['Owner'], ['Ana'], ['ana '], ['Ben'], ['']];

  it('matches the core on ranges with blanks and text numbers', () => {
    const args = [starting, expansion, contraction, churned];

    const outcome = sheetsOutcome(project, 'CS_NRR', args, TIME_ZONE);

    expect(outcome).toEqual(coreOutcome('CS_NRR', args));
    expect(outcome).toHaveProperty('value');
  });

  it('matches the core with group_by', () => {
    const args = [starting, expansion, contraction, churned, owners];

    const outcome = sheetsOutcome(project, 'CS_NRR', args, TIME_ZONE);

    expect(outcome).toEqual(coreOutcome('CS_NRR', args));
    expect((outcome as { value: unknown[] }).value).toHaveLength(3);
  });

  it('throws a plain Error naming function, argument, row and value', () => {
    const bad = [['Starting ARR'], [12000], ['n/a']];
    const args = [bad, 0, 0, 0];

    const outcome = sheetsOutcome(project, 'CS_NRR', args, TIME_ZONE);

    expect(outcome).toEqual(coreOutcome('CS_NRR', args));
    expect(outcome).toMatchObject({ isPlainError: true });
    const message = (outcome as { error: string }).error;
    expect(message).toContain('CS_NRR');
    expect(message).toContain('starting_arr');
    expect(message).toContain('row 3');
    expect(message).toContain('"n/a"');
  });

  it('shows a date cell as its day in the spreadsheet time zone', () => {
    const args = [sheetsDate('2025-01-01'), 0, 0, 0];

    const outcome = sheetsOutcome(project, 'CS_NRR', args, TIME_ZONE);

    expect(outcome).toEqual(coreOutcome('CS_NRR', ['2025-01-01', 0, 0, 0]));
    expect((outcome as { error: string }).error).toContain('2025-01-01');
  });
});

describe('CS_PRORATE through the Sheets bundle', () => {
  it('reads Date arguments in the spreadsheet time zone', () => {
    const start = sheetsDate('2025-01-01');
    const end = sheetsDate('2025-03-31');
    const hired = sheetsDate('2025-02-15');

    const outcome = sheetsOutcome(project, 'CS_PRORATE', [9000, start, end, hired], TIME_ZONE);

    const expected = coreOutcome('CS_PRORATE', [9000, '2025-01-01', '2025-03-31', '2025-02-15']);
    expect(outcome).toEqual(expected);
    expect(outcome).toHaveProperty('value');
  });

  it('differs from reading the Date in UTC', () => {
    const hired = sheetsDate('2025-02-15');
    const hiredInUtc = hired.toISOString().slice(0, 10);
    const args = [9000, '2025-01-01', '2025-03-31'];

    const outcome = sheetsOutcome(project, 'CS_PRORATE', [...args, hired], TIME_ZONE);

    expect(hiredInUtc).toBe('2025-02-14');
    expect(outcome).toEqual(coreOutcome('CS_PRORATE', [...args, '2025-02-15']));
    expect(outcome).not.toEqual(coreOutcome('CS_PRORATE', [...args, hiredInUtc]));
  });

  it('tests a time zone that differs from the script and Node', () => {
    const instant = sheetsMidnight('2025-01-01', TIME_ZONE);
    const nodeZone = Intl.DateTimeFormat().resolvedOptions().timeZone;

    expect(offsetMinutes(instant, TIME_ZONE)).not.toBe(offsetMinutes(instant, nodeZone));
    expect(offsetMinutes(instant, TIME_ZONE)).not.toBe(offsetMinutes(instant, 'Etc/GMT'));
  });
});
