/** Entry of the inlined Sheets sidebar page: mounts the builder as soon as the page loads. */
import { mountSheetsBuilder } from './gsheets.js';

const panel = document.getElementById('cs-builder');
if (panel === null) throw new Error('The sidebar page has no element with id "cs-builder".');
void mountSheetsBuilder(panel);
