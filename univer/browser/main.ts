/**
 * The local workbook page: Univer's spreadsheet with the CS functions, the sample data (or a
 * demo workbook with `?workbook=NAME`), and the side panel. `window.univerAPI` is Univer's
 * facade and `window.csComp` adds readers for automation and tests.
 */
import '@univerjs/preset-sheets-core/lib/index.css';
import './page.css';
import { LocaleType, Univer } from '@univerjs/core';
import { FUniver } from '@univerjs/core/facade';
import * as sheetsPreset from '@univerjs/preset-sheets-core';
import type { FWorkbook } from '@univerjs/preset-sheets-core';
import enUS from '@univerjs/preset-sheets-core/locales/en-US';
import accounts from '../../data/sample/accounts.csv';
import examples from '../../data/sample/examples.csv';
import plan from '../../data/sample/plan.csv';
import roster from '../../data/sample/roster.csv';
import { mountUniverBuilder } from '../../builder/entries/univer.js';
import { catalogue } from '../../core/index.js';
import { CellErrorMessages } from '../error-messages.js';
import { catalogueFunctions } from '../functions.js';
import { findCellMessage } from '../read-values.js';
import { sampleSheets } from '../sample.js';
import { workbookSnapshot } from '../snapshot.js';
import { pageAutomation, type PageAutomation } from './automation.js';
import { openDemoWorkbook, requestedDemoWorkbook, showWorkbookError } from './demo-workbook.js';
import { applySampleLayout } from './layout.js';
import { renderFunctionPanel } from './panel.js';

declare global {
  interface Window {
    /** Univer's facade for the page's workbook, as `FUniver.newAPI` returns it. */
    univerAPI: FUniver;
    csComp: PageAutomation;
  }
}

/** The id of Univer's operation that changes the selected cells. */
const SET_SELECTIONS = 'sheet.operation.set-selections';

const messages = new CellErrorMessages();
const univer = new Univer({ locale: LocaleType.EN_US, locales: { [LocaleType.EN_US]: enUS } });
const { plugins } = sheetsPreset.UniverSheetsCorePreset({
  container: 'app',
  formula: catalogueFunctions(sheetsPreset, catalogue, messages),
});
for (const plugin of plugins) {
  if (Array.isArray(plugin)) univer.registerPlugin(plugin[0], plugin[1]);
  else univer.registerPlugin(plugin);
}

const univerAPI = FUniver.newAPI(univer);
// `?workbook=NAME` opens a demo workbook the build wrote, and no parameter opens the sample.
const demoName = requestedDemoWorkbook(location.search);
if (demoName === undefined) {
  startPage(openSampleWorkbook());
} else {
  void openDemoWorkbook(univerAPI, demoName).then(startPage, (error: unknown) =>
    showWorkbookError(mountPoint('cs-panel'), error),
  );
}

function openSampleWorkbook(): FWorkbook {
  const sheets = sampleSheets({
    'examples.csv': examples,
    'accounts.csv': accounts,
    'roster.csv': roster,
    'plan.csv': plan,
  });
  const workbook = univerAPI.createWorkbook(workbookSnapshot('cs-comp-sample', sheets));
  applySampleLayout(workbook);
  return workbook;
}

/** Connects the automation readers, the side panel and the plan builder to the workbook. */
function startPage(workbook: FWorkbook): void {
  // The facade has no reader for spilled values, so the formula data comes from the injector.
  const formulaData = univer.__getInjector().get(sheetsPreset.FormulaDataModel);
  const automation = pageAutomation(workbook, { formulaData, messages });
  window.univerAPI = univerAPI;
  window.csComp = automation;

  const panel = renderFunctionPanel(mountPoint('cs-panel'), catalogue);
  void mountUniverBuilder(mountPoint('cs-panel'), univerAPI, automation.getValues);
  const showActiveCellMessage = () => {
    const cell = workbook.getActiveCell();
    const sources = { formulaData, messages };
    const found =
      cell && findCellMessage(sources, workbook.getActiveSheet(), cell.getRow(), cell.getColumn());
    panel.showCellMessage(found?.message ?? '');
  };
  // Every way of selecting a cell (pointer, keyboard, name box, facade) runs this operation.
  // Univer 0.25's onSelectionChange fires only when a pointer selection ends.
  workbook.onCommandExecuted((command) => {
    if (command.id === SET_SELECTIONS) showActiveCellMessage();
  });
  univerAPI.getFormula().calculationEnd(showActiveCellMessage);
}

function mountPoint(id: string): HTMLElement {
  const found = document.getElementById(id);
  if (found === null) throw new Error(`The page has no element with id "${id}".`);
  return found;
}
