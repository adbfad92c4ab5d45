import { describe, expect, it } from 'vitest';
import { planApplication } from '../../../builder/apply/application.js';
import { resolveSheetNames } from '../../../builder/apply/replace.js';
import { writeApplication } from '../../../builder/apply/run.js';
import { reopenPlan } from '../../../builder/reopen.js';
import { findTemplate, type PlanComponent } from '../../../core/index.js';
import { MemoryPort, userSheet } from '../hosts/memory-port.js';

const csm = findTemplate('CSM')?.components ?? [];
const period = { start: '2025-01-01', end: '2025-03-31' };
const reps = [{ name: 'Ann', role: 'CSM', targetIncentive: 100 }];

async function apply(port: MemoryPort, components: readonly PlanComponent[]) {
  const target = resolveSheetNames(await port.listSheets());
  const application = planApplication(
    {},
    { components },
    { dialect: 'univer', reps, period, sheetNames: target.names },
  );
  await writeApplication(port, application, target.replacing);
  return target;
}

describe('Apply next to a person’s "CS Plan"', () => {
  it('reuses its own numbered sheet', async () => {
    const port = new MemoryPort(new Map([['CS Plan', userSheet([['made by hand']])]]));
    const first = await apply(port, csm);
    const second = await apply(port, csm);

    expect(first.names.plan).toBe('CS Plan 2');
    expect(second.names.plan).toBe('CS Plan 2');
    expect(second.replacing).toContain('CS Plan 2');
    expect(port.sheets.has('CS Plan 3')).toBe(false);
    expect(port.sheets.get('CS Plan')?.rows).toEqual([['made by hand']]);
  });

  it('reopens the latest plan', async () => {
    const port = new MemoryPort(new Map([['CS Plan', userSheet([['made by hand']])]]));
    await apply(port, csm);
    const changed = csm.map((component) => ({ ...component, target: 0.97 }));
    await apply(port, changed);

    const reopened = await reopenPlan(port);
    expect(reopened?.plan.components.map((component) => component.target)).toEqual(
      changed.map((component) => component.target),
    );
  });

  it('skips a person’s numbered sheet', () => {
    const sheet = (name: string, isCreatedByBuilder: boolean) => ({
      name,
      headers: [],
      rowCount: 1,
      columnCount: 1,
      isCreatedByBuilder,
    });
    const target = resolveSheetNames([
      sheet('CS Plan', false),
      sheet('cs plan 2', false),
      sheet('CS Plan 3', true),
    ]);
    expect(target.names.plan).toBe('CS Plan 3');
    expect(target.replacing).toEqual(['CS Plan 3']);
    expect(target.renamed).toEqual([{ wanted: 'CS Plan', used: 'CS Plan 3' }]);
  });
});
