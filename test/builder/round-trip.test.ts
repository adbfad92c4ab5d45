import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  DIRECTIONS,
  CURVE_MODES,
  findTemplate,
  METRICS,
  writePlanTable,
  type PlanComponent,
  type Tier,
} from '../../core/index.js';
import { univerPort, type UniverFacade } from '../../builder/ports/univer.js';
import type { WorkbookPort } from '../../builder/port.js';
import { reopenPlan } from '../../builder/reopen.js';
import { createHeadlessWorkbook, type HeadlessWorkbook } from '../../univer/headless.js';

/** Tiers with distinct bounds in order, in hundredths so their text reads back exactly. */
const tiers = fc
  .uniqueArray(fc.integer({ min: 0, max: 300 }), { minLength: 1, maxLength: 4 })
  .chain((bounds) =>
    fc.tuple(
      ...bounds
        .sort((a, b) => a - b)
        .map((from) =>
          fc
            .integer({ min: 0, max: 400 })
            .map((rate): Tier => ({ from: from / 100, rate: rate / 100 })),
        ),
    ),
  );
const metric = fc.constantFrom(...METRICS.map((definition) => definition.id));
const text = fc.stringMatching(/^[A-Za-z0-9=<>"'&][A-Za-z0-9 =<>"'&]{0,14}[A-Za-z0-9=<>"'&]$/);
const component: fc.Arbitrary<PlanComponent> = fc.record(
  {
    role: fc.constantFrom('CSM', 'Renewal', 'Account Manager'),
    name: text,
    metric,
    weight: fc.double({ min: 0.01, max: 1, noNaN: true }),
    direction: fc.constantFrom(...DIRECTIONS),
    target: fc.double({ min: 0.01, max: 200_000, noNaN: true }),
    threshold: fc.double({ min: 0, max: 200_000, noNaN: true }),
    cap: fc.double({ min: 0.5, max: 3, noNaN: true }),
    curve: fc.record({ mode: fc.constantFrom(...CURVE_MODES), tiers }),
    gate: fc.record({ metric, minimum: fc.double({ min: -100, max: 100, noNaN: true }) }),
    modifier: fc.record({
      metric,
      bands: tiers,
      scope: fc.constantFrom('component' as const, 'total' as const),
    }),
    capTiming: fc.constantFrom('before modifier' as const, 'after modifier' as const),
  },
  {
    requiredKeys: ['role', 'name', 'metric', 'weight', 'direction', 'target', 'curve', 'capTiming'],
  },
);

describe('plan round trip through the workbook', () => {
  let book: HeadlessWorkbook;
  let port: WorkbookPort;

  beforeAll(async () => {
    book = await createHeadlessWorkbook();
    port = univerPort(book.univerAPI as unknown as UniverFacade);
  });
  afterAll(() => book?.dispose());

  it('reads back every plan it wrote', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(component, { minLength: 1, maxLength: 6 }), async (components) => {
        await port.writeSheet('CS Plan', writePlanTable({ components }));
        const reopened = await reopenPlan(port);
        expect(reopened?.plan).toEqual({ components });
      }),
      { numRuns: 40 },
    );
  });

  it('reports a hand edit with its cell', async () => {
    const components = findTemplate('CSM')?.components ?? [];
    await port.writeSheet('CS Plan', writePlanTable({ components }));
    const clean = await reopenPlan(port);
    expect(clean?.plan).toEqual({ components });
    expect(clean?.issues).toEqual([]);

    book.setValues('CS Plan', 'D3', [['half']]);
    book.setValues('CS Plan', 'H4', [[-1]]);
    const edited = await reopenPlan(port);
    const cells = edited?.issues.map((issue) => [issue.cell, issue.path]);
    expect(cells).toEqual(
      expect.arrayContaining([
        ['D3', 'components[1].weight'],
        ['H4', 'components[2].cap'],
      ]),
    );
    expect(edited?.issues.find((issue) => issue.cell === 'D3')?.message).toContain('"half"');
  });
});
