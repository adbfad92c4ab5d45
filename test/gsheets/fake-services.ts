import { readFileSync } from 'node:fs';
import { GSHEETS_DIST } from './apps-script-host.js';
import type { FakeSpreadsheet } from './fake-spreadsheet.js';

/** What the fake `Ui` and `HtmlService` recorded: menu items and sidebars shown. */
export interface UiLog {
  readonly menus: { kind: string; title?: string; items: [string, string][] }[];
  readonly sidebars: { title: string; html: string }[];
  readonly used: string[];
}

/**
 * Builds `SpreadsheetApp` and `HtmlService` stand-ins around a fake spreadsheet. `getActive`
 * throws when `spreadsheet` is omitted, as it does in limited authorization for `onOpen`.
 */
export function fakeServices(spreadsheet?: FakeSpreadsheet) {
  const log: UiLog = { menus: [], sidebars: [], used: [] };
  const menu = (kind: string, title?: string) => {
    const entry = {
      kind,
      ...(title === undefined ? {} : { title }),
      items: [] as [string, string][],
    };
    const builder = {
      addItem: (label: string, functionName: string) => (
        entry.items.push([label, functionName]),
        builder
      ),
      addToUi: () => void log.menus.push(entry),
    };
    return builder;
  };
  const ui = {
    createAddonMenu: () => menu('addon'),
    createMenu: (title: string) => menu('menu', title),
    showSidebar: (output: { page: { title: string; html: string } }) =>
      void log.sidebars.push(output.page),
  };
  const SpreadsheetApp = {
    getUi: () => (log.used.push('SpreadsheetApp.getUi'), ui),
    getActive: () => {
      log.used.push('SpreadsheetApp.getActive');
      if (spreadsheet === undefined) throw new Error('getActive is not allowed in this test');
      return spreadsheet;
    },
  };
  const HtmlService = {
    createHtmlOutputFromFile: (file: string) => {
      log.used.push(`HtmlService.createHtmlOutputFromFile ${file}`);
      const page = { title: '', html: readFileSync(`${GSHEETS_DIST}${file}.html`, 'utf8') };
      const output = { setTitle: (title: string) => ((page.title = title), output), page };
      return output;
    },
  };
  return { services: { SpreadsheetApp, HtmlService }, log, ui };
}
