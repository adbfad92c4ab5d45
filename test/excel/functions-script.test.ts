import { describe, expect, it, vi } from 'vitest';
import { catalogue } from '../../core/index.js';
import { excelId, idProblems, looksLikeCellReference } from '../../excel/ids.js';
import { loadFunctionsScript, readFunctionsJson } from './functions-runtime.js';

describe('functions.js in a vm context', () => {
  const { associations, duplicates } = loadFunctionsScript();
  const metadataIds = readFunctionsJson().functions.map((fn) => fn.id);

  it('associates every id in functions.json', () => {
    const missing = metadataIds.filter((id) => !associations.has(id));
    expect(missing).toEqual([]);
  });

  it('associates only ids in functions.json', () => {
    const extra = [...associations.keys()].filter((id) => !metadataIds.includes(id));
    expect(extra).toEqual([]);
  });

  it('associates each id once', () => {
    expect(duplicates).toEqual([]);
  });

  it('covers the whole catalogue', () => {
    expect(metadataIds).toEqual(catalogue.map((definition) => excelId(definition.name)));
  });

  it('associates functions', () => {
    for (const fn of associations.values()) expect(typeof fn).toBe('function');
  });
});

describe('functions.js outside Excel', () => {
  it('loads without CustomFunctions', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    expect(() => loadFunctionsScript({ CustomFunctions: undefined })).not.toThrow();
    expect(warn).toHaveBeenCalledWith(
      'CS Comp: CustomFunctions is not defined, so no function was registered',
    );
    warn.mockRestore();
  });
});

describe('functions.json', () => {
  const { functions } = readFunctionsJson();

  it('declares the catalogue parameters in order', () => {
    for (const definition of catalogue) {
      const entry = functions.find((fn) => fn.id === excelId(definition.name));
      const names = entry?.parameters.map((parameter) => parameter.name);
      expect(names, definition.name).toEqual(definition.parameters.map((p) => p.name));
    }
  });

  it('has no id shaped like a cell reference', () => {
    const shaped = functions.map((fn) => fn.id).filter(looksLikeCellReference);
    expect(shaped).toEqual([]);
  });

  it('has only valid ids', () => {
    expect(functions.flatMap((fn) => idProblems(fn.id))).toEqual([]);
  });
});

describe('cell reference check', () => {
  it.each(['NPS1', 'A1', 'AB12', 'XFD1048576', 'R1C1', 'R', 'C', 'RC', 'R12', 'C3', 'R1C'])(
    'rejects %s',
    (id) => {
      expect(looksLikeCellReference(id)).toBe(true);
    },
  );

  it.each(['NRR', 'NPS', 'CHURN_RATE', 'ARR_WATERFALL', 'CLV', 'RCC', 'R1X', 'ABCD1', 'NPS_1'])(
    'accepts %s',
    (id) => {
      expect(looksLikeCellReference(id)).toBe(false);
    },
  );

  it.each([['AB'], ['1NRR'], ['nrr'], ['NRR-2']])('reports %s as invalid', (id) => {
    expect(idProblems(id)).not.toEqual([]);
  });
});
