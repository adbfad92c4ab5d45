import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { catalogue, type FunctionDefinition } from '../../core/index.js';
import { loadAppsScriptProject } from './apps-script-host.js';
import { FakeSpreadsheet } from './fake-spreadsheet.js';
import { fakeServices } from './fake-services.js';
import { coreOutcome, sheetsOutcome } from './outcomes.js';
import { sheetsMidnight } from './sheets-dates.js';

/** A generated cell: a Sheets value, or a date cell given as the ISO day it shows. */
type GeneratedCell = number | string | boolean | { readonly isoDate: string };
type GeneratedArgument = GeneratedCell | GeneratedCell[][];

const DAY = 86_400_000;
const FIRST_DAY = Date.UTC(2024, 0, 1);

const cell: fc.Arbitrary<GeneratedCell> = fc.oneof(
  fc.integer({ min: 0, max: 5000 }),
  fc.integer({ min: -500, max: 20000 }).map((cents) => cents / 100),
  fc.constantFrom('', '$1,200', '(300)', '85%', '1,200.50', 'n/a', 'Yes', ' 12 ', 'Acme', 'acme '),
  fc.boolean(),
  fc.integer({ min: 0, max: 800 }).map((day) => ({
    isoDate: new Date(FIRST_DAY + day * DAY).toISOString().slice(0, 10),
  })),
);

/** Arguments for one call: each a single cell or a column, all columns of one length. */
function argumentsFor(definition: FunctionDefinition): fc.Arbitrary<GeneratedArgument[]> {
  const required = definition.parameters.filter((parameter) => !parameter.optional).length;
  return fc
    .record({
      rows: fc.integer({ min: 1, max: 5 }),
      count: fc.integer({ min: required, max: definition.parameters.length }),
    })
    .chain(({ rows, count }) => {
      const column = fc
        .array(cell, { minLength: rows, maxLength: rows })
        .map((cells) => cells.map((value) => [value]));
      return fc.array(fc.oneof(cell, column), { minLength: count, maxLength: count });
    });
}

function materialize(argument: GeneratedArgument, toDate: (isoDate: string) => unknown): unknown {
  const convert = (value: GeneratedCell) =>
    typeof value === 'object' ? toDate(value.isoDate) : value;
  return Array.isArray(argument) ? argument.map((row) => row.map(convert)) : convert(argument);
}

describe.each(['Pacific/Auckland', 'America/Los_Angeles'])(
  'every catalogue function in %s',
  (timeZone) => {
    const spreadsheet = new FakeSpreadsheet(timeZone);
    const project = loadAppsScriptProject('reverse', fakeServices(spreadsheet).services);
    const dateCell = (isoDate: string) => project.date(sheetsMidnight(isoDate, timeZone));

    it.each(catalogue.map((definition) => [definition.name, definition] as const))(
      '%s matches the core on generated Sheets values',
      (name, definition) => {
        fc.assert(
          fc.property(argumentsFor(definition), (generated) => {
            const sheetsArgs = generated.map((argument) => materialize(argument, dateCell));
            const coreArgs = generated.map((argument) => materialize(argument, (iso) => iso));

            const outcome = sheetsOutcome(project, name, sheetsArgs, timeZone);

            expect(outcome).toEqual(coreOutcome(name, coreArgs as never[]));
          }),
          { numRuns: 60 },
        );
      },
    );
  },
);
