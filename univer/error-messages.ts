/** A formula cell, as Univer's formula engine identifies it while it computes. */
export interface CellPosition {
  readonly unitId: string;
  readonly sheetId: string;
  /** 0-based row index. */
  readonly row: number;
  /** 0-based column index. */
  readonly column: number;
}

/** The reason a CS function returned an error value in a cell. */
export interface CellErrorMessage {
  readonly functionName: string;
  /** The error value the cell shows, such as `#DIV/0!`. */
  readonly errorType: string;
  readonly message: string;
}

/**
 * The message of the last error each CS function returned, by formula cell. Univer 0.25 keeps
 * only the error type in the cell and drops the text, so the headless reader and the browser
 * panel look the message up here.
 */
export class CellErrorMessages {
  private readonly messages = new Map<string, CellErrorMessage>();

  /** Stores the outcome of one call: an error message, or `undefined` after a success. */
  record(position: CellPosition, functionName: string, error: CellErrorMessage | undefined): void {
    const key = keyOf(position);
    if (error !== undefined) {
      this.messages.set(key, error);
      return;
    }
    // Another CS function in the same cell may have failed; keep its message.
    if (this.messages.get(key)?.functionName === functionName) this.messages.delete(key);
  }

  /**
   * Finds the message for a cell showing `errorType`. A stored message whose error type differs
   * is stale, because the cell was recomputed or overwritten since.
   */
  find(position: CellPosition, errorType: string): CellErrorMessage | undefined {
    const message = this.messages.get(keyOf(position));
    return message?.errorType === errorType ? message : undefined;
  }
}

function keyOf(position: CellPosition): string {
  return `${position.unitId}\u0000${position.sheetId}\u0000${position.row}\u0000${position.column}`;
}
