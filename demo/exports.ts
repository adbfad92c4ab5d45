import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { csvCells, parseCsv } from '../univer/csv.js';
import type { CellInput } from '../univer/cells.js';
import { normalizeDateColumns } from './clean.js';

/** One CSV export: its file, its header row and its data rows. */
export interface ExportTable {
  readonly file: string;
  readonly header: readonly string[];
  readonly rows: CellInput[][];
}

/** The exports the demo needs, each recognised by the columns it must have. */
export interface DemoExports {
  readonly subscriptions: ExportTable;
  readonly tickets: ExportTable;
  readonly book: ExportTable;
  readonly roster: ExportTable;
  readonly accounts?: ExportTable;
}

const KINDS: { kind: keyof DemoExports; columns: string[]; dates: string[]; optional?: true }[] = [
  {
    kind: 'subscriptions',
    columns: ['subscription_id', 'account_id', 'start_date', 'end_date', 'arr_amount'],
    dates: ['start_date', 'end_date'],
  },
  {
    kind: 'tickets',
    columns: ['ticket_id', 'account_id', 'submitted_at', 'satisfaction_score'],
    dates: ['submitted_at', 'closed_at'],
  },
  { kind: 'book', columns: ['account_id', 'csm'], dates: [] },
  {
    kind: 'roster',
    columns: ['csm', 'role', 'target_incentive'],
    dates: ['start_date', 'end_date'],
  },
  {
    kind: 'accounts',
    columns: ['account_id', 'account_name'],
    dates: ['signup_date'],
    optional: true,
  },
];

/**
 * Reads every CSV file of a folder and picks each export by its header row, so the files may
 * have any names. Date columns are normalised to ISO text, or rejected with file, row and
 * column named.
 */
export async function readExports(folder: string): Promise<DemoExports> {
  const names = await readdir(folder).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT' || error.code === 'ENOTDIR') {
      throw new Error(`--data folder ${folder} not found. Give a folder of CSV exports.`);
    }
    throw error;
  });
  const files = names.filter((name) => name.toLowerCase().endsWith('.csv')).sort();
  const tables = await Promise.all(files.map((name) => readTable(join(folder, name))));
  const found: Partial<Record<keyof DemoExports, ExportTable>> = {};

  for (const { kind, columns, dates, optional } of KINDS) {
    const matches = tables.filter((table) =>
      columns.every((column) => table.header.includes(column)),
    );
    const table = matches.find((candidate) => !Object.values(found).includes(candidate));
    if (table === undefined) {
      if (optional) continue;
      throw new Error(
        `No CSV file in ${folder} has the ${kind} columns ${columns.join(', ')}. ` +
          `Add that export, or point --data at the folder that holds it.`,
      );
    }
    normalizeDateColumns(table, dates);
    found[kind] = table;
  }
  return found as DemoExports;
}

async function readTable(path: string): Promise<ExportTable> {
  const [header = [], ...records] = parseCsv(await readFile(path, 'utf8'));
  const rows = csvCells(records.filter((record) => record.some((field) => field.trim() !== '')));
  return { file: path, header: header.map((name) => name.trim().toLowerCase()), rows };
}

/** Reads one column of a table by header name. */
export function columnOf(table: ExportTable, name: string): CellInput[] {
  const index = table.header.indexOf(name);
  return table.rows.map((row) => (index < 0 ? null : (row[index] ?? null)));
}
