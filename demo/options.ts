import { parseIsoDate } from '../core/index.js';
import { nextPeriod } from './periods.js';

/** Options of `npm run demo`. */
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

/** Help text for `npm run demo -- --help`, with the defaults. */
export const USAGE = [
  'Usage: npm run demo -- [--data DIR] [--period-start DATE] [--period-end DATE] [--out FILE]',
  '',
  `  --data DIR           folder of CSV exports, found by their headers (default ${DEFAULT_OPTIONS.dataDir})`,
  `  --period-start DATE  first day of the first quarter, ISO (default ${DEFAULT_OPTIONS.periodStart})`,
  `  --period-end DATE    last day of that quarter, ISO (default ${DEFAULT_OPTIONS.periodEnd})`,
  `  --out FILE           CSV with one row per CSM for the last period (default ${DEFAULT_OPTIONS.out})`,
  '',
  'The period must be three whole calendar months, because the roster states a quarterly',
  'target incentive. The demo then moves to the quarter after it, when the data reaches it.',
].join('\n');

/** Tells whether the arguments ask for help. */
export function wantsHelp(args: readonly string[]): boolean {
  return args.includes('--help') || args.includes('-h');
}

/** Reads `--data DIR --period-start DATE --period-end DATE --out FILE`, each optional. */
export function parseOptions(args: readonly string[]): DemoOptions {
  const options: Record<keyof DemoOptions, string> = { ...DEFAULT_OPTIONS };
  const given = new Set<string>();
  for (let index = 0; index < args.length; index += 2) {
    const [flag, value] = [args[index] ?? '', args[index + 1]];
    const key = FLAGS[flag.split('=')[0] ?? ''];
    const inline = flag.includes('=') ? flag.slice(flag.indexOf('=') + 1) : undefined;
    if (key === undefined) {
      throw new Error(`Unknown option ${flag}. Run npm run demo -- --help for the options.`);
    }
    if (inline !== undefined) index -= 1;
    const text = inline ?? value;
    if (text === undefined || text === '') throw new Error(`Option ${flag} needs a value.`);
    options[key] = text;
    given.add(key);
  }
  for (const key of ['periodStart', 'periodEnd'] as const) {
    if (parseIsoDate(options[key]) === undefined) {
      throw new Error(
        `--${key === 'periodStart' ? 'period-start' : 'period-end'} is "${options[key]}", which is not a date. Enter an ISO date such as 2024-07-01.`,
      );
    }
  }
  const label = (key: 'periodStart' | 'periodEnd', flag: string) =>
    given.has(key) ? flag : `the default ${flag}`;
  if (options.periodStart > options.periodEnd) {
    throw new Error(
      `${label('periodEnd', '--period-end')} (${options.periodEnd}) is before ` +
        `${label('periodStart', '--period-start')} (${options.periodStart}). Give both dates.`,
    );
  }
  if (!isQuarterLong(options.periodStart, options.periodEnd)) {
    throw new Error(
      `The period ${options.periodStart} to ${options.periodEnd} is not three whole calendar ` +
        `months. The roster states a quarterly target incentive, so give a quarter, such as ` +
        `--period-start 2024-04-01 --period-end 2024-06-30.`,
    );
  }
  return options;
}

function isQuarterLong(start: string, end: string): boolean {
  const following = nextPeriod({ start, end });
  const months = monthsBetween(start, following.start);
  return start.endsWith('-01') && months === 3;
}

function monthsBetween(start: string, next: string): number {
  const [startYear, startMonth] = start.split('-').map(Number) as [number, number];
  const [nextYear, nextMonth] = next.split('-').map(Number) as [number, number];
  return (nextYear - startYear) * 12 + nextMonth - startMonth;
}
