import { mkdir, rm, stat, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { BUILDER_CSS } from './ui/styles.js';

const SOURCE = fileURLToPath(new URL('entries/', import.meta.url));
const OUT = fileURLToPath(new URL('../dist/builder/', import.meta.url));
const SHEETS_SIDEBAR = fileURLToPath(new URL('../dist/gsheets/sidebar.html', import.meta.url));
/** HtmlService serves the sidebar as one file; past this size it loads slowly in the 300 px pane. */
export const SIDEBAR_LIMIT_BYTES = 500 * 1024;

/**
 * Writes the builder to `dist/builder/`: `builder.js` (global `CsCompBuilder` with a mount
 * function per host), `builder.css`, and `sidebar.html`, the Sheets sidebar as one page with
 * the styles and script inlined. Prints the sidebar's size and fails above 500 KB.
 */
export async function buildBuilder(): Promise<void> {
  await rm(OUT, { recursive: true, force: true });
  await mkdir(OUT, { recursive: true });
  const [bundle, sidebarScript] = await Promise.all([
    bundleScript('bundle.ts', 'CsCompBuilder'),
    bundleScript('sidebar.ts'),
  ]);
  const page = sidebarPage(sidebarScript);
  const size = Buffer.byteLength(page, 'utf8');
  await Promise.all([
    writeFile(OUT + 'builder.js', bundle),
    writeFile(OUT + 'builder.css', BUILDER_CSS.trimStart()),
    writeFile(OUT + 'sidebar.html', page),
  ]);

  checkSidebarSize('dist/builder/sidebar.html', size);
  // The add-on serves the Sheets host's own sidebar page, which mounts the builder too. The
  // Sheets build runs first, so its page is checked here when it exists.
  const served = await stat(SHEETS_SIDEBAR).catch(() => undefined);
  if (served !== undefined) checkSidebarSize('dist/gsheets/sidebar.html', served.size);
}

function checkSidebarSize(file: string, size: number): void {
  const limit = SIDEBAR_LIMIT_BYTES / 1024;
  console.log(`${file}: ${(size / 1024).toFixed(1)} KB (limit ${limit} KB)`);
  if (size > SIDEBAR_LIMIT_BYTES) {
    throw new Error(`${file} is ${size} bytes, above the ${SIDEBAR_LIMIT_BYTES}-byte limit.`);
  }
}

/** Makes the Sheets sidebar page: styles and script inlined, nothing loaded from elsewhere. */
export function sidebarPage(script: string): string {
  if (/<\/script/i.test(script))
    throw new Error('The sidebar script contains "</script", which would end it early.');
  return [
    '<!doctype html>',
    '<html lang="en">',
    '<head><base target="_top" /><meta charset="utf-8" /><title>CS Comp plan builder</title></head>',
    '<body><main id="cs-builder"></main>',
    `<script>${script}</script>`,
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

/** Bundles one entry as a minified classic script for current browsers. */
async function bundleScript(entry: string, globalName?: string): Promise<string> {
  const result = await build({
    entryPoints: [SOURCE + entry],
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: 'es2020',
    minify: true,
    charset: 'utf8',
    legalComments: 'none',
    write: false,
    ...(globalName === undefined ? {} : { globalName }),
  });
  return result.outputFiles[0]?.text ?? '';
}
