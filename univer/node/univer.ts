import { createRequire } from 'node:module';
import type * as UniverCore from '@univerjs/core';
import type * as UniverFacade from '@univerjs/core/facade';
import type * as NodePreset from '@univerjs/preset-sheets-node-core';
import { catalogue } from '../../core/index.js';
import { CellErrorMessages } from '../error-messages.js';
import { catalogueFunctions } from '../functions.js';
import type { ValueSources } from '../read-values.js';

// Univer 0.25's ES build fails to load on Node 20 (it imports a CommonJS dependency by name),
// so Node loads the CommonJS build. Every Univer module must come through this `require`:
// a second copy of @univerjs/core would have its own dependency-injection identifiers.
const require = createRequire(import.meta.url);

/** A running Univer instance with the CS functions registered, and its facade. */
export interface NodeUniver extends ValueSources {
  readonly univer: UniverCore.Univer;
  readonly univerAPI: UniverFacade.FUniver;
}

/** Starts Univer's formula engine and sheets model in Node, with no rendering and no UI. */
export function startNodeUniver(): NodeUniver {
  const core = require('@univerjs/core') as typeof UniverCore;
  const { FUniver } = require('@univerjs/core/facade') as typeof UniverFacade;
  const preset = require('@univerjs/preset-sheets-node-core') as typeof NodePreset;
  const enUS =
    require('@univerjs/preset-sheets-node-core/locales/en-US') as UniverCore.ILocales[string];

  const messages = new CellErrorMessages();
  const functions = catalogueFunctions(preset, catalogue, messages);
  const univer = new core.Univer({
    locale: core.LocaleType.EN_US,
    locales: { [core.LocaleType.EN_US]: enUS },
  });
  const { plugins } = preset.UniverSheetsNodeCorePreset({ formula: functions });
  for (const plugin of plugins) {
    if (Array.isArray(plugin)) univer.registerPlugin(plugin[0], plugin[1]);
    else univer.registerPlugin(plugin);
  }
  // The facade has no reader for spilled values, so the formula data comes from the injector.
  const formulaData = univer.__getInjector().get(preset.FormulaDataModel);
  return { univer, univerAPI: FUniver.newAPI(univer), messages, formulaData };
}
