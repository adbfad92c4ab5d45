import { parseIsoDate } from '../core/index.js';

/** What `npm run demo` was asked to do. */
export interface DemoOptions {
  /** Folder of CSV exports, found by their headers. */
  readonly dataDir: string;
  /** First and last day of the first period, ISO text. */
  readonly periodStart: string;
  readonly periodEnd: string;
  /** CSV file that receives one row per CSM. */
  readonly out: string;
}

export const DEFAULT_OPTIONS: DemoOptions = {
  dataDir: 'data/ravenstack',
  periodStart: '2024-07-01',
  periodEnd: '2024-09-30',
  out: 'demo-out/payouts.csv',
};

const FLAGS: Record<string, keyof DemoOptions> = {
  '--data': 'dataDir',
  '--period-start': 'periodStart',
  '--period-end': 'periodEnd',
  '--out': 'out',
};

/** Reads `--data DIR --period-start DATE --period-end DATE --out FILE`, each optional. */
export function parseOptions(args: readonly string[]): DemoOptions {
  const options: Record<keyof DemoOptions, string> = { ...DEFAULT_OPTIONS };
  for (let index = 0; index < args.length; index += 2) {
    const [flag, value] = [args[index] ?? '', args[index + 1]];
    const key = FLAGS[flag.split('=')[0] ?? ''];
    const inline = flag.includes('=') ? flag.slice(flag.indexOf('=') + 1) : undefined;
    if (key === undefined) {
      throw new Error(`Unknown option ${flag}. Options: ${Object.keys(FLAGS).join(', ')}.`);
    }
    if (inline !== undefined) index -= 1;
    const given = inline ?? value;
    if (given === undefined || given === '') throw new Error(`Option ${flag} needs a value.`);
    options[key] = given;
  }
  for (const key of ['periodStart', 'periodEnd'] as const) {
    if (parseIsoDate(options[key]) === undefined) {
      throw new Error(
        `--${key === 'periodStart' ? 'period-start' : 'period-end'} is "${options[key]}"; enter an ISO date such as 2024-07-01.`,
      );
    }
  }
  if (options.periodStart > options.periodEnd) {
    throw new Error(
      `--period-end (${options.periodEnd}) is before --period-start (${options.periodStart}).`,
    );
  }
  return options;
}
