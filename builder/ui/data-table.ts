import { fieldsOf, type SourceId } from '../data/fields.js';
import type { SourceMapping } from '../data/mapping.js';
import type { DataProblem } from '../data/problems.js';
import type { CellValue } from '../port.js';
import { h } from './dom.js';

/** Maximum number of problems listed. The rest are only counted, because thousands are unreadable. */
const SHOWN_PROBLEMS = 50;
const SAMPLE_ROWS = 5;

/** Shows the first data rows of a source's mapped columns, each cell as text. */
export function sampleTable(
  source: SourceId,
  label: string,
  mapping: SourceMapping,
  rows: readonly (readonly CellValue[])[],
): HTMLElement {
  const fields = fieldsOf(source).filter((field) => field.id in mapping.columns);
  if (fields.length === 0) return h('p', { class: 'hint' }, 'No column is mapped yet.');
  const data = rows.slice(mapping.headerRow + 1, mapping.headerRow + 1 + SAMPLE_ROWS);
  const table = h(
    'table',
    {},
    h('caption', {}, `First rows of ${mapping.sheet}`),
    h('thead', {}, h('tr', {}, ...fields.map((field) => h('th', { scope: 'col' }, field.label)))),
    h(
      'tbody',
      {},
      ...data.map((row) =>
        h(
          'tr',
          {},
          ...fields.map((field) => h('td', {}, String(row[mapping.columns[field.id] ?? -1] ?? ''))),
        ),
      ),
    ),
  );
  return h(
    'div',
    { class: 'table-scroll', role: 'region', 'aria-label': `First rows, ${label}`, tabindex: '0' },
    table,
  );
}

/** Lists data problems with their cells, or a note that there are none. */
export function problemList(problems: readonly DataProblem[]): HTMLElement {
  if (problems.length === 0)
    return h('p', { class: 'ok' }, 'No problems found in the mapped columns.');
  const items = problems
    .slice(0, SHOWN_PROBLEMS)
    .map((problem) =>
      h('li', {}, h('strong', {}, `${problem.sheet}!${problem.cell}`), ' ', problem.message),
    );
  const more = problems.length - items.length;
  return h(
    'div',
    { class: 'problems' },
    h('p', {}, `${problems.length} ${problems.length === 1 ? 'problem' : 'problems'} found:`),
    h('ul', {}, ...items),
    more > 0 && h('p', { class: 'hint' }, `…and ${more} more. Fix these, then check again.`),
  );
}
