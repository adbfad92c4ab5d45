import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { catalogue } from '../core/index.js';
import { helpPage } from './help.js';
import { drawIcon, ICON_SIZES } from './icons.js';
import { generateMetadata } from './metadata.js';

const SOURCE = fileURLToPath(new URL('.', import.meta.url));
const OUT = fileURLToPath(new URL('../dist/excel/', import.meta.url));

/**
 * Writes the Excel add-in to `dist/excel/`: functions.json generated from the catalogue, the
 * functions script that associates every id, the task pane page, its script and styles, the
 * development manifest, a help page and the icons. A web server serves that folder as it is.
 */
export async function buildExcel(): Promise<void> {
  await rm(OUT, { recursive: true, force: true });
  await mkdir(OUT + 'assets', { recursive: true });

  const metadata = generateMetadata(catalogue);
  await Promise.all([
    bundleScripts(),
    writeFile(OUT + 'functions.json', `${JSON.stringify(metadata, null, 2)}\n`),
    copy('manifest.xml', 'manifest.xml'),
    copy('taskpane/taskpane.html', 'taskpane.html'),
    copy('taskpane/taskpane.css', 'taskpane.css'),
    writeFile(OUT + 'help.html', helpPage(catalogue)),
    ...ICON_SIZES.map((size) => writeFile(OUT + `assets/icon-${size}.png`, drawIcon(size))),
  ]);
}

/**
 * Bundles functions.js and taskpane.js as classic scripts, since the page loads them with
 * plain script tags after office.js. Target es2020 suits the webviews that support the
 * shared runtime (Edge WebView2 on Windows, Safari on Mac, browsers for Excel on the web).
 */
async function bundleScripts(): Promise<void> {
  await build({
    entryPoints: {
      functions: SOURCE + 'functions.ts',
      taskpane: SOURCE + 'taskpane/taskpane.ts',
    },
    outdir: OUT,
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: 'es2020',
    charset: 'utf8',
    sourcemap: 'linked',
    legalComments: 'none',
    logLevel: 'warning',
  });
}

async function copy(from: string, to: string): Promise<void> {
  await writeFile(OUT + to, await readFile(SOURCE + from));
}
