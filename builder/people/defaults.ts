import { fieldValues, hasFields } from '../data/columns.js';
import type { DataMapping } from '../data/mapping.js';
import type { CellValue } from '../port.js';
import { repsFromOwners, repsFromRoster, type Period, type Rep } from './reps.js';

/** Sources of the starting reps: the mapping, the sheets read so far and the period. */
export interface RepSources {
  readonly mapping: DataMapping;
  readonly rows: ReadonlyMap<string, readonly (readonly CellValue[])[]>;
  readonly period: Period;
}

/** Reads reps from the roster sheet, with `role` for rows that name none. */
export function rosterReps(sources: RepSources, role: string): Rep[] {
  return repsFromRoster(sources.mapping, sources.rows, sources.period, role);
}

/** Starts reps from the distinct owners of the accounts sheet, all with `role`. */
export function ownerReps(sources: RepSources, role: string): Rep[] {
  const owners = fieldValues(sources.mapping, sources.rows, { source: 'accounts', field: 'owner' });
  return repsFromOwners(owners, role);
}

/** Picks the starting reps: the roster when one is mapped, else the owners, else none. */
export function startingReps(sources: RepSources, role: string): Rep[] {
  if (hasFields(sources.mapping, 'roster', 'rep')) return rosterReps(sources, role);
  if (hasFields(sources.mapping, 'accounts', 'owner')) return ownerReps(sources, role);
  return [];
}
