import type { FunctionDefinition } from '../core/index.js';
import { excelId } from './ids.js';
import { formulaSignature } from './taskpane/view.js';

/** Writes help.html, the support page the manifest links to: one entry per function. */
export function helpPage(catalogue: readonly FunctionDefinition[]): string {
  const entries = catalogue.map((definition) => {
    const parameters = definition.parameters.map((parameter) => {
      const optional = parameter.optional ? ' (optional)' : '';
      const name = `<code>${escapeHtml(parameter.name)}</code>${optional}`;
      return `<li>${name}: ${escapeHtml(parameter.description)}</li>`;
    });
    const anchor = escapeHtml(excelId(definition.name));
    const signature = escapeHtml(formulaSignature(definition));
    return [
      `<h2 id="${anchor}"><code>${signature}</code></h2>`,
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
<p>Each function takes single cells or ranges. Blank cells are skipped, not read as 0, except on
older Excel desktop builds that pass a blank cell as 0. Errors show as #VALUE! or #N/A with a
message, or as #DIV/0! when a rate has no denominator.</p>
${entries.join('\n')}
</body>
</html>
`;
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => `&#${character.charCodeAt(0)};`);
}
