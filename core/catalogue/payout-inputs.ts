import { valueError } from '../errors.js';
import type { RepInput } from '../payout/calculate.js';
import { componentsOfRole } from '../payout/calculate.js';
import { findMetric } from '../plan/metrics.js';
import { readPlanTable } from '../plan/read-table.js';
import { checkMetricValue } from '../plan/units.js';
import type { Plan } from '../plan/types.js';
import { isBlank, trimSpaces } from '../values/blank.js';
import type { ColumnSpec } from '../values/columns.js';
import { describeValue } from '../values/describe.js';
import { readNumber } from '../values/numbers.js';
import { toRows } from '../values/range.js';
import type { SheetArgument } from '../values/types.js';
import type { RowReader } from './rowwise.js';

/** The arguments `CS_PAYOUT` and `CS_EXPLAIN` share. */
export interface PayoutArguments {
  readonly plan: SheetArgument;
  readonly role: SheetArgument;
  readonly targetIncentive: SheetArgument;
  readonly metricNames: SheetArgument;
  readonly metricValues: SheetArgument;
}

/** The plan, the columns to line up per rep, and a reader that turns one row into a rep. */
export interface PayoutInputs {
  readonly plan: Plan;
  readonly columns: ColumnSpec[];
  readRep(row: RowReader): RepInput | undefined;
}

/**
 * Reads the plan table and the metric columns. Rejects an invalid plan with every problem and
 * its cell, a metric the plan needs that the data lacks, and a metric value outside its
 * metric's range, such as a GRR of 95 where 95% is meant.
 */
export function readPayoutInputs(functionName: string, args: PayoutArguments): PayoutInputs {
  const plan = readValidPlan(functionName, args.plan);
  const names = toRows(args.metricNames)
    .flat()
    .map((name) => (isBlank(name) ? '' : trimSpaces(String(name))));
  const valueRows = toRows(args.metricValues);
  const width = valueRows.reduce((widest, row) => Math.max(widest, row.length), 0);
  if (width !== names.length) {
    throw valueError(
      `${functionName}: metric_values has ${width} columns but metric_names has ${names.length} ` +
        `names. Select one name per metric column, in the same order.`,
    );
  }
  const metricColumns = names.map((name, column) => ({
    name: `metric_values column ${name === '' ? column + 1 : name}`,
    argument: valueRows.map((row) => [row[column]]),
    numeric: true,
  }));
  const ids = names.map((name) => findMetric(name)?.id ?? name.toLowerCase());
  const neededByRole = new Map<string, Map<string, number>>();

  return {
    plan,
    columns: [
      { name: 'role', argument: args.role, numeric: false },
      { name: 'target_incentive', argument: args.targetIncentive, numeric: true },
      ...metricColumns,
    ],
    readRep(row) {
      const role = row('role');
      const source = {
        functionName,
        argument: 'target_incentive',
        row: row('target_incentive').row,
      };
      const targetIncentive = readNumber(row('target_incentive').value, source, {
        sign: 'nonNegative',
        noun: 'an amount',
      });
      if (isBlank(role.value) || targetIncentive === undefined) return undefined;

      const roleName = trimSpaces(String(role.value));
      const key = roleName.toLowerCase();
      const needed =
        neededByRole.get(key) ?? neededMetrics(functionName, plan, roleName, role.row, names, ids);
      neededByRole.set(key, needed);
      const metrics = new Map<string, number>();
      for (const [id, column] of needed) {
        const spec = metricColumns[column] as ColumnSpec;
        const cell = row(spec.name);
        const value = readNumber(
          cell.value,
          { functionName, argument: spec.name, row: cell.row },
          { percent: true },
        );
        if (value === undefined) {
          throw valueError(
            `${functionName}: ${spec.name} row ${cell.row} is blank, and role ${roleName} is paid on it. ` +
              `Enter the measured value, or 0 if that is what was measured.`,
          );
        }
        const definition = findMetric(id);
        const problem = definition === undefined ? undefined : checkMetricValue(definition, value);
        if (problem !== undefined) {
          throw valueError(`${functionName}: ${spec.name} row ${cell.row}: ${problem}`);
        }
        metrics.set(id, value);
      }
      return { role: roleName, targetIncentive, metrics };
    },
  };
}

function readValidPlan(functionName: string, argument: SheetArgument): Plan {
  const { plan, issues } = readPlanTable(toRows(argument));
  if (issues.length === 0) return plan;
  const listed = issues.map((issue) => `${issue.cell ?? issue.path}: ${issue.message}`).join(' ');
  throw valueError(`${functionName}: the plan has ${issues.length} problem(s). ${listed}`);
}

/** Maps each metric a role's components use (paid, gated or modified on) to its data column. */
function neededMetrics(
  functionName: string,
  plan: Plan,
  role: string,
  row: number,
  names: readonly string[],
  ids: readonly string[],
): Map<string, number> {
  const components = componentsOfRole(plan, role);
  if (components.length === 0) {
    const roles = [...new Set(plan.components.map((component) => component.role))].join(', ');
    throw valueError(
      `${functionName}: role row ${row} is ${describeValue(role)}, which the plan has no components for. ` +
        `Roles in the plan: ${roles}.`,
    );
  }

  const needed = new Map<string, number>();
  const metrics = components.flatMap((component) =>
    [component.metric, component.gate?.metric, component.modifier?.metric].filter(
      (m) => m !== undefined,
    ),
  );
  for (const metric of metrics) {
    const id = findMetric(metric)?.id ?? metric;
    const column = ids.indexOf(id);
    if (column < 0) {
      throw valueError(
        `${functionName}: role ${role} is paid on ${findMetric(metric)?.label ?? metric}, but metric_names ` +
          `has no such column (it has ${names.filter((name) => name !== '').join(', ') || 'none'}). ` +
          `Add the column or rename its header.`,
      );
    }
    const repeated = ids.indexOf(id, column + 1);
    if (repeated >= 0) {
      throw valueError(
        `${functionName}: metric_names has ${findMetric(metric)?.label ?? metric} in columns ` +
          `${column + 1} and ${repeated + 1}, so its value is ambiguous. Keep one column per metric.`,
      );
    }
    needed.set(id, column);
  }
  return needed;
}
