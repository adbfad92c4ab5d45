/** Header of each plan-table column, in the order the builder writes them. */
export const PLAN_COLUMNS = [
  'Role',
  'Component',
  'Metric',
  'Weight',
  'Direction',
  'Target',
  'Threshold',
  'Cap',
  'Curve',
  'Tiers',
  'Gate metric',
  'Gate minimum',
  'Modifier metric',
  'Modifier bands',
  'Modifier scope',
  'Cap timing',
] as const;

export type PlanColumn = (typeof PLAN_COLUMNS)[number];

/** The plan-table column of each field a validation path can name. */
export const COLUMN_OF_FIELD: Readonly<Record<string, PlanColumn>> = {
  role: 'Role',
  name: 'Component',
  metric: 'Metric',
  weight: 'Weight',
  direction: 'Direction',
  target: 'Target',
  threshold: 'Threshold',
  cap: 'Cap',
  mode: 'Curve',
  tiers: 'Tiers',
  gate: 'Gate metric',
  'gate.metric': 'Gate metric',
  'gate.minimum': 'Gate minimum',
  modifier: 'Modifier metric',
  'modifier.metric': 'Modifier metric',
  'modifier.bands': 'Modifier bands',
  'modifier.scope': 'Modifier scope',
  capTiming: 'Cap timing',
};

/** Converts a 0-based column index to spreadsheet letters: 0 → A, 27 → AB. */
export function columnLetters(index: number): string {
  let letters = '';
  for (let rest = index + 1; rest > 0; rest = Math.floor((rest - 1) / 26)) {
    letters = String.fromCharCode(65 + ((rest - 1) % 26)) + letters;
  }
  return letters;
}
