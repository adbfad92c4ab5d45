/** The origin every URL of the development manifest starts with. */
export const DEVELOPMENT_BASE_URL = 'https://localhost:3000/';

/**
 * Rewrites the development manifest for another host: every `DefaultValue` URL under
 * `https://localhost:3000/` moves under `baseUrl`, and the development comments go. Throws
 * if `baseUrl` is not an https URL ending in `/` without query or fragment, because Office
 * loads add-in pages only over https and the file names are appended to it.
 */
export function manifestForBaseUrl(developmentXml: string, baseUrl: string): string {
  const problem = baseUrlProblem(baseUrl);
  if (problem !== undefined) throw new Error(`Invalid base URL "${baseUrl}": ${problem}.`);

  return developmentXml
    .replace(/<!--[\s\S]*?-->\s*/g, '')
    .replaceAll(`DefaultValue="${DEVELOPMENT_BASE_URL}`, `DefaultValue="${baseUrl}`);
}

function baseUrlProblem(baseUrl: string): string | undefined {
  if (!URL.canParse(baseUrl)) return 'it is not a URL';
  const url = new URL(baseUrl);
  if (url.protocol !== 'https:') return 'Office loads add-ins only over https';
  if (url.search !== '' || url.hash !== '') return 'remove the query or fragment';
  if (!baseUrl.endsWith('/')) return 'end it with "/" so file names can follow';
  if (/[<>&"']/.test(baseUrl)) return 'it contains a character that XML would need escaped';
  return undefined;
}
