/**
 * Builds every host into dist/: the Apps Script project, the Excel add-in and the local
 * workbook page. Each host folder owns its build step; this file only runs them in turn.
 */
import { buildBuilder } from './builder/build.js';
import { buildExcel } from './excel/build.js';
import { buildGsheets } from './gsheets/build.js';
import { buildUniver } from './univer/build.js';

const hosts: [string, () => Promise<void>][] = [
  ['gsheets', buildGsheets],
  ['excel', buildExcel],
  ['univer', buildUniver],
  ['builder', buildBuilder],
];

for (const [name, build] of hosts) {
  const started = performance.now();
  await build();
  console.log(`built ${name} in ${Math.round(performance.now() - started)} ms`);
}
