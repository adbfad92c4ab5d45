/**
 * Runs every benchmark in this process and writes the figures to docs/benchmarks.md. Each
 * figure is the median of five timed runs after a warm-up; peak memory is the largest resident
 * set size seen while the benchmarks ran.
 */
import { existsSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import os from 'node:os';
import { benchCore } from './core.js';
import type { BenchFigure } from './figures.js';

type Bench = () => Promise<BenchFigure[]>;

const hostBenches: [string, string, string][] = [
  ['Google Sheets bundle in a vm host', './gsheets.js', 'benchGsheets'],
  ['Excel bundle in a vm host', './excel.js', 'benchExcel'],
  ['Univer engine', './univer.js', 'benchUniver'],
];

let peakRss = process.memoryUsage().rss;
const sampler = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage().rss)), 20);

const sections: [string, BenchFigure[]][] = [['Core', await benchCore()]];
for (const [title, path, exported] of hostBenches) {
  if (!existsSync(new URL(path.replace('.js', '.ts'), import.meta.url))) continue;
  const module = (await import(path)) as Record<string, Bench>;
  const bench = module[exported];
  if (bench !== undefined) sections.push([title, await bench()]);
}
clearInterval(sampler);
peakRss = Math.max(peakRss, process.memoryUsage().rss);

const page = render(sections, peakRss);
await mkdir(new URL('../docs/', import.meta.url), { recursive: true });
await writeFile(new URL('../docs/benchmarks.md', import.meta.url), page);
console.log(page);

function render(groups: [string, BenchFigure[]][], rss: number): string {
  const lines = [
    '# Benchmarks',
    '',
    `Measured by \`npm run bench\` on ${new Date().toISOString().slice(0, 10)}: Node ${process.version}, ` +
      `${os.cpus().length} × ${os.cpus()[0]?.model ?? 'unknown CPU'}, ${Math.round(os.totalmem() / 2 ** 30)} GiB. ` +
      'Each time is the median of five runs after a warm-up run, in one process.',
    '',
  ];
  for (const [title, figures] of groups) {
    lines.push(
      `## ${title}`,
      '',
      '| what | rows | median time | rows per second | note |',
      '| --- | ---: | ---: | ---: | --- |',
    );
    for (const figure of figures) {
      const perSecond = Math.round((figure.rows / figure.milliseconds) * 1000).toLocaleString(
        'en-US',
      );
      lines.push(
        `| ${figure.name} | ${figure.rows.toLocaleString('en-US')} | ${figure.milliseconds.toFixed(1)} ms | ${perSecond} | ${figure.note ?? ''} |`,
      );
    }
    lines.push('');
  }
  lines.push(
    `Peak resident memory of the benchmark process: ${Math.round(rss / 2 ** 20)} MiB.`,
    '',
  );
  return lines.join('\n');
}
