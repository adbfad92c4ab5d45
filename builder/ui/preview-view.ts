import { explainPayout, findMetric, formatMoney, formatPercent } from '../../core/index.js';
import type { PreviewCell } from '../metrics/evaluate.js';
import type { PlanPreview, RepPreview } from '../metrics/preview.js';
import type { PayoutColumn } from '../metrics/recipes.js';
import { h } from './dom.js';
import { isPercentMetric } from './plan-units.js';

/** Summarises what the plan costs: payouts against the target pool, and as a share of ARR. */
export function costSummary(preview: PlanPreview): HTMLElement {
  const { total, pool, startingArr } = preview.cost;
  const paid = preview.reps.filter((rep) => rep.payout !== undefined).length;
  return h(
    'dl',
    { class: 'cost' },
    h('dt', {}, 'Total variable pay'),
    h('dd', {}, `${formatMoney(total)} for ${paid} of ${preview.reps.length} reps`),
    h('dt', {}, 'Target pool'),
    h(
      'dd',
      {},
      pool > 0
        ? `${formatMoney(pool)} (payouts are ${formatPercent(total / pool)} of it)`
        : 'No target incentives yet',
    ),
    startingArr !== undefined && startingArr > 0 && h('dt', {}, 'Share of starting ARR'),
    startingArr !== undefined &&
      startingArr > 0 &&
      h('dd', {}, `${formatPercent(total / startingArr)} of ${formatMoney(startingArr)}`),
  );
}

/** Shows one rep: the payout in the summary line, and metrics, components and explanation inside. */
export function repDetails(rep: RepPreview, columns: readonly PayoutColumn[]): HTMLElement {
  const figure = rep.payout === undefined ? 'no payout yet' : formatMoney(rep.payout.total);
  const summary = h(
    'summary',
    {},
    h('span', { class: 'rep-name' }, rep.rep.name),
    ` · ${rep.rep.role} · ${figure}`,
  );
  const metrics = h(
    'dl',
    { class: 'metrics' },
    ...columns.flatMap((column) => [
      h('dt', {}, column.header),
      h('dd', {}, cellText(column, rep.cells.get(column.header))),
    ]),
  );
  const components =
    rep.payout === undefined
      ? []
      : rep.payout.components.map((part) =>
          h(
            'li',
            {},
            `${part.component.name}: attainment ${formatPercent(part.attainment)}, factor ${formatPercent(part.factor)}, ${formatMoney(part.amount)}`,
          ),
        );
  const explanation =
    rep.payout === undefined ? [] : explainPayout(rep.payout).map((line) => h('li', {}, line));
  return h(
    'details',
    { class: 'rep-preview' },
    summary,
    rep.problem !== undefined && h('p', { class: 'error' }, rep.problem),
    metrics,
    components.length > 0 && h('ul', { class: 'components' }, ...components),
    explanation.length > 0 && h('h4', {}, 'Why this payout'),
    explanation.length > 0 && h('ol', { class: 'explanation' }, ...explanation),
  );
}

function cellText(column: PayoutColumn, cell: PreviewCell | undefined): string {
  if (cell === undefined) return '';
  if ('error' in cell) return `— ${cell.error}`;
  if (column.metric === undefined) return formatMoney(cell.value);
  if (isPercentMetric(column.metric)) return formatPercent(cell.value);
  return findMetric(column.metric)?.scale === 'amount'
    ? formatMoney(cell.value)
    : String(Number(cell.value.toPrecision(6)));
}
