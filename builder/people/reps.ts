import { parseIsoDate, roundMoney } from '../../core/index.js';
import { fieldValues, hasFields } from '../data/columns.js';
import type { DataMapping } from '../data/mapping.js';
import type { CellValue } from '../port.js';

/** A rep to pay: name as the data spells it, role in the plan, and proration dates. */
export interface Rep {
  readonly name: string;
  readonly role: string;
  /** Variable pay at 100 % for the period, before proration; `undefined` until entered. */
  readonly targetIncentive: number | undefined;
  /** First day employed, ISO text, when the rep joined during the period. */
  readonly employedFrom?: string;
  /** Last day employed, ISO text, when the rep left during the period. */
  readonly employedTo?: string;
}

/** The measurement period, first and last day as ISO text. */
export interface Period {
  readonly start: string;
  readonly end: string;
}

/**
 * Lists the distinct owners of the accounts sheet as reps, in order of first appearance,
 * trimmed and matched ignoring case, with a role and no target incentive yet.
 */
export function repsFromOwners(owners: readonly CellValue[], role: string): Rep[] {
  const seen = new Set<string>();
  const reps: Rep[] = [];
  for (const owner of owners) {
    const name = String(owner).trim();
    if (name === '' || seen.has(name.toLowerCase())) continue;
    seen.add(name.toLowerCase());
    reps.push({ name, role, targetIncentive: undefined });
  }
  return reps;
}

/**
 * Reads reps from the roster sheet. The target incentive is the roster's own when mapped,
 * else OTE × variable share for one period: an annual OTE of 120,000 at 20 % variable pays a
 * quarterly target incentive of 6,000.
 */
export function repsFromRoster(
  mapping: DataMapping,
  sheets: ReadonlyMap<string, readonly (readonly CellValue[])[]>,
  period: Period,
  defaultRole: string,
): Rep[] {
  const column = (field: string): readonly CellValue[] =>
    hasFields(mapping, 'roster', field)
      ? fieldValues(mapping, sheets, { source: 'roster', field })
      : [];
  const names = column('rep');
  const roles = column('role');
  const incentives = column('targetIncentive');
  const ote = column('ote');
  const mix = column('payMix');
  const from = column('employedFrom');
  const to = column('employedTo');

  const reps: Rep[] = [];
  names.forEach((cell, index) => {
    const name = String(cell).trim();
    if (name === '') return;
    const role = String(roles[index] ?? '').trim() || defaultRole;
    const own = toNumber(incentives[index]);
    const fromOte = (toNumber(ote[index]) * toFraction(mix[index])) / periodsPerYear(period);
    const targetIncentive = Number.isFinite(own) ? own : fromOte;
    reps.push({
      name,
      role,
      targetIncentive: Number.isFinite(targetIncentive) ? roundMoney(targetIncentive) : undefined,
      ...optionalDate('employedFrom', from[index]),
      ...optionalDate('employedTo', to[index]),
    });
  });
  return reps;
}

/**
 * Counts how many periods of this length fit in a year. For whole calendar months it is 12
 * divided by the months (4 for a quarter, 12 for February). Other periods count 365.25 days
 * divided by their days, rounded (4 for 15 Jan to 14 Apr). Returns `NaN` for an invalid period.
 */
export function periodsPerYear(period: Period): number {
  const start = parseIsoDate(period.start);
  const end = parseIsoDate(period.end);
  if (start === undefined || end === undefined || end < start) return Number.NaN;
  const [startYear, startMonth, startDay] = period.start.split('-').map(Number) as number[];
  const [endYear, endMonth, endDay] = period.end.split('-').map(Number) as number[];
  const monthEnd = new Date(Date.UTC(endYear ?? 0, endMonth ?? 0, 0)).getUTCDate();
  if (startDay === 1 && endDay === monthEnd) {
    const months =
      ((endYear ?? 0) - (startYear ?? 0)) * 12 + (endMonth ?? 0) - (startMonth ?? 0) + 1;
    return 12 / months;
  }
  return Math.max(1, Math.round(365.25 / (end - start + 1)));
}

function toNumber(value: CellValue | undefined): number {
  if (typeof value === 'number') return value;
  if (typeof value !== 'string' || value.trim() === '') return Number.NaN;
  return Number(value.replace(/[$,\s]/g, ''));
}

/** Reads a variable share written as 0.2, 20 % or an 80/20 mix. */
function toFraction(value: CellValue | undefined): number {
  if (typeof value === 'string') {
    const mix = /^\s*(\d+)\s*\/\s*(\d+)\s*$/.exec(value);
    if (mix !== null) return Number(mix[2]) / (Number(mix[1]) + Number(mix[2]));
    if (value.trim().endsWith('%')) return toNumber(value.replace('%', '')) / 100;
  }
  return toNumber(value);
}

function optionalDate(key: 'employedFrom' | 'employedTo', value: CellValue | undefined) {
  if (typeof value !== 'string' || parseIsoDate(value) === undefined) return {};
  return { [key]: value.trim() };
}
