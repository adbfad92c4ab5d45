/**
 * The builder's styles, as text so every host's bundle can carry them without a CSS loader.
 * Everything is scoped under `.cs-builder` and laid out in one column for the 300 px sidebar.
 */
export const BUILDER_CSS = `
.cs-builder { box-sizing: border-box; max-width: 100%; padding: 8px; color: #202124;
  font: 13px/1.4 system-ui, -apple-system, 'Segoe UI', Roboto, Arial, sans-serif; }
.cs-builder *, .cs-builder *::before, .cs-builder *::after { box-sizing: border-box; }
.cs-builder h1 { margin: 0 0 8px; font-size: 16px; }
.cs-builder h2 { margin: 8px 0; font-size: 15px; color: inherit; text-transform: none;
  letter-spacing: normal; }
.cs-builder h3 { margin: 12px 0 4px; font-size: 14px; }
.cs-builder h4 { margin: 8px 0 2px; font-size: 13px; }
.cs-builder nav ol { display: flex; flex-wrap: wrap; gap: 4px; margin: 0 0 8px; padding: 0;
  list-style: none; }
.cs-builder nav button { padding: 4px 6px; border: 1px solid #dadce0; border-radius: 4px;
  background: #fff; font: inherit; cursor: pointer; }
.cs-builder nav button[aria-current='step'] { border-color: #1a73e8; background: #e8f0fe;
  font-weight: 600; }
.cs-builder fieldset { min-width: 0; margin: 0 0 10px; padding: 6px 8px;
  border: 1px solid #dadce0; border-radius: 4px; }
.cs-builder legend { padding: 0 4px; font-weight: 600; overflow-wrap: anywhere; }
.cs-builder .field { margin: 0 0 6px; }
.cs-builder label { display: block; margin-bottom: 2px; font-weight: 500; }
.cs-builder input, .cs-builder select { width: 100%; min-width: 0; min-height: 28px; padding: 3px 6px;
  border: 1px solid #80868b; border-radius: 4px; font: inherit; background: #fff; }
.cs-builder [aria-invalid='true'] { border-color: #c5221f; }
.cs-builder button { min-height: 28px; margin: 2px 4px 2px 0; padding: 4px 10px;
  border: 1px solid #80868b; border-radius: 4px; background: #fff; font: inherit;
  cursor: pointer; }
.cs-builder button.primary { border-color: #1a73e8; background: #1a73e8; color: #fff; }
.cs-builder button.link { border: none; padding: 0; color: #1a73e8; text-decoration: underline; }
.cs-builder :focus-visible { outline: 2px solid #1a73e8; outline-offset: 1px; }
.cs-builder .hint { margin: 2px 0 6px; color: #5f6368; font-size: 12px; }
.cs-builder .message:empty { display: none; }
.cs-builder .message, .cs-builder .error { margin: 2px 0; color: #c5221f; }
.cs-builder .ok { color: #188038; }
.cs-builder .live-cost { margin: 6px 0; padding: 4px 6px; background: #e8f0fe; border-radius: 4px; }
.cs-builder .status:empty { display: none; }
.cs-builder .status { margin: 4px 0; padding: 4px 6px; background: #f1f3f4; border-radius: 4px; }
.cs-builder .problems ul, .cs-builder ul.problems { margin: 4px 0; padding-left: 16px; }
.cs-builder li { margin: 2px 0; padding: 0; border: none; overflow-wrap: anywhere; }
.cs-builder li strong { display: inline; font-weight: 600; }
.cs-builder .table-scroll { max-width: 100%; overflow-x: auto; margin: 6px 0; }
.cs-builder table { border-collapse: collapse; font-size: 12px; }
.cs-builder caption { text-align: left; color: #5f6368; }
.cs-builder th, .cs-builder td { padding: 2px 6px; border: 1px solid #e8eaed; text-align: left;
  white-space: nowrap; max-width: 160px; overflow: hidden; text-overflow: ellipsis; }
.cs-builder .pair { display: grid; grid-template-columns: minmax(0, 1fr) minmax(0, 1fr); gap: 6px; }
.cs-builder svg.curve { width: 100%; height: auto; margin: 4px 0; }
.cs-builder svg .axis { fill: none; stroke: #80868b; }
.cs-builder svg .target-line { fill: none; stroke: #dadce0; stroke-dasharray: 3 3; }
.cs-builder svg .line { fill: none; stroke: #1a73e8; stroke-width: 2; }
.cs-builder svg .tick { font-size: 9px; fill: #5f6368; }
.cs-builder details { margin: 4px 0; }
.cs-builder summary { cursor: pointer; overflow-wrap: anywhere; }
.cs-builder dl { display: grid; grid-template-columns: auto 1fr; gap: 2px 8px; margin: 4px 0; }
.cs-builder dt { color: #5f6368; }
.cs-builder dd { margin: 0; overflow-wrap: anywhere; }
.cs-builder .explanation { padding-left: 18px; font-size: 12px; white-space: pre-wrap; }
.cs-builder .confirm { padding: 8px; border: 1px solid #f29900; border-radius: 4px;
  background: #fef7e0; }
.cs-builder .actions { margin: 8px 0; }
`;

/** Adds the builder's styles to a document once. */
export function addBuilderStyles(document: Document): void {
  if (document.getElementById('cs-builder-styles') !== null) return;
  const style = document.createElement('style');
  style.id = 'cs-builder-styles';
  style.textContent = BUILDER_CSS;
  document.head.append(style);
}
