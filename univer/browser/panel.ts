import type { FunctionDefinition } from '../../core/index.js';

/** The parts of the side panel that change after it is drawn. */
export interface FunctionPanel {
  /** Shows why the selected cell shows an error, or hides the box when `message` is empty. */
  showCellMessage(message: string): void;
}

/**
 * Draws the function list into the side panel: each function's signature, description and
 * parameters, collapsed under its name. The plan builder replaces this content when it lands.
 */
export function renderFunctionPanel(
  panel: HTMLElement,
  definitions: readonly FunctionDefinition[],
): FunctionPanel {
  const heading = element('h2', 'CS functions');
  const cellMessage = element('div', '');
  cellMessage.className = 'cs-cell-message';
  cellMessage.setAttribute('role', 'status');
  const hint = element('p', 'Type one in any cell, for example =CS_NRR(B2:B41, C2:C41, ...).');

  panel.replaceChildren(heading, cellMessage, hint, ...definitions.map(describeFunction));
  return {
    showCellMessage(message) {
      cellMessage.textContent = message;
    },
  };
}

function describeFunction(definition: FunctionDefinition): HTMLElement {
  const signature = definition.parameters
    .map((parameter) => (parameter.optional ? `[${parameter.name}]` : parameter.name))
    .join(', ');
  const summary = element('summary', `(${signature})`);
  summary.prepend(element('code', definition.name));

  const parameters = document.createElement('dl');
  for (const parameter of definition.parameters) {
    parameters.append(element('dt', parameter.name), element('dd', parameter.description));
  }

  const details = document.createElement('details');
  details.dataset['function'] = definition.name;
  details.append(summary, element('p', definition.description), parameters);
  return details;
}

function element(tag: string, text: string): HTMLElement {
  const node = document.createElement(tag);
  node.textContent = text;
  return node;
}
