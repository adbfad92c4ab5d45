import type { FunctionSummary, SheetSummary } from '../protocol.js';

/** Replaces a list's items with the data sheets, or a note when there are none. */
export function renderDataSheets(list: HTMLElement, sheets: readonly SheetSummary[]): void {
  const dataSheets = sheets.filter((sheet) => sheet.isDataSheet);
  if (dataSheets.length === 0) {
    list.replaceChildren(note('No data sheet found. Paste an export with a header row first.'));
    return;
  }
  list.replaceChildren(
    ...dataSheets.map((sheet) => {
      const rows = sheet.rowCount - 1;
      const columns = sheet.headers.filter(Boolean).join(', ');
      return item(sheet.name, `${rows} ${rows === 1 ? 'row' : 'rows'} · ${columns}`, 'sheet');
    }),
  );
}

/** Replaces a list's items with the catalogue functions and their parameters. */
export function renderFunctions(list: HTMLElement, functions: readonly FunctionSummary[]): void {
  list.replaceChildren(
    ...functions.map((definition) => {
      const parameters = definition.parameters.map((parameter) =>
        parameter.optional ? `[${parameter.name}]` : parameter.name,
      );
      const signature = `${definition.name}(${parameters.join(', ')})`;
      return item(signature, definition.description, 'function');
    }),
  );
}

/** Shows a failed call's message in place of the list it was loading. */
export function renderFailure(list: HTMLElement, contents: string, error: Error): void {
  const message = note(`Could not load ${contents}: ${error.message}`);
  message.setAttribute('role', 'alert');
  message.classList.add('error');
  list.replaceChildren(message);
}

function item(title: string, detail: string, kind: string): HTMLElement {
  const entry = document.createElement('li');
  entry.className = kind;
  const heading = document.createElement('strong');
  heading.textContent = title;
  const text = document.createElement('span');
  text.textContent = detail;
  entry.append(heading, text);
  return entry;
}

function note(text: string): HTMLElement {
  const entry = document.createElement('li');
  entry.className = 'note';
  entry.textContent = text;
  return entry;
}
