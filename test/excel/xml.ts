import { createRequire } from 'node:module';

// xml2js comes with office-addin-manifest and parses with sax in strict mode, so markup that is
// not well-formed is rejected.
const require = createRequire(import.meta.url);
const xml2js = require('xml2js') as {
  parseStringPromise(xml: string, options: object): Promise<Record<string, RawElement>>;
};

interface RawElement {
  readonly '#name': string;
  readonly $?: Record<string, string>;
  readonly _?: string;
  readonly $$?: RawElement[];
}

/** One element of a parsed XML document, children in document order. */
export interface XmlElement {
  readonly name: string;
  readonly attributes: Readonly<Record<string, string>>;
  readonly text: string;
  readonly children: readonly XmlElement[];
}

/** Parses an XML document, rejecting it unless it is well-formed. */
export async function parseXml(xml: string): Promise<XmlElement> {
  const document = await xml2js.parseStringPromise(xml, {
    explicitChildren: true,
    preserveChildrenOrder: true,
  });
  const root = Object.values(document)[0];
  if (root === undefined) throw new Error('the document has no root element');
  return toElement(root);
}

/** Returns the child elements with a name, in document order. */
export function childrenNamed(element: XmlElement, name: string): XmlElement[] {
  return element.children.filter((child) => child.name === name);
}

/** Follows a path of child names, such as `VersionOverrides/Hosts/Host`, taking the first match. */
export function find(element: XmlElement, path: string): XmlElement | undefined {
  let current: XmlElement | undefined = element;
  for (const name of path.split('/')) {
    current = current === undefined ? undefined : childrenNamed(current, name)[0];
  }
  return current;
}

/** Lists an element and all its descendants, depth first. */
export function descendants(element: XmlElement): XmlElement[] {
  return [element, ...element.children.flatMap(descendants)];
}

function toElement(raw: RawElement): XmlElement {
  return {
    name: raw['#name'],
    attributes: raw.$ ?? {},
    text: raw._ ?? '',
    children: (raw.$$ ?? []).map(toElement),
  };
}
