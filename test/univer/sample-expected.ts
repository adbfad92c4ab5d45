import { readFileSync } from 'node:fs';
import { sheetFunctions, type SheetArgument, type SheetResult } from '../../core/index.js';
import { csvCells, parseCsv } from '../../univer/csv.js';
import type { CellInput } from '../../univer/headless.js';

/** The sample workbook's figures, computed by the core from the sample CSV files. */
export interface SampleFigures {
  readonly nrr: number;
  readonly grr: number;
  readonly churnRate: number;
  readonly nps: number;
  readonly csat: number;
  readonly annualChurn: number;
  /** Rows of (owner, value), in order of first appearance in Accounts. */
  readonly nrrByOwner: SheetResult;
  readonly grrByOwner: SheetResult;
  readonly csatByOwner: SheetResult;
  /** One payout per Roster row. */
  readonly payouts: number[];
}

/** Reads a sample CSV file into cells, as the workbook loads it. */
export function sampleRows(file: string): CellInput[][] {
  const url = new URL(`../../data/sample/${file}`, import.meta.url);
  return csvCells(parseCsv(readFileSync(url, 'utf8')));
}

/**
 * Computes what the Examples sheet should show for `accounts` (header row included) by
 * calling the core directly, with the Roster's lookups and SUMIFS done here in plain code.
 */
export function sampleFigures(accounts: readonly (readonly CellInput[])[]): SampleFigures {
  const column = columnReader(accounts);
  const [starting, expansion, contraction, churned] = [
    'starting_arr',
    'expansion',
    'contraction',
    'churned',
  ].map(column) as [SheetArgument, SheetArgument, SheetArgument, SheetArgument];
  const owners = column('owner');
  const call = (name: string, ...args: SheetArgument[]) => sheetFunctions[name]!(...args);

  const grrByOwner = call('CS_GRR', starting, contraction, churned, owners);
  const nrrByOwner = call('CS_NRR', starting, expansion, contraction, churned, owners);
  const csatByOwner = call('CS_CSAT', column('csat_score'), null, null, owners);
  return {
    nrr: call('CS_NRR', starting, expansion, contraction, churned) as number,
    grr: call('CS_GRR', starting, contraction, churned) as number,
    churnRate: call('CS_CHURN_RATE', starting, churned) as number,
    nps: call('CS_NPS', column('nps_score')) as number,
    csat: call('CS_CSAT', column('csat_score')) as number,
    annualChurn: call('CS_ANNUAL_CHURN', 0.015) as number,
    nrrByOwner,
    grrByOwner,
    csatByOwner,
    payouts: rosterPayouts(accounts, { grrByOwner, nrrByOwner, csatByOwner }),
  };
}

function rosterPayouts(
  accounts: readonly (readonly CellInput[])[],
  tables: Record<'grrByOwner' | 'nrrByOwner' | 'csatByOwner', SheetResult>,
): number[] {
  const roster = sampleRows('roster.csv');
  const expansion = columnReader(accounts)('expansion') as CellInput[][];
  const owners = columnReader(accounts)('owner') as CellInput[][];
  const lookup = (table: SheetResult, owner: CellInput) =>
    (table as (string | number)[][]).find((row) => row[0] === owner)?.[1] ?? null;
  const expansionOf = (owner: CellInput) =>
    owners.reduce(
      (sum, [name], index) => sum + (name === owner ? Number(expansion[index]![0]) : 0),
      0,
    );

  const people = roster.slice(1);
  const metrics = people.map(([owner]) => [
    lookup(tables.grrByOwner, owner!),
    lookup(tables.nrrByOwner, owner!),
    lookup(tables.csatByOwner, owner!),
    expansionOf(owner!),
  ]);
  const result = sheetFunctions['CS_PAYOUT']!(
    sampleRows('plan.csv'),
    people.map((row) => [row[1]!]),
    people.map((row) => [row[3]!]),
    [roster[0]!.slice(4, 8)],
    metrics,
  );
  return (result as number[][]).map((row) => row[0]!);
}

/** Returns a reader of one named column's data rows, as a one-column range. */
function columnReader(rows: readonly (readonly CellInput[])[]) {
  const header = rows[0] ?? [];
  return (name: string): SheetArgument => {
    const index = header.indexOf(name);
    if (index === -1) throw new Error(`The accounts sample has no column "${name}".`);
    return rows.slice(1).map((row) => [row[index] ?? null]);
  };
}
