import { readFile } from 'node:fs/promises';
import { SAMPLE_FILES, type SampleTexts } from '../sample.js';

/** The folder of the sample CSV files, data/sample/ at the repository root. */
export const SAMPLE_FOLDER = new URL('../../data/sample/', import.meta.url);

/** Reads every sample CSV file. */
export async function readSampleTexts(): Promise<SampleTexts> {
  const entries = await Promise.all(
    SAMPLE_FILES.map(async ({ file }) => [
      file,
      await readFile(new URL(file, SAMPLE_FOLDER), 'utf8'),
    ]),
  );
  return Object.fromEntries(entries) as SampleTexts;
}
