import { readFile } from 'node:fs/promises';
import type { CellInput } from '../cells.js';
import { csvCells, parseCsv } from '../csv.js';

/** Reads a CSV file into rows of cells: numbers, TRUE/FALSE, formulas, blanks and text. */
export async function loadCsv(path: string): Promise<CellInput[][]> {
  return csvCells(parseCsv(await readFile(path, 'utf8')));
}
