import type { FunctionDefinition } from '../core/index.js';
import { formulaSignature } from './taskpane/view.js';

/** Writes help.html, the support page the manifest links to: one entry per function. */
export function helpPage(catalogue: readonly FunctionDefinition[]): string {
  const entries = catalogue.map((definition) => {
    const parameters = definition.parameters.map(
      (parameter) =>
        `<li><code>${escapeHtml(parameter.name)}</code>${parameter.optional ? ' (optional)' : ''}: ` +
        `${escapeHtml(parameter.description)}</li>`,
    );
    return [
      `<h2 id="${escapeHtml(definition.name)}"><code>${escapeHtml(formulaSignature(definition))}</code></h2>`,
      `<p>${escapeHtml(definition.description)}</p>`,
      `<ul>${parameters.join('')}</ul>`,
    ].join('\n');
  });

  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8" />
<meta name="viewport" content="width=device-width, initial-scale=1" />
<title>CS Comp functions</title>
<link rel="stylesheet" href="taskpane.css" />
</head>
<body>
<h1>CS Comp functions</h1>
<p>Each function takes single cells or ranges. Blank cells are skipped, never read as 0.
Errors show as #VALUE! (with a message on hover), #DIV/0! or #N/A.</p>
${entries.join('\n')}
</body>
</html>
`;
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => `&#${character.charCodeAt(0)};`);
}
