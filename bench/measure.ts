import type { BenchFigure } from './figures.js';

/**
 * Times `run` several times after one warm-up run and returns the median, so one slow garbage
 * collection does not decide the figure.
 */
export async function measure(
  name: string,
  rows: number,
  run: () => unknown,
  repeats = 5,
  note?: string,
): Promise<BenchFigure> {
  await run();
  const times: number[] = [];
  for (let index = 0; index < repeats; index++) {
    const started = performance.now();
    await run();
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  const milliseconds = times[Math.floor(times.length / 2)] ?? Number.NaN;
  return note === undefined ? { name, rows, milliseconds } : { name, rows, milliseconds, note };
}
