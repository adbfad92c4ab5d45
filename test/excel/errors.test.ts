import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { catalogue, CellError, sheetFunctions } from '../../core/index.js';
import { toExcelError } from '../../excel/errors.js';
import { excelId } from '../../excel/ids.js';
import { asSheetsArgument, excelOutcome, expectedExcelOutcome } from './excel-shapes.js';
import { CustomFunctionsError, ErrorCode, loadFunctionsScript } from './functions-runtime.js';

const { associations } = loadFunctionsScript();
const EXCEL_ERROR_TEXT = /^#(?:VALUE!|N\/A|DIV\/0!|NUM!|NULL!|NAME\?|REF!|SPILL!|CALC!|BUSY!)$/;
const THROWN_CODES = [ErrorCode.invalidValue, ErrorCode.divisionByZero, ErrorCode.notAvailable];

describe('errors from functions.js', () => {
  const nrr = (starting: unknown) => associations.get('NRR')?.(starting, [[0]], [[0]], [[0]], null);

  it('zero denominator is #DIV/0!', async () => {
    const outcome = await excelOutcome(() => nrr([[0]]));
    expect(outcome).toEqual({ code: ErrorCode.divisionByZero, message: undefined });
  });

  it('blank denominator is #DIV/0!', async () => {
    const outcome = await excelOutcome(() => nrr([[null], [null]]));
    expect(outcome).toMatchObject({ code: ErrorCode.divisionByZero });
  });

  it('text that is not a number is #VALUE! with a message', async () => {
    const outcome = await excelOutcome(() => nrr([[1000], ['n/a']]));
    expect(outcome).toMatchObject({ code: ErrorCode.invalidValue });
    expect(outcome).toMatchObject({ message: expect.stringMatching(/^CS\.NRR: starting_arr/) });
    expect(outcome).toMatchObject({ message: expect.stringContaining('"n/a"') });
  });

  it('infinite result is #VALUE!, never a cell', async () => {
    // NOTE: the core accepts any denominator above 0, so a starting ARR of 5e-324 gives
    // Infinity. The adapter shows that as an error instead of a number.
    const outcome = await excelOutcome(() =>
      associations.get('NRR')?.([[5e-324]], [[45001]], [[0]], [[0]], null),
    );
    expect(outcome).toMatchObject({ code: ErrorCode.invalidValue });
  });

  it('throws CustomFunctions.Error instances', async () => {
    await expect(Promise.resolve().then(() => nrr([[0]]))).rejects.toBeInstanceOf(
      CustomFunctionsError,
    );
  });

  it.runIf(associations.has('NPS'))('no responses is #N/A with a message', async () => {
    const outcome = await excelOutcome(() => associations.get('NPS')?.([[null], [null]], null));
    expect(outcome).toMatchObject({ code: ErrorCode.notAvailable });
    expect(outcome).toMatchObject({ message: expect.stringMatching(/^CS\.NPS: /) });
  });
});

describe('error mapping', () => {
  const names = { sheets: 'CS_NPS', excel: 'CS.NPS' };
  const globals = globalThis as { CustomFunctions?: unknown };

  beforeAll(() => {
    globals.CustomFunctions = { Error: CustomFunctionsError, ErrorCode };
  });
  afterAll(() => {
    delete globals.CustomFunctions;
  });

  it.each([
    ['value', ErrorCode.invalidValue, 'CS.NPS: scores row 3 is "x".'],
    ['notAvailable', ErrorCode.notAvailable, 'CS.NPS: scores has no responses.'],
    ['divisionByZero', ErrorCode.divisionByZero, undefined],
  ] as const)('maps %s to %s', (kind, code, message) => {
    const coreMessage = message?.replace('CS.NPS', 'CS_NPS') ?? 'CS_NPS: starting is 0.';
    const error = toExcelError(new CellError(kind, coreMessage), names);
    expect(error).toBeInstanceOf(CustomFunctionsError);
    expect(error).toMatchObject({ code, message });
  });

  it('maps a defect to #VALUE! naming the function', () => {
    const log = vi.spyOn(console, 'error').mockImplementation(() => {});
    const error = toExcelError(new TypeError('x is undefined'), names);
    expect(error).toMatchObject({ code: ErrorCode.invalidValue });
    expect(error.message).toContain('CS.NPS failed unexpectedly (x is undefined)');
    expect(log).toHaveBeenCalledWith('CS Comp: CS.NPS failed unexpectedly', expect.any(TypeError));
    log.mockRestore();
  });
});

const cell = fc.oneof(
  fc.constant(null),
  fc.integer({ min: -100, max: 5000 }),
  fc.double({ min: -2, max: 3, noNaN: true }),
  fc.integer({ min: 45_000, max: 46_500 }),
  fc.boolean(),
  fc.constantFrom('', ' ', 'n/a', '10%', '$1,200', '(300)', '2025-03-31', 'Yes', 'Ann', 'ann'),
  fc.constantFrom('higher', 'lower', 'ratio', 'marginal', 'retroactive', 'points', 'days'),
);

/** Arguments for every parameter: one cell, a column of `rows` cells, two columns, or omitted. */
function excelArguments(parameters: readonly { optional: boolean }[]) {
  return fc.integer({ min: 1, max: 4 }).chain((rows) =>
    fc.tuple(
      ...parameters.map((parameter) =>
        fc.oneof(
          cell.map((value) => [[value]]),
          fc
            .array(cell, { minLength: rows, maxLength: rows })
            .map((column) => column.map((v) => [v])),
          fc.array(fc.tuple(cell, cell), { minLength: rows, maxLength: rows }),
          ...(parameter.optional ? [fc.constant(null)] : []),
        ),
      ),
    ),
  );
}

describe.each(catalogue.map((definition) => [excelId(definition.name), definition] as const))(
  'CS.%s on random Excel-shaped arguments',
  (id, definition) => {
    it('matches the core and returns only cell values', async () => {
      const excelFunction = associations.get(id);
      const coreFunction = sheetFunctions[definition.name];
      if (excelFunction === undefined || coreFunction === undefined) throw new Error(id);

      await fc.assert(
        fc.asyncProperty(excelArguments(definition.parameters), async (args) => {
          const actual = await excelOutcome(() => excelFunction(...args));
          const expected = expectedExcelOutcome(definition.name, () =>
            coreFunction(...args.map(asSheetsArgument)),
          );
          expect(actual).toEqual(expected);

          if ('code' in actual) {
            expect(THROWN_CODES).toContain(actual.code);
            return;
          }
          for (const row of actual.result as unknown[][]) {
            for (const value of row) {
              expect(['number', 'string', 'boolean']).toContain(typeof value);
              if (typeof value === 'number') expect(Number.isFinite(value)).toBe(true);
              if (typeof value === 'string') expect(value).not.toMatch(EXCEL_ERROR_TEXT);
            }
          }
        }),
        { numRuns: 80 },
      );
    });
  },
);
