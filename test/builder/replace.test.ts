import { describe, expect, it } from 'vitest';
import { planApplication } from '../../builder/apply/application.js';
import { previousVersionName, resolveSheetNames } from '../../builder/apply/replace.js';
import { writeApplication } from '../../builder/apply/run.js';
import { findTemplate } from '../../core/index.js';
import { MemoryPort, userSheet } from './hosts/memory-port.js';

const sheet = (name: string, isCreatedByBuilder: boolean) => ({
  name,
  headers: [],
  rowCount: 1,
  columnCount: 1,
  isCreatedByBuilder,
});

describe('resolveSheetNames', () => {
  it('writes new sheets under the default names', () => {
    expect(resolveSheetNames([sheet('Accounts', false)])).toEqual({
      names: { plan: 'CS Plan', payouts: 'CS Payouts' },
      replacing: [],
      renamed: [],
    });
  });

  it('replaces its own sheets and avoids a person’s', () => {
    const plan = resolveSheetNames([
      sheet('cs plan', false),
      sheet('CS Plan 2', false),
      sheet('CS Payouts', true),
    ]);
    expect(plan.names).toEqual({ plan: 'CS Plan 3', payouts: 'CS Payouts' });
    expect(plan.replacing).toEqual(['CS Payouts']);
    expect(plan.renamed).toEqual([{ wanted: 'CS Plan', used: 'CS Plan 3' }]);
  });
});

describe('previousVersionName', () => {
  it('numbers copies and fits 31 characters', () => {
    const taken = new Set(['CS Plan (previous)', 'CS Plan (previous 2)']);
    expect(previousVersionName('CS Plan', (name) => taken.has(name))).toBe('CS Plan (previous 3)');
    const long = previousVersionName('Customer success payouts 2025 Q1', () => false);
    expect(long).toBe('Customer success pay (previous)');
    expect(long.length).toBeLessThanOrEqual(31);
  });
});

describe('writeApplication', () => {
  const application = planApplication(
    {},
    { components: findTemplate('CSM')?.components ?? [] },
    {
      dialect: 'univer',
      reps: [{ name: 'Ann', role: 'CSM', targetIncentive: 100 }],
      period: { start: '2025-01-01', end: '2025-03-31' },
    },
  );

  it('keeps the earlier sheet as values, then writes plan before payouts', async () => {
    const port = new MemoryPort(
      new Map([
        ['CS Plan', { rows: [['old plan']], isCreatedByBuilder: true }],
        ['CS Plan (previous)', userSheet([['a person’s sheet']])],
      ]),
    );
    const kept = await writeApplication(port, application, ['CS Plan']);
    expect(kept).toEqual([{ sheet: 'CS Plan', copy: 'CS Plan (previous 2)' }]);
    expect(port.writes).toEqual(['CS Plan (previous 2)', 'CS Plan', 'CS Payouts']);
    expect(port.sheets.get('CS Plan (previous 2)')?.rows).toEqual([['old plan']]);
    expect(port.sheets.get('CS Plan (previous)')?.rows).toEqual([['a person’s sheet']]);
  });
});
