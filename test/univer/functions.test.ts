import { createRequire } from 'node:module';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type * as NodePreset from '@univerjs/preset-sheets-node-core';
import { catalogue } from '../../core/index.js';
import { CellErrorMessages } from '../../univer/error-messages.js';
import { catalogueFunctions } from '../../univer/functions.js';
import { createHeadlessWorkbook, type HeadlessWorkbook } from '../../univer/headless.js';
import { writeResult } from '../../univer/results.js';

// The same CommonJS copy of Univer that the headless workbook loads.
const preset = createRequire(import.meta.url)(
  '@univerjs/preset-sheets-node-core',
) as typeof NodePreset;

describe('catalogueFunctions', () => {
  const functions = catalogueFunctions(preset, catalogue, new CellErrorMessages());

  it('names one executor per function', () => {
    expect(functions.function.map(([, name]) => name)).toEqual(
      catalogue.map((definition) => definition.name),
    );
  });

  it('describes every function with its parameters', () => {
    functions.description.forEach((info, index) => {
      const definition = catalogue[index]!;
      expect(info.functionName).toBe(definition.name);
      expect(info.description).toBe(definition.description);
      expect(
        info.functionParameter.map((parameter) => [parameter.name, parameter.require]),
      ).toEqual(
        definition.parameters.map((parameter) => [parameter.name, parameter.optional ? 0 : 1]),
      );
    });
  });
});

describe('catalogue functions in cells', () => {
  let book: HeadlessWorkbook;

  beforeAll(async () => {
    book = await createHeadlessWorkbook();
    book.setValues(
      'Sheet1',
      'A1',
      catalogue.map((definition) => [`=${definition.name}()`]),
    );
    await book.whenCalculated();
  });
  afterAll(() => book?.dispose());

  it('runs every function under its Sheets name', () => {
    const values = book.getValues('Sheet1', `A1:A${catalogue.length}`).map((row) => row[0]);
    values.forEach((value, index) => {
      const definition = catalogue[index]!;
      const required = definition.parameters.filter((parameter) => !parameter.optional).length;
      expect(value).toMatchObject({
        error: '#N/A',
        message: expect.stringContaining(`${definition.name} takes ${required}`),
      });
    });
  });
});

describe('writeResult', () => {
  it('keeps text that looks like a number as text', () => {
    const value = writeResult(preset, '85%');
    expect(value.isString()).toBe(true);
    expect(value.getValue()).toBe('85%');
  });

  it('writes a date as a formatted serial', () => {
    const value = writeResult(preset, { kind: 'date', epochDay: 20_178 });
    expect(value.getValue()).toBe(45_747);
    expect(value.getPattern()).toBe('yyyy-mm-dd');
  });

  it('writes rows as an array', () => {
    const value = writeResult(preset, [
      ['Maya', 1.05],
      ['Theo', true],
    ]);
    expect(value.isArray()).toBe(true);
    expect(value.getArrayValue().map((row) => row.map((cell) => cell?.getValue()))).toEqual([
      ['Maya', 1.05],
      ['Theo', true],
    ]);
  });

  it('turns a non-finite number into #NUM!', () => {
    const value = writeResult(preset, Number.POSITIVE_INFINITY);
    expect(value.isError()).toBe(true);
    expect(value.getValue()).toBe('#NUM!');
  });
});
