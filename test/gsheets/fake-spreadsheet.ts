/**
 * An in-memory stand-in for the parts of `SpreadsheetApp` the add-on uses. Every read and write
 * of cells is logged in `calls`, so tests can check batching: one `getValues` per read, one
 * `setValues` or `setFormulas` per write.
 */

type Cell = unknown;

interface Metadata {
  readonly key: string;
  readonly value: string;
  readonly sheet: FakeSheet;
}

export class FakeSpreadsheet {
  readonly sheets: FakeSheet[] = [];
  readonly calls: string[] = [];
  readonly metadata: Metadata[] = [];
  private nextId = 1;

  constructor(readonly timeZone: string) {}

  addSheet(name: string, cells: Cell[][] = []): FakeSheet {
    const sheet = new FakeSheet(this, name, this.nextId++, cells);
    this.sheets.push(sheet);
    return sheet;
  }

  getSpreadsheetTimeZone = () => this.timeZone;
  getSheets = () => [...this.sheets];
  getSheetByName = (name: string) => this.sheets.find((sheet) => sheet.name === name) ?? null;
  insertSheet = (name: string) => {
    this.calls.push(`insertSheet ${name}`);
    return this.addSheet(name);
  };
  createDeveloperMetadataFinder = () => {
    let key: string | undefined;
    const finder = {
      withKey: (wanted: string) => ((key = wanted), finder),
      find: () =>
        this.metadata
          .filter((entry) => key === undefined || entry.key === key)
          .map((entry) => metadataView(entry)),
    };
    return finder;
  };
}

export class FakeSheet {
  constructor(
    readonly spreadsheet: FakeSpreadsheet,
    readonly name: string,
    readonly id: number,
    public cells: Cell[][],
  ) {}

  getName = () => this.name;
  getSheetId = () => this.id;
  getLastRow = () => this.cells.length;
  getLastColumn = () => this.cells.reduce((widest, row) => Math.max(widest, row.length), 0);
  getDataRange = () => new FakeRange(this, 1, 1, this.getLastRow(), this.getLastColumn());
  clearContents = () => {
    this.spreadsheet.calls.push(`clearContents ${this.name}`);
    this.cells = [];
    return this;
  };
  getRange = (rowOrA1: number | string, column = 1, rows = 1, columns = 1) =>
    typeof rowOrA1 === 'string'
      ? parseA1(this, rowOrA1)
      : new FakeRange(this, rowOrA1, column, rows, columns);
  addDeveloperMetadata = (key: string, value: string) => {
    this.spreadsheet.metadata.push({ key, value, sheet: this });
    return this;
  };
  getDeveloperMetadata = () =>
    this.spreadsheet.metadata.filter((entry) => entry.sheet === this).map(metadataView);
}

export class FakeRange {
  constructor(
    readonly sheet: FakeSheet,
    readonly row: number,
    readonly column: number,
    readonly rows: number,
    readonly columns: number,
  ) {}

  getA1Notation = () =>
    `${columnLetter(this.column)}${this.row}:` +
    `${columnLetter(this.column + this.columns - 1)}${this.row + this.rows - 1}`;

  getValues = () => {
    this.sheet.spreadsheet.calls.push(`getValues ${this.sheet.name}!${this.getA1Notation()}`);
    return this.grid((row, column) => this.sheet.cells[row]?.[column] ?? '');
  };

  setValues = (values: Cell[][]) => this.write('setValues', values);
  setFormulas = (formulas: string[][]) => this.write('setFormulas', formulas);

  private write(method: string, values: Cell[][]) {
    this.sheet.spreadsheet.calls.push(`${method} ${this.sheet.name}!${this.getA1Notation()}`);
    const fits = values.length === this.rows && values.every((row) => row.length === this.columns);
    if (!fits) throw new Error(`${method}: the data does not match the range dimensions`);
    values.forEach((cells, rowOffset) => {
      cells.forEach((cell, columnOffset) => {
        const row = (this.sheet.cells[this.row - 1 + rowOffset] ??= []);
        row[this.column - 1 + columnOffset] = cell;
      });
    });
    for (const row of this.sheet.cells) for (let i = 0; i < row.length; i++) row[i] ??= '';
    return this;
  }

  private grid(cell: (row: number, column: number) => Cell): Cell[][] {
    return Array.from({ length: this.rows }, (_, r) =>
      Array.from({ length: this.columns }, (_, c) => cell(this.row - 1 + r, this.column - 1 + c)),
    );
  }
}

function metadataView(entry: Metadata) {
  return {
    getKey: () => entry.key,
    getValue: () => entry.value,
    getLocation: () => ({ getSheet: () => entry.sheet }),
  };
}

function parseA1(sheet: FakeSheet, a1: string): FakeRange {
  const match = /^([A-Z]+)(\d+)(?::([A-Z]+)(\d+))?$/.exec(a1);
  if (match === null) throw new Error(`Range not found: ${a1}`);
  const [, fromColumn, fromRow, toColumn = fromColumn, toRow = fromRow] = match;
  const column = columnNumber(fromColumn!);
  const row = Number(fromRow);
  return new FakeRange(
    sheet,
    row,
    column,
    Number(toRow) - row + 1,
    columnNumber(toColumn!) - column + 1,
  );
}

function columnNumber(letters: string): number {
  return [...letters].reduce((total, letter) => total * 26 + letter.charCodeAt(0) - 64, 0);
}

function columnLetter(column: number): string {
  let letters = '';
  for (let rest = column; rest > 0; rest = Math.floor((rest - 1) / 26)) {
    letters = String.fromCharCode(65 + ((rest - 1) % 26)) + letters;
  }
  return letters;
}
