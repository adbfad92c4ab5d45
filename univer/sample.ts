import type { CellInput } from './cells.js';
import { csvCells, parseCsv } from './csv.js';
import type { SheetRows } from './snapshot.js';

/**
 * The sample workbook's sheets, in tab order, with the CSV file under data/sample/ each is
 * read from. The data is synthetic: made-up accounts, owners and survey scores.
 */
export const SAMPLE_FILES = [
  { name: 'Examples', file: 'examples.csv' },
  { name: 'Accounts', file: 'accounts.csv' },
  { name: 'Roster', file: 'roster.csv' },
  { name: 'Plan', file: 'plan.csv' },
] as const;

/** The contents of each sample file, by file name. */
export type SampleTexts = Readonly<Record<(typeof SAMPLE_FILES)[number]['file'], string>>;

/** Builds the sample sheets from the text of each CSV file. */
export function sampleSheets(texts: SampleTexts): SheetRows[] {
  return SAMPLE_FILES.map(({ name, file }) => ({ name, rows: csvRows(texts[file]) }));
}

function csvRows(text: string): CellInput[][] {
  return csvCells(parseCsv(text));
}
