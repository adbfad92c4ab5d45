import { copyFile, mkdir, rm } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { writeDemoWorkbook } from './build-demo.js';

const SOURCE = fileURLToPath(new URL('browser/', import.meta.url));
/** The folder `npm start` serves: index.html, main.js and main.css. */
export const UNIVER_DIST = fileURLToPath(new URL('../dist/univer/', import.meta.url));

/**
 * Writes the local workbook page to `dist/univer/`: Univer, the CS functions and the sample
 * CSV files bundled into one script and one style sheet, so the page requests nothing but
 * these files from its own server. Beside them, `ravenstack.json` contains the workbook of
 * `npm run demo`, which the page opens with `?workbook=ravenstack`.
 */
export async function buildUniver(): Promise<void> {
  await rm(UNIVER_DIST, { recursive: true, force: true });
  await mkdir(UNIVER_DIST, { recursive: true });
  await Promise.all([
    bundlePage(),
    copyFile(SOURCE + 'index.html', UNIVER_DIST + 'index.html'),
    writeDemoWorkbook(UNIVER_DIST),
  ]);
}

/**
 * Bundles the page. Univer's ES modules and React need `process.env.NODE_ENV` replaced.
 * Minified, the script is about 11 MB with Univer 0.25.1. License comments of the bundled
 * packages go to main.js.LEGAL.txt beside it.
 */
async function bundlePage(): Promise<void> {
  await build({
    entryPoints: { main: SOURCE + 'main.ts' },
    outdir: UNIVER_DIST,
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: 'es2020',
    minify: true,
    charset: 'utf8',
    loader: { '.csv': 'text' },
    define: { 'process.env.NODE_ENV': '"production"' },
    legalComments: 'external',
    logLevel: 'warning',
  });
}
