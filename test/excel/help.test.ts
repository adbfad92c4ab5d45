import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { catalogue, type FunctionDefinition } from '../../core/index.js';
import { helpPage } from '../../excel/help.js';
import { excelId } from '../../excel/ids.js';
import { DIST } from './functions-runtime.js';

describe('help.html', () => {
  const built = readFileSync(new URL('help.html', DIST), 'utf8');

  it('has an entry per function', () => {
    for (const definition of catalogue) {
      expect(built).toContain(`<h2 id="${excelId(definition.name)}">`);
    }
  });

  it('escapes descriptions', () => {
    const definition: FunctionDefinition = {
      name: 'CS_TOTAL',
      description: 'Sums <b>values</b> & "more".',
      parameters: [],
      implementation: () => 0,
    };
    const page = helpPage([definition]);
    expect(page).toContain('Sums &#60;b&#62;values&#60;/b&#62; &#38; &#34;more&#34;.');
    expect(page).not.toContain('<b>');
  });
});
