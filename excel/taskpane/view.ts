import type { FunctionDefinition } from '../../core/index.js';
import { excelId, NAMESPACE } from '../ids.js';
import type { SheetSummary } from './workbook.js';

/**
 * Writes a formula signature as Excel's formula help shows it, optional parameters in
 * brackets: `CS.ANNUAL_CHURN(period_rate, [periods])`.
 */
export function formulaSignature(definition: FunctionDefinition): string {
  const parameters = definition.parameters.map((parameter) =>
    parameter.optional ? `[${parameter.name}]` : parameter.name,
  );
  return `${NAMESPACE}.${excelId(definition.name)}(${parameters.join(', ')})`;
}

/** Describes a sheet's data in a few words: `A1:F120, 120 rows × 6 columns`, or `no data`. */
export function describeSheet(sheet: SheetSummary): string {
  if (sheet.usedRange === '') return 'no data';
  const rows = `${sheet.rowCount} ${sheet.rowCount === 1 ? 'row' : 'rows'}`;
  const columns = `${sheet.columnCount} ${sheet.columnCount === 1 ? 'column' : 'columns'}`;
  return `${sheet.usedRange}, ${rows} × ${columns}`;
}

/** Replaces the items of a list with one per sheet. Text goes in as text, never as HTML. */
export function renderSheets(list: HTMLElement, sheets: readonly SheetSummary[]): void {
  list.replaceChildren(
    ...sheets.map((sheet) => listItem(list.ownerDocument, sheet.name, describeSheet(sheet))),
  );
}

/** Replaces the items of a list with one per function, signature first. */
export function renderFunctions(
  list: HTMLElement,
  definitions: readonly FunctionDefinition[],
): void {
  list.replaceChildren(
    ...definitions.map((definition) =>
      listItem(list.ownerDocument, formulaSignature(definition), definition.description),
    ),
  );
}

/** Shows a status line, or hides it when the text is empty. */
export function showStatus(element: HTMLElement, text: string): void {
  element.textContent = text;
  element.hidden = text === '';
}

function listItem(document: Document, title: string, detail: string): HTMLLIElement {
  const item = document.createElement('li');
  const heading = document.createElement('code');
  heading.textContent = title;
  const description = document.createElement('span');
  description.textContent = detail;
  item.append(heading, description);
  return item;
}
