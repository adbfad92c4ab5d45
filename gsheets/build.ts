import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { catalogue } from '../core/index.js';
import { entryPoints } from './entry-points.js';
import { BUNDLE_GLOBAL, SCRIPT_FILES, SIDEBAR_FILE } from './files.js';
import { inlineSidebarPage } from './generate/sidebar-page.js';
import { customFunctionStubs, entryPointStubs } from './generate/stubs.js';

const SOURCE = fileURLToPath(new URL('.', import.meta.url));
const OUT = fileURLToPath(new URL('../dist/gsheets/', import.meta.url));
const [BUNDLE_FILE, ENTRY_POINTS_FILE, CUSTOM_FUNCTIONS_FILE] = SCRIPT_FILES;

/**
 * Writes the pushable Apps Script project to `dist/gsheets/`: the manifest, the core and adapter
 * bundle under one global, the generated top-level stubs, and the sidebar page with its script
 * and styles inlined. `clasp push` sends that folder as it is.
 */
export async function buildGsheets(): Promise<void> {
  await rm(OUT, { recursive: true, force: true });
  await mkdir(OUT, { recursive: true });

  const [bundle, sidebarScript] = await Promise.all([
    bundleScript('server/index.ts', { globalName: BUNDLE_GLOBAL, platform: 'neutral' }),
    bundleScript('sidebar/main.ts', { platform: 'browser', minify: true }),
  ]);
  const page = inlineSidebarPage(
    await readFile(SOURCE + 'sidebar/page.html', 'utf8'),
    await readFile(SOURCE + 'sidebar/styles.css', 'utf8'),
    sidebarScript,
  );

  await Promise.all([
    writeFile(OUT + 'appsscript.json', await readFile(SOURCE + 'appsscript.json', 'utf8')),
    writeFile(OUT + BUNDLE_FILE, bundle),
    writeFile(OUT + ENTRY_POINTS_FILE, entryPointStubs(entryPoints)),
    writeFile(OUT + CUSTOM_FUNCTIONS_FILE, customFunctionStubs(catalogue)),
    writeFile(OUT + `${SIDEBAR_FILE}.html`, page),
  ]);
}

/**
 * Bundles one entry as a classic script for V8 without modules. Target es2019 lowers class
 * fields, which Apps Script rejects, and leaves the rest of the syntax as written.
 */
async function bundleScript(
  entry: string,
  options: { globalName?: string; platform: 'neutral' | 'browser'; minify?: boolean },
): Promise<string> {
  const result = await build({
    entryPoints: [SOURCE + entry],
    bundle: true,
    format: 'iife',
    target: 'es2019',
    charset: 'utf8',
    legalComments: 'none',
    write: false,
    ...options,
  });
  return result.outputFiles[0]!.text;
}
