import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { NAMESPACE } from '../../excel/ids.js';
import { DEVELOPMENT_BASE_URL, manifestForBaseUrl } from '../../excel/manifest.js';
import { DIST } from './functions-runtime.js';
import { descendants, find, parseXml, type XmlElement } from './xml.js';

// office-addin-manifest comes with office-addin-debugging, which reads the manifest with it
// before sideloading.
const officeAddinManifest = createRequire(import.meta.url)('office-addin-manifest') as {
  OfficeAddinManifest: {
    readManifestFile(path: string): Promise<{ id?: string; hosts?: string[] }>;
  };
  getOfficeAppsForManifestHosts(hosts?: string[]): string[];
};
const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const developmentXml = readFileSync(new URL('manifest.xml', DIST), 'utf8');

/** Elements of a task pane add-in manifest, in the order the schema's sequence requires. */
const TOP_LEVEL_ORDER = [
  'Id',
  'Version',
  'ProviderName',
  'DefaultLocale',
  'DisplayName',
  'Description',
  'IconUrl',
  'HighResolutionIconUrl',
  'SupportUrl',
  'AppDomains',
  'Hosts',
  'Requirements',
  'DefaultSettings',
  'Permissions',
  'VersionOverrides',
];
/** The resource list each kind of element takes its `resid` from. */
const RESOURCE_KIND: Readonly<Record<string, string>> = {
  'bt:Image': 'bt:Images',
  SourceLocation: 'bt:Urls',
  Runtime: 'bt:Urls',
  FunctionFile: 'bt:Urls',
  LearnMoreUrl: 'bt:Urls',
  Namespace: 'bt:ShortStrings',
  Label: 'bt:ShortStrings',
  Title: 'bt:ShortStrings',
  Description: 'bt:LongStrings',
};
/** Maximum lengths of resource strings in the add-in only manifest reference. */
const MAXIMUM_LENGTH: Readonly<Record<string, number>> = {
  'bt:ShortStrings': 125,
  'bt:LongStrings': 250,
};

let manifest: XmlElement;
let overrides: XmlElement;
let host: XmlElement;

function at(element: XmlElement, path: string): XmlElement {
  const found = find(element, path);
  if (found === undefined) throw new Error(`manifest.xml has no ${element.name}/${path}`);
  return found;
}

/** Maps each resource id of one list (`bt:Urls`, ...) to its `DefaultValue`. */
function resources(kind: string): Map<string, string> {
  const entries = at(overrides, `Resources/${kind}`).children;
  return new Map(
    entries.map((entry) => [entry.attributes.id ?? '', entry.attributes.DefaultValue ?? '']),
  );
}

function resourceOf(kind: string, element: XmlElement): string | undefined {
  return resources(kind).get(element.attributes.resid ?? '');
}

beforeAll(async () => {
  manifest = await parseXml(developmentXml);
  overrides = at(manifest, 'VersionOverrides');
  host = at(overrides, 'Hosts/Host');
});

describe('manifest.xml', () => {
  it('rejects XML that is not well-formed', async () => {
    await expect(parseXml('<OfficeApp><Id></OfficeApp>')).rejects.toThrow();
  });

  it('is a task pane add-in', () => {
    expect(manifest.name).toBe('OfficeApp');
    expect(manifest.attributes['xsi:type']).toBe('TaskPaneApp');
  });

  it('orders top-level elements as the schema does', () => {
    const names = manifest.children.map((child) => child.name);
    const known = names.filter((name) => TOP_LEVEL_ORDER.includes(name));
    const sorted = [...known].sort(
      (a, b) => TOP_LEVEL_ORDER.indexOf(a) - TOP_LEVEL_ORDER.indexOf(b),
    );
    expect(known).toEqual(sorted);
    expect(names).toEqual(known);
  });

  it('has a GUID id', () => {
    expect(at(manifest, 'Id').text).toMatch(GUID);
  });

  it('has the basic settings', () => {
    expect(at(manifest, 'Version').text).toMatch(/^\d+(\.\d+){0,3}$/);
    expect(at(manifest, 'ProviderName').text).not.toBe('');
    expect(at(manifest, 'DefaultLocale').text).toMatch(/^[a-z]{2}-[A-Z]{2}$/);
    expect(at(manifest, 'DisplayName').attributes.DefaultValue).toBe('CS Comp');
    expect(at(manifest, 'Description').attributes.DefaultValue?.length).toBeLessThanOrEqual(250);
    expect(at(manifest, 'IconUrl').attributes.DefaultValue).toBeDefined();
    expect(at(manifest, 'HighResolutionIconUrl').attributes.DefaultValue).toBeDefined();
    expect(at(manifest, 'SupportUrl').attributes.DefaultValue).toBeDefined();
    expect(at(manifest, 'DefaultSettings/SourceLocation').attributes.DefaultValue).toBeDefined();
  });

  it('targets workbooks', () => {
    expect(at(manifest, 'Hosts/Host').attributes.Name).toBe('Workbook');
    expect(host.attributes['xsi:type']).toBe('Workbook');
    expect(overrides.attributes['xsi:type']).toBe('VersionOverridesV1_0');
  });

  it('requires the custom functions and shared runtimes', () => {
    const sets = at(manifest, 'Requirements/Sets').children;
    const version = (name: string) => sets.find((set) => set.attributes.Name === name)?.attributes;
    // CustomFunctions.Error with the #DIV/0! code needs CustomFunctionsRuntime 1.3.
    expect(Number(version('CustomFunctionsRuntime')?.MinVersion)).toBeGreaterThanOrEqual(1.3);
    expect(Number(version('SharedRuntime')?.MinVersion)).toBeGreaterThanOrEqual(1.1);
  });

  it('declares one long-lived runtime', () => {
    const runtimes = at(host, 'Runtimes').children;
    expect(runtimes).toHaveLength(1);
    expect(runtimes[0]?.attributes.lifetime).toBe('long');
  });

  it('declares the custom functions', () => {
    const functions = at(host, 'AllFormFactors/ExtensionPoint');
    expect(functions.attributes['xsi:type']).toBe('CustomFunctions');
    expect(resourceOf('bt:Urls', at(functions, 'Script/SourceLocation'))).toMatch(
      /\/functions\.js$/,
    );
    expect(resourceOf('bt:Urls', at(functions, 'Metadata/SourceLocation'))).toMatch(
      /\/functions\.json$/,
    );
    expect(resourceOf('bt:Urls', at(functions, 'Page/SourceLocation'))).toMatch(
      /\/taskpane\.html$/,
    );
  });

  it('uses namespace CS', () => {
    const namespace = at(host, 'AllFormFactors/ExtensionPoint/Namespace');
    expect(resourceOf('bt:ShortStrings', namespace)).toBe(NAMESPACE);
    expect(NAMESPACE).toBe('CS');
  });

  it('shares one page for every part', () => {
    const page = at(host, 'Runtimes/Runtime').attributes.resid;
    const button = at(host, 'DesktopFormFactor/ExtensionPoint/OfficeTab/Group/Control');
    expect(at(host, 'AllFormFactors/ExtensionPoint/Page/SourceLocation').attributes.resid).toBe(
      page,
    );
    expect(at(host, 'DesktopFormFactor/FunctionFile').attributes.resid).toBe(page);
    expect(at(button, 'Action/SourceLocation').attributes.resid).toBe(page);
    expect(resources('bt:Urls').get(page ?? '')).toBe(
      at(manifest, 'DefaultSettings/SourceLocation').attributes.DefaultValue,
    );
  });

  it('has a ribbon button that opens the task pane', () => {
    const surface = at(host, 'DesktopFormFactor/ExtensionPoint');
    const button = at(surface, 'OfficeTab/Group/Control');
    expect(surface.attributes['xsi:type']).toBe('PrimaryCommandSurface');
    expect(button.attributes['xsi:type']).toBe('Button');
    expect(at(button, 'Action').attributes['xsi:type']).toBe('ShowTaskpane');
    expect(at(button, 'Action/TaskpaneId').text).not.toBe('');
    expect(resourceOf('bt:ShortStrings', at(button, 'Label'))).toBeDefined();
    const sizes = at(button, 'Icon').children.map((image) => image.attributes.size);
    expect(sizes).toEqual(['16', '32', '80']);
  });

  it('resolves every resid in the right list', () => {
    const unresolved = descendants(overrides)
      .filter((element) => element.attributes.resid !== undefined)
      .filter((element) => {
        const kind = RESOURCE_KIND[element.name];
        return kind === undefined || resourceOf(kind, element) === undefined;
      })
      .map((element) => `${element.name} resid="${element.attributes.resid}"`);
    expect(unresolved).toEqual([]);
  });

  it('has unique resource ids', () => {
    const ids = descendants(at(overrides, 'Resources'))
      .map((element) => element.attributes.id)
      .filter((id) => id !== undefined);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('keeps resource strings within their limits', () => {
    for (const [kind, maximum] of Object.entries(MAXIMUM_LENGTH)) {
      for (const [id, text] of resources(kind)) {
        expect(text.length, id).toBeLessThanOrEqual(maximum);
        expect(text, id).not.toBe('');
      }
    }
  });

  it('uses https for every URL', () => {
    const urls = descendants(manifest)
      .flatMap((element) => Object.entries(element.attributes))
      .filter(([name, value]) => !name.startsWith('xmlns') && /^[a-z]+:\/\//i.test(value))
      .map(([, value]) => value);
    expect(urls.length).toBeGreaterThan(0);
    expect(urls.filter((url) => !url.startsWith('https://'))).toEqual([]);
  });

  it('reads back with office-addin-manifest', async () => {
    const path = fileURLToPath(new URL('manifest.xml', DIST));
    const info = await officeAddinManifest.OfficeAddinManifest.readManifestFile(path);
    expect(info.id).toBe(at(manifest, 'Id').text);
    expect(officeAddinManifest.getOfficeAppsForManifestHosts(info.hosts)).toEqual(['excel']);
  });

  it('points every URL at a built file', () => {
    const missing = descendants(manifest)
      .map((element) => element.attributes.DefaultValue ?? '')
      .filter((value) => value.startsWith(DEVELOPMENT_BASE_URL))
      .map((url) => url.slice(DEVELOPMENT_BASE_URL.length))
      .filter((file) => !existsSync(new URL(file, DIST)));
    expect(missing).toEqual([]);
  });
});

describe('production manifest', () => {
  const baseUrl = 'https://addins.example.com/cs-comp/';

  it('moves every URL under the base', async () => {
    const production = await parseXml(manifestForBaseUrl(developmentXml, baseUrl));
    const urls = descendants(production)
      .map((element) => element.attributes.DefaultValue ?? '')
      .filter((value) => value.includes('://'));
    expect(urls.length).toBeGreaterThan(0);
    expect(urls.filter((url) => !url.startsWith(baseUrl))).toEqual([]);
  });

  it('keeps everything but the URLs', async () => {
    const production = manifestForBaseUrl(developmentXml, baseUrl);
    const restored = production.replaceAll(baseUrl, DEVELOPMENT_BASE_URL);
    expect(await parseXml(restored)).toEqual(manifest);
  });

  it('mentions localhost nowhere', () => {
    expect(manifestForBaseUrl(developmentXml, baseUrl)).not.toContain('localhost');
  });

  it.each([
    ['http://addins.example.com/', /https/],
    ['https://addins.example.com', /end it with "\/"/],
    ['https://addins.example.com/?v=2', /query or fragment/],
    ['addins.example.com/', /not a URL/],
  ])('rejects base URL %s', (url, message) => {
    expect(() => manifestForBaseUrl(developmentXml, url)).toThrow(message);
  });
});
