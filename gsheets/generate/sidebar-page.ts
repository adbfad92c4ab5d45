const STYLES_SLOT = '/* STYLES */';
const SCRIPT_SLOT = '/* SCRIPT */';

/**
 * Puts the styles and the bundled script into the page template. HtmlService serves the one
 * file, so nothing is loaded from elsewhere.
 */
export function inlineSidebarPage(template: string, styles: string, script: string): string {
  if (!template.includes(STYLES_SLOT) || !template.includes(SCRIPT_SLOT)) {
    throw new Error(`The sidebar template must contain ${STYLES_SLOT} and ${SCRIPT_SLOT}.`);
  }
  if (/<\/(script|style)/i.test(script + styles)) {
    throw new Error('The sidebar script or styles contain a closing tag that would end it early.');
  }
  return template.replace(STYLES_SLOT, () => styles).replace(SCRIPT_SLOT, () => script);
}
