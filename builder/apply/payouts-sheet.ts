import type { PayoutColumn } from '../metrics/recipes.js';
import type { CellInput, Formula } from '../port.js';
import type { ApplyOptions } from './application.js';
import { functionName, wrapFormula, type FormulaContext } from './formulas.js';

/** Row of the payouts sheet's headers, 1-based: the period takes rows 1 and 2. */
export const HEADER_ROW = 4;
/** The rep columns, written as values the user may edit. */
export const REP_HEADERS = [
  'Rep',
  'Role',
  'Target incentive',
  'Employed from',
  'Employed to',
] as const;

/** Writes the proration formula: each rep's target incentive times the share of the period employed. */
export function prorateFormula(context: FormulaContext): Formula {
  const range = (letter: string) => `${letter}${context.firstRow}:${letter}${context.lastRow}`;
  const args = [
    range('C'),
    context.periodCells.start,
    context.periodCells.end,
    range('D'),
    range('E'),
  ];
  return wrapFormula(
    `${functionName('CS_PRORATE', context.dialect)}(${args.join(', ')})`,
    context.dialect,
  );
}

/** Writes the payout and explanation formulas over the plan table and the metric columns. */
export function payoutFormulas(
  planRange: string,
  metrics: readonly PayoutColumn[],
  context: FormulaContext,
): [string, Formula][] {
  const letter = (header: string) => context.letters.get(header) ?? 'A';
  const first = letter(metrics[0]?.header ?? 'Payout');
  const last = letter(metrics[metrics.length - 1]?.header ?? 'Payout');
  const args = [
    planRange,
    `B${context.firstRow}:B${context.lastRow}`,
    `${letter('Prorated target incentive')}${context.firstRow}:${letter('Prorated target incentive')}${context.lastRow}`,
    `${first}${HEADER_ROW}:${last}${HEADER_ROW}`,
    `${first}${context.firstRow}:${last}${context.lastRow}`,
  ].join(', ');
  return [
    [
      'Payout',
      wrapFormula(`${functionName('CS_PAYOUT', context.dialect)}(${args})`, context.dialect),
    ],
    [
      'Explanation',
      wrapFormula(`${functionName('CS_EXPLAIN', context.dialect)}(${args})`, context.dialect),
    ],
  ];
}

/** Lays out the payouts sheet: period cells, headers, rep values, and formulas on the first rep row. */
export function payoutsGrid(
  headers: readonly string[],
  formulas: ReadonlyMap<string, Formula | undefined>,
  options: ApplyOptions,
): CellInput[][] {
  const blankRow = (): CellInput[] => headers.map(() => '');
  const top: CellInput[][] = [blankRow(), blankRow(), blankRow()];
  top[0]?.splice(0, 2, 'Period start', options.period.start);
  top[1]?.splice(0, 2, 'Period end', options.period.end);

  const repRows = options.reps.map((rep, index) => {
    const row = blankRow();
    row.splice(
      0,
      5,
      rep.name,
      rep.role,
      rep.targetIncentive ?? '',
      rep.employedFrom ?? '',
      rep.employedTo ?? '',
    );
    if (index === 0)
      headers.forEach(
        (header, column) => (row[column] = formulas.get(header) ?? row[column] ?? ''),
      );
    return row;
  });
  return [...top, [...headers], ...(repRows.length > 0 ? repRows : [blankRow()])];
}
