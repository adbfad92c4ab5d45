/** The spreadsheet error a failed cell function maps to in each host. */
export type CellErrorKind = 'value' | 'divisionByZero' | 'notAvailable';

/**
 * A failure of a cell function on the data it was given. Excel shows `value` as `#VALUE!`,
 * `divisionByZero` as `#DIV/0!` and `notAvailable` as `#N/A`; Sheets shows each as `#ERROR!`
 * with the message.
 */
export class CellError extends Error {
  readonly kind: CellErrorKind;

  constructor(kind: CellErrorKind, message: string) {
    super(message);
    this.name = 'CellError';
    this.kind = kind;
  }
}

/** Tells whether a thrown value is a `CellError`, also across bundles and `vm` contexts. */
export function isCellError(error: unknown): error is CellError {
  return (
    error instanceof Error &&
    error.name === 'CellError' &&
    typeof (error as Partial<CellError>).kind === 'string'
  );
}

export function valueError(message: string): CellError {
  return new CellError('value', message);
}

export function divisionByZero(message: string): CellError {
  return new CellError('divisionByZero', message);
}

export function notAvailable(message: string): CellError {
  return new CellError('notAvailable', message);
}
