import { describe, expect, it } from 'vitest';
import { catalogue, type FunctionDefinition } from '../../core/index.js';
import { declarationSource, generateMetadata } from '../../excel/metadata.js';

function definition(name: string, overrides: Partial<FunctionDefinition> = {}): FunctionDefinition {
  return {
    name,
    description: 'Adds things up.',
    parameters: [
      { name: 'values', description: 'The values to add.', optional: false, kind: 'value' },
      {
        name: 'group_by',
        description: 'Optional. One key per row.',
        optional: true,
        kind: 'value',
      },
    ],
    implementation: () => 0,
    ...overrides,
  };
}

describe('generateMetadata', () => {
  it('declares matrices of any in and out', () => {
    const [entry] = generateMetadata([definition('CS_TOTAL')]).functions;
    expect(entry).toMatchObject({ id: 'TOTAL', name: 'TOTAL', description: 'Adds things up.' });
    expect(entry?.result).toEqual({ dimensionality: 'matrix' });
    expect(entry?.parameters).toEqual([
      { name: 'values', description: 'The values to add.', type: 'any', dimensionality: 'matrix' },
      {
        name: 'group_by',
        description: 'Optional. One key per row.',
        type: 'any',
        dimensionality: 'matrix',
        optional: true,
      },
    ]);
  });

  it('keeps every catalogue description', () => {
    const { functions } = generateMetadata(catalogue);
    expect(functions.map((fn) => fn.description)).toEqual(
      catalogue.map((entry) => entry.description.replace(/\s+/g, ' ').trim()),
    );
  });

  it('rejects an id shaped like a cell', () => {
    expect(() => generateMetadata([definition('CS_NPS1')])).toThrow(/"NPS1" looks like a cell/);
  });

  it('rejects a duplicate id', () => {
    const twice = [definition('CS_TOTAL'), definition('CS_TOTAL')];
    expect(() => generateMetadata(twice)).toThrow(/"TOTAL" is used by more than one function/);
  });

  it('rejects text that would end the JSDoc', () => {
    const broken = definition('CS_TOTAL', { description: 'Sums a/b */ c.' });
    expect(() => generateMetadata([broken])).toThrow(/CS_TOTAL: "\*\/" or "@"/);
  });

  it('lists every problem at once', () => {
    const message = captureMessage(() =>
      generateMetadata([definition('CS_A1'), definition('CS_R1C1'), definition('CS_OK_NAME')]),
    );
    expect(message).toContain('"A1" looks like a cell');
    expect(message).toContain('"R1C1" looks like a cell');
    expect(message).not.toContain('OK_NAME');
  });
});

describe('declarationSource', () => {
  it('marks optional parameters', () => {
    const source = declarationSource(definition('CS_TOTAL'));
    expect(source).toContain(' * @customfunction TOTAL TOTAL');
    expect(source).toContain(' * @param [group_by] Optional. One key per row.');
    expect(source).toContain('function TOTAL(values: any[][], group_by?: any[][]): any[][]');
  });
});

function captureMessage(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
  throw new Error('expected an error');
}
