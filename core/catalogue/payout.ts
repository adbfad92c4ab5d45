import { valueError } from '../errors.js';
import { MAX_EXACT_CENTS, toCents } from '../money/rounding.js';
import { explainPayout } from '../payout/explain.js';
import { calculatePayout, type Payout } from '../payout/calculate.js';
import { required, type FunctionDefinition } from './types.js';
import { readPayoutInputs } from './payout-inputs.js';
import { describeValue } from '../values/describe.js';
import type { PlacedCell } from '../values/range.js';
import type { SheetArgument } from '../values/types.js';
import { mapRows } from './rowwise.js';

const PAYOUT_PARAMETERS = [
  required('plan', 'The plan table, header row included, as the plan builder writes it.'),
  required('role', "Each rep's role, matching the plan's Role column."),
  required(
    'target_incentive',
    "Each rep's target incentive for the period (the variable pay at 100 %).",
  ),
  required('metric_names', 'The names of the metric columns, such as the header cells above them.'),
  required(
    'metric_values',
    'One row per rep, one column per metric, in the order of metric_names.',
  ),
];

export const CS_PAYOUT: FunctionDefinition = {
  name: 'CS_PAYOUT',
  description:
    'Payout per rep from the plan table, rounded to cents per component; one row per rep.',
  parameters: PAYOUT_PARAMETERS,
  implementation: (...args) => payoutRows('CS_PAYOUT', args, (payout) => payout.total),
};

export const CS_EXPLAIN: FunctionDefinition = {
  name: 'CS_EXPLAIN',
  description: 'A line-by-line explanation of each rep’s payout from the plan table.',
  parameters: PAYOUT_PARAMETERS,
  implementation: (...args) =>
    payoutRows('CS_EXPLAIN', args, (payout) => explainPayout(payout).join('\n')),
};

function payoutRows(
  functionName: string,
  [plan, role, targetIncentive, metricNames, metricValues]: SheetArgument[],
  render: (payout: Payout) => string | number,
) {
  const inputs = readPayoutInputs(functionName, {
    plan,
    role,
    targetIncentive,
    metricNames,
    metricValues,
  });
  return mapRows(functionName, inputs.columns, (row) => {
    const rep = inputs.readRep(row);
    if (rep === undefined) return '';
    const payout = calculatePayout(inputs.plan, rep);
    requireCents(functionName, payout, row('target_incentive'));
    return render(payout);
  });
}

/**
 * Rejects a payout with an amount above `MAX_EXACT_CENTS` (about 10 trillion in the currency
 * unit), where rounding no longer keeps every cent and the total could differ from its parts.
 */
function requireCents(functionName: string, payout: Payout, targetIncentive: PlacedCell): void {
  const amounts = [...payout.components.map((component) => component.amount), payout.total];
  if (amounts.every((amount) => Math.abs(toCents(amount)) <= MAX_EXACT_CENTS)) return;
  throw valueError(
    `${functionName}: target_incentive row ${targetIncentive.row} is ` +
      `${describeValue(targetIncentive.value)}, which gives a payout of ${payout.total}, too ` +
      `large to count in cents. Enter the target incentive in the currency unit, such as 10000.`,
  );
}
