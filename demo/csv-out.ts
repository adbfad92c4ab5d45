import { mkdir, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { Period } from './periods.js';
import type { CsmResult } from './results.js';

/** Writes one row per CSM for the last period, with the previous period's payout beside it. */
export async function writeCsv(
  path: string,
  period: Period,
  results: readonly CsmResult[],
  previous: readonly CsmResult[],
): Promise<void> {
  const components = results[0]?.payout.components.map((part) => part.component.name) ?? [];
  const header = [
    'csm',
    'period_start',
    'period_end',
    'starting_arr',
    'expansion',
    'contraction',
    'churned',
    'ending_arr',
    'nrr',
    'grr',
    'csat',
    'target_incentive',
    ...components.flatMap((name) => [`${slug(name)}_attainment`, `${slug(name)}_payout`]),
    'payout',
    'previous_payout',
    'explanation',
  ];
  const rows = results.map((result) => [
    result.name,
    period.start,
    period.end,
    ...[
      'Starting ARR',
      'Expansion',
      'Contraction',
      'Churned',
      'Ending ARR',
      'NRR',
      'GRR',
      'CSAT',
    ].map((name) => result.cells[name] ?? ''),
    result.payout.targetIncentive,
    ...result.payout.components.flatMap((part) => [part.attainment, part.amount]),
    result.payout.total,
    previous.find((earlier) => earlier.name === result.name)?.payout.total ?? '',
    result.explanation,
  ]);
  await mkdir(dirname(path), { recursive: true });
  await writeFile(path, [header, ...rows].map((row) => row.map(field).join(',')).join('\n') + '\n');
}

function slug(name: string): string {
  return name.toLowerCase().replace(/[^a-z0-9]+/g, '_');
}

function field(value: unknown): string {
  const text = String(value);
  return /[",\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}
