/** A top-level function Apps Script calls by name: a trigger, a menu item or a sidebar call. */
export interface EntryPoint {
  readonly name: string;
  readonly parameters: readonly string[];
  /** One sentence for the generated file, saying who calls the function and what it does. */
  readonly summary: string;
}

/**
 * Every function of the bundle that Apps Script must find at the top level. Each forwards to the
 * export of the same name in `gsheets/server/index.ts`.
 */
export const entryPoints: readonly EntryPoint[] = [
  {
    name: 'onOpen',
    parameters: ['event'],
    summary: 'Sheets runs this when the file opens; it adds the CS Comp menu.',
  },
  {
    name: 'onInstall',
    parameters: ['event'],
    summary: 'Sheets runs this when the add-on is installed; it adds the menu at once.',
  },
  {
    name: 'openPlanBuilder',
    parameters: [],
    summary: 'The menu item "Open plan builder" runs this; it opens the sidebar.',
  },
  {
    name: 'listSheets',
    parameters: [],
    summary: 'The sidebar calls this to list sheets with their header rows.',
  },
  {
    name: 'readSheetValues',
    parameters: ['request'],
    summary: 'The sidebar calls this to read a range, with dates as ISO text.',
  },
  {
    name: 'listFunctions',
    parameters: [],
    summary: 'The sidebar calls this to list the CS_ functions and their parameters.',
  },
  {
    name: 'writeAddOnSheet',
    parameters: ['request'],
    summary: 'The sidebar calls this to write rows to a sheet CS Comp created.',
  },
  {
    name: 'writeFormulas',
    parameters: ['request'],
    summary: 'The sidebar calls this to write formulas to a sheet CS Comp created.',
  },
];
