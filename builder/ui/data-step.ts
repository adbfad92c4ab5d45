import { columnLetters } from '../../core/index.js';
import { SOURCES, type SourceId } from '../data/fields.js';
import { headerCells } from '../data/headers.js';
import { mapSheet } from '../data/guess.js';
import type { SourceMapping } from '../data/mapping.js';
import { findDataProblems } from '../data/problems.js';
import type { StepContext } from './app.js';
import { problemList, sampleTable } from './data-table.js';
import { button, field, h, select } from './dom.js';
import { mappedFirst, rereadData } from './data-actions.js';
import { nextButton, stepHeading } from './step-parts.js';

/** Renders the data step: per source, the sheet, a column per field, first rows and problems. */
export function renderDataStep(section: HTMLElement, context: StepContext): void {
  section.append(
    stepHeading('data', 'Data'),
    h('p', { class: 'hint' }, 'Choose the sheet for each kind of data, then check each column.'),
    button('Read the data again', () => {
      void rereadData(context).then(() => {
        if (section.isConnected) context.go('data');
      });
    }),
    ...SOURCES.map((source) => sourcePanel(source.id, source.label, context)),
    nextButton('Next: people', () => context.go('people')),
  );
}

function sourcePanel(source: SourceId, label: string, context: StepContext): HTMLElement {
  const { store } = context;
  const body = h('div');
  const sheets = store.state.sheets.filter((sheet) => !sheet.isCreatedByBuilder);
  const sheetField = field(
    `${label} sheet`,
    select(
      [['', 'Not used'], ...sheets.map((sheet): [string, string] => [sheet.name, sheet.name])],
      store.state.mapping[source]?.sheet ?? '',
    ),
  );
  sheetField.control.addEventListener('change', () => {
    void chooseSheet(source, sheetField.control.value, context).then(() => renderBody());
  });

  const renderBody = () => {
    const mapping = store.state.mapping[source];
    const rows = mapping === undefined ? undefined : store.state.rows.get(mapping.sheet);
    if (mapping === undefined || rows === undefined) return body.replaceChildren();
    const checks = h('div', {});
    const renderChecks = () => {
      const current = store.state.mapping[source] ?? mapping;
      checks.replaceChildren(
        sampleTable(source, label, current, rows),
        problemList(findDataProblems(source, current, rows)),
      );
    };
    const headers = headerCells(rows, mapping.headerRow);
    body.replaceChildren(
      h(
        'p',
        { class: 'hint' },
        `Headers in row ${mapping.headerRow + 1}, ${mapping.lastRow - mapping.headerRow} data rows.`,
      ),
      ...mappedFirst(source, mapping, (definition) =>
        columnField(source, definition.id, definition.label, headers, context, renderChecks),
      ),
      checks,
    );
    renderChecks();
  };
  renderBody();
  return h('fieldset', { class: 'source' }, h('legend', {}, label), sheetField.wrapper, body);
}

function columnField(
  source: SourceId,
  fieldId: string,
  label: string,
  headers: readonly string[],
  context: StepContext,
  onChange: () => void,
): HTMLElement {
  const { store } = context;
  const current = store.state.mapping[source]?.columns[fieldId];
  const options = headers.map((header, column): [string, string] => [
    String(column),
    `${columnLetters(column)} · ${header}`,
  ]);
  const control = select(
    [['', 'Not mapped'], ...options],
    current === undefined ? '' : String(current),
  );
  control.addEventListener('change', () => {
    const mapping = store.state.mapping[source];
    if (mapping === undefined) return;
    const columns = { ...mapping.columns };
    if (control.value === '') delete columns[fieldId];
    else columns[fieldId] = Number(control.value);
    store.update({ mapping: { ...store.state.mapping, [source]: { ...mapping, columns } } });
    onChange();
  });
  return field(label, control).wrapper;
}

async function chooseSheet(source: SourceId, sheet: string, context: StepContext): Promise<void> {
  const { store } = context;
  const mapping = { ...store.state.mapping };
  if (sheet === '') {
    delete mapping[source];
    store.update({ mapping });
    return;
  }
  context.status(`Reading ${sheet}…`);
  try {
    const rows = await store.sheetRows(sheet);
    const chosen: SourceMapping = mapSheet(source, sheet, rows);
    store.update({ mapping: { ...store.state.mapping, [source]: chosen } });
    context.status('');
  } catch (error) {
    context.status(
      `Could not read ${sheet}: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
}
