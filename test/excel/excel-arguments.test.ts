import { describe, expect, it } from 'vitest';
import { sheetFunctions, type SheetArgument } from '../../core/index.js';
import { asSheetsArgument, excelOutcome, expectedExcelOutcome } from './excel-shapes.js';
import { loadFunctionsScript } from './functions-runtime.js';

const { associations } = loadFunctionsScript();

/** Calls `CS.<id>` as Excel would and the core as Sheets would, and expects the same outcome. */
async function expectSameAsCore(id: string, excelArgs: unknown[]) {
  const excelFunction = associations.get(id);
  const coreFunction = sheetFunctions[`CS_${id}`];
  if (excelFunction === undefined || coreFunction === undefined) {
    throw new Error(`CS.${id} is not in the catalogue`);
  }
  const sheetsArgs: SheetArgument[] = excelArgs.map(asSheetsArgument);
  const actual = await excelOutcome(() => excelFunction(...excelArgs));
  const expected = expectedExcelOutcome(`CS_${id}`, () => coreFunction(...sheetsArgs));
  expect(actual).toEqual(expected);
  return actual;
}

/** Serials of the 1900 date system, as Excel passes date cells. */
const SERIAL = { '2025-01-01': 45658, '2025-02-15': 45703, '2025-03-31': 45747 } as const;

describe('Excel-shaped arguments', () => {
  it('NRR over columns with null blanks', async () => {
    const outcome = await expectSameAsCore('NRR', [
      [[1000], [null], [500]],
      [[200], [null], [0]],
      [[100], [null], [null]],
      [[0], [null], [300]],
      null,
    ]);
    // (1500 + 200 − 100 − 300) ÷ 1500, from the NRR definition.
    expect(outcome).toEqual({ result: [[1300 / 1500]] });
  });

  it('NRR from single cells', async () => {
    await expectSameAsCore('NRR', [[[1000]], [[50]], [[-20]], [[30]], null]);
  });

  it('GRR grouped by owner', async () => {
    const outcome = await expectSameAsCore('GRR', [
      [[1000], [500], [800]],
      [[100], [0], [50]],
      [[0], [500], [0]],
      [['Ann'], ['Bob'], ['ann ']],
    ]);
    expect(outcome).toMatchObject({
      result: [
        ['Ann', expect.any(Number)],
        ['Bob', 0],
      ],
    });
  });

  it('omitted optional argument as undefined', async () => {
    await expectSameAsCore('CHURN_RATE', [[[40], [60]], [[2], [3]], undefined]);
  });

  it('ATTAINMENT with a blank row', async () => {
    const outcome = await expectSameAsCore('ATTAINMENT', [[[0.9], [null], [1.1]], [[1]], null]);
    expect(outcome).toEqual({ result: [[0.9], [''], [1.1]] });
  });

  it('CURVE with a two-column tier table', async () => {
    await expectSameAsCore('CURVE', [
      [[0.8], [1.0], [1.3]],
      [
        [0, 0],
        [0.9, 1],
        [1, 2],
      ],
      null,
      null,
      [[1.5]],
    ]);
  });

  it('PRORATE with serial dates', async () => {
    const outcome = await expectSameAsCore('PRORATE', [
      [[9000]],
      [[SERIAL['2025-01-01']]],
      [[SERIAL['2025-03-31']]],
      [[SERIAL['2025-02-15']]],
      null,
      null,
    ]);
    // 15 Feb to 31 Mar is 45 of the quarter's 90 days, both ends counted.
    expect(outcome).toEqual({ result: [[4500]] });
  });

  it('PRORATE serial dates equal ISO text', async () => {
    const prorate = associations.get('PRORATE');
    const fromSerials = await prorate?.(
      [[9000]],
      [[SERIAL['2025-01-01']]],
      [[SERIAL['2025-03-31']]],
      [[SERIAL['2025-02-15']]],
      null,
      null,
    );
    const fromText = await prorate?.(
      [[9000]],
      [['2025-01-01']],
      [['2025-03-31']],
      [['2025-02-15']],
      null,
      null,
    );
    expect(fromSerials).toEqual(fromText);
  });
});

describe('blank passed as 0 by older desktop builds', () => {
  // Excel builds that pass a blank cell as 0 make it a typed 0: the adapter cannot tell them
  // apart, so a row-wise function returns a figure instead of a blank row.
  it('reads 0 as a value, not a blank', async () => {
    const attainment = associations.get('ATTAINMENT');
    const fromNull = await attainment?.([[null]], [[1]], null);
    const fromZero = await attainment?.([[0]], [[1]], null);
    expect(fromNull).toEqual([['']]);
    expect(fromZero).toEqual([[0]]);
  });
});
