/**
 * Entry of dist/builder/builder.js: the builder with all three ports, as the global
 * `CsCompBuilder`, for a host page that loads it with a script tag.
 */
export { mountExcelBuilder } from './excel.js';
export { mountSheetsBuilder } from './gsheets.js';
export { mountUniverBuilder } from './univer.js';
