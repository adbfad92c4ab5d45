/** One cell as a host passes it after its adapter ran: blanks are `""`, `null` or `undefined`. */
export type SheetScalar = number | string | boolean | null | undefined;

/** A cell function argument: one cell, or a range as rows of cells. */
export type SheetArgument = SheetScalar | readonly (readonly SheetScalar[])[];

/**
 * A calendar date with no time and no time zone, counted in days since 1970-01-01
 * (`epochDay` 0 is 1970-01-01, 20089 is 2025-01-01).
 */
export interface CalendarDate {
  readonly kind: 'date';
  readonly epochDay: number;
}

/** One cell of a result. A blank result cell is `""`, never `null`. */
export type ResultScalar = number | string | boolean | CalendarDate;

/** Result of a cell function: one value, or rows of values that spill. */
export type SheetResult = ResultScalar | ResultScalar[][];

/** Origin of a value (function, argument, row), so a message can name it. */
export interface ValueSource {
  readonly functionName: string;
  readonly argument: string;
  /** 1-based row within the argument's range, counting a header row if there is one. */
  readonly row?: number;
}
