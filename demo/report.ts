import { formatMoney, formatPercent, formatTiers, sumMoney, type Plan } from '../core/index.js';
import type { CellOutput } from '../univer/cells.js';
import type { CsmResult } from './results.js';
import type { Period } from './periods.js';

/** Renders a period's results as two aligned text tables and the plan's cost. */
export function renderPeriod(period: Period, results: readonly CsmResult[]): string {
  const components = results[0]?.payout.components.map((part) => part.component.name) ?? [];
  const book = table(
    [
      'CSM',
      'Starting ARR',
      'Expansion',
      'Contraction',
      'Churned',
      'New',
      'Ending ARR',
      'NRR',
      'GRR',
      'CSAT',
    ],
    results.map((result) => [
      result.name,
      ...['Starting ARR', 'Expansion', 'Contraction', 'Churned', 'New', 'Ending ARR'].map(
        (header) => money(result.cells[header]),
      ),
      ...['NRR', 'GRR', 'CSAT'].map((header) => percent(result.cells[header])),
    ]),
  );
  const payouts = table(
    ['CSM', 'Target', ...components.flatMap((name) => [`${name} att.`, `${name} pay`]), 'Payout'],
    results.map((result) => [
      result.name,
      formatMoney(result.payout.targetIncentive),
      ...result.payout.components.flatMap((part) => [
        formatPercent(part.attainment),
        formatMoney(part.amount),
      ]),
      formatMoney(result.payout.total),
    ]),
  );
  return [
    `Period ${period.start} to ${period.end}`,
    '',
    book,
    '',
    payouts,
    '',
    planCost(results),
  ].join('\n');
}

/** Renders each CSM's payout change between two periods. */
export function renderChanges(before: readonly CsmResult[], after: readonly CsmResult[]): string {
  const rows = after.map((result) => {
    const earlier = before.find((candidate) => candidate.name === result.name)?.payout.total ?? 0;
    const change = sumMoney([result.payout.total, -earlier]);
    return [
      result.name,
      formatMoney(earlier),
      formatMoney(result.payout.total),
      `${change >= 0 ? '+' : ''}${formatMoney(change)}`,
    ];
  });
  return table(['CSM', 'Payout before', 'Payout after', 'Change'], rows);
}

function planCost(results: readonly CsmResult[]): string {
  const paid = sumMoney(results.map((result) => result.payout.total));
  const pool = sumMoney(results.map((result) => result.payout.targetIncentive));
  const endingArr = results.reduce(
    (sum, result) => sum + Number(result.cells['Ending ARR'] ?? 0),
    0,
  );
  const share =
    endingArr > 0
      ? `, ${formatPercent(paid / endingArr)} of ending ARR ${formatMoney(endingArr)}`
      : '';
  return `Plan cost: ${formatMoney(paid)} against a target pool of ${formatMoney(pool)} (${formatPercent(paid / pool)})${share}.`;
}

function table(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const widths = header.map((title, column) =>
    Math.max(title.length, ...rows.map((row) => row[column]?.length ?? 0)),
  );
  const line = (cells: readonly string[]) =>
    cells
      .map((cell, column) =>
        column === 0 ? cell.padEnd(widths[column] ?? 0) : cell.padStart(widths[column] ?? 0),
      )
      .join('  ');
  return [line(header), line(widths.map((width) => '-'.repeat(width))), ...rows.map(line)].join(
    '\n',
  );
}

function money(value: CellOutput | undefined): string {
  return typeof value === 'number' ? formatMoney(value) : '';
}

function percent(value: CellOutput | undefined): string {
  return typeof value === 'number' ? formatPercent(value) : '';
}

/** Renders the plan the demo applies, one line per component, and a legend for the tables. */
export function renderPlan(plan: Plan): string {
  const lines = plan.components.map((component) => {
    const tiers = formatTiers(component.curve.tiers);
    const threshold =
      component.threshold === undefined ? 'none' : formatPercent(component.threshold);
    const cap =
      component.cap === undefined ? 'none' : `${formatPercent(component.cap)} of its share`;
    return (
      `  ${component.name}: weight ${formatPercent(component.weight)}, target ${formatPercent(component.target)}, ` +
      `threshold ${threshold}, ${component.curve.mode} curve ${tiers}, cap ${cap}`
    );
  });
  return [
    `Plan for role ${plan.components[0]?.role ?? ''} (the CS Plan sheet; tiers are "from attainment: rate"):`,
    ...lines,
    'Target is each CSM\'s target incentive for the period, prorated by days employed. "att." is',
    'attainment (actual ÷ target); "pay" is target × weight × the curve factor, rounded to cents.',
    '',
  ].join('\n');
}
