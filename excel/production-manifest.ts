/**
 * Writes the manifest for a production host from the development manifest.
 * Usage: npx tsx excel/production-manifest.ts https://addins.example.com/cs-comp/ [output.xml]
 * Without an output path the manifest goes to standard output.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { manifestForBaseUrl } from './manifest.js';

const [baseUrl, outputPath] = process.argv.slice(2);
if (baseUrl === undefined) {
  console.error(
    'Usage: npx tsx excel/production-manifest.ts <https base URL ending in /> [output]',
  );
  process.exit(2);
}

const developmentXml = await readFile(new URL('./manifest.xml', import.meta.url), 'utf8');
let productionXml: string;
try {
  productionXml = manifestForBaseUrl(developmentXml, baseUrl);
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(2);
}
if (outputPath === undefined) {
  process.stdout.write(productionXml);
} else {
  await writeFile(outputPath, productionXml);
  console.error(`Wrote ${outputPath} for ${baseUrl}`);
}
