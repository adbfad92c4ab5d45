import type { Plan } from '../../core/index.js';
import type { DataMapping } from '../data/mapping.js';
import type { Period, Rep } from '../people/reps.js';
import type { CellValue, SheetSummary, WorkbookPort } from '../port.js';
import type { ReopenedPlan } from '../reopen.js';

/** The builder's steps, in order. */
export const STEPS = [
  { id: 'data', label: 'Data' },
  { id: 'people', label: 'People' },
  { id: 'plan', label: 'Plan' },
  { id: 'preview', label: 'Preview' },
  { id: 'apply', label: 'Apply' },
] as const;

export type StepId = (typeof STEPS)[number]['id'];

/** Everything the screens show and edit. */
export interface BuilderState {
  readonly sheets: readonly SheetSummary[];
  /** Cells of the sheets read so far, by sheet name. */
  readonly rows: ReadonlyMap<string, CellValue[][]>;
  readonly mapping: DataMapping;
  readonly reps: readonly Rep[];
  readonly plan: Plan;
  readonly period: Period;
  readonly reopened?: ReopenedPlan;
}

type Listener = (state: BuilderState, changed: ReadonlySet<keyof BuilderState>) => void;

/** Builder state, with listeners notified of the parts that changed. */
export class Store {
  private listeners = new Set<Listener>();

  constructor(
    public state: BuilderState,
    readonly port: WorkbookPort,
  ) {}

  update(patch: Partial<BuilderState>): void {
    this.state = { ...this.state, ...patch };
    const changed = new Set(Object.keys(patch) as (keyof BuilderState)[]);
    for (const listener of this.listeners) listener(this.state, changed);
  }

  subscribe(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Reads a sheet once and keeps its cells for later steps. */
  async sheetRows(name: string): Promise<CellValue[][]> {
    const known = this.state.rows.get(name);
    if (known !== undefined) return known;
    const rows = await this.port.readSheet(name);
    this.update({ rows: new Map(this.state.rows).set(name, rows) });
    return rows;
  }
}

/** The calendar quarter that contains `today`, as a default measurement period. */
export function quarterOf(today: Date): Period {
  const year = today.getFullYear();
  const first = Math.floor(today.getMonth() / 3) * 3;
  const last = new Date(Date.UTC(year, first + 3, 0));
  const pad = (value: number) => String(value).padStart(2, '0');
  return {
    start: `${year}-${pad(first + 1)}-01`,
    end: `${year}-${pad(first + 3)}-${pad(last.getUTCDate())}`,
  };
}
