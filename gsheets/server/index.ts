/**
 * The Apps Script bundle. esbuild wraps this module into one global, `CsComp`, and the
 * generated top-level functions in `entry-points.js` and `custom-functions.js` call into it.
 * Loading it touches no Apps Script service, so it can load in any file order and in any
 * authorization mode.
 */
export { runCustomFunction } from './custom-functions.js';
export { onInstall, onOpen, openPlanBuilder } from './menu.js';
export { listFunctions, listSheets, readSheetValues } from './reads.js';
export { writeAddOnSheet, writeFormulas } from './writes.js';
