/** One measured figure of the benchmark, printed and written to docs/benchmarks.md. */
export interface BenchFigure {
  /** Name of the measured run, such as "payouts, 5,000 reps × 6 components (core)". */
  readonly name: string;
  /** Data rows processed in the measured run. */
  readonly rows: number;
  /** Median wall-clock time of the measured runs, in milliseconds. */
  readonly milliseconds: number;
  /** Anything a reader needs to interpret the figure, such as a ratio to another figure. */
  readonly note?: string;
}
