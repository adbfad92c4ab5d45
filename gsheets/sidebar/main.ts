import { mountSheetsBuilder } from '../../builder/entries/gsheets.js';
import { renderDataSheets, renderFailure, renderFunctions } from './render.js';
import { callServer } from './server.js';

/**
 * Fills the sidebar: the data sheets found in the spreadsheet and the CS_ functions. The two
 * calls run in parallel and each fills its own list, whatever order they finish in.
 */
function start(): void {
  const sheetList = requireElement('data-sheets');
  const functionList = requireElement('functions');
  void mountSheetsBuilder(document.querySelector('main') ?? document.body);

  callServer('listSheets').then(
    (sheets) => renderDataSheets(sheetList, sheets),
    (error: Error) => renderFailure(sheetList, 'the sheets', error),
  );
  callServer('listFunctions').then(
    (functions) => renderFunctions(functionList, functions),
    (error: Error) => renderFailure(functionList, 'the functions', error),
  );
}

function requireElement(id: string): HTMLElement {
  const element = document.getElementById(id);
  if (element === null) throw new Error(`The sidebar page has no element with id "${id}".`);
  return element;
}

start();
