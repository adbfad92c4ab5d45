/// <reference types="office-js" />

/** One worksheet as the task pane lists it. */
export interface SheetSummary {
  readonly name: string;
  /** Address of the used range without the sheet name, such as `A1:F120`; empty for no data. */
  readonly usedRange: string;
  readonly rowCount: number;
  readonly columnCount: number;
}

/**
 * Lists every worksheet with the range its values occupy, in two steps of one sync each: the
 * sheet names, then the used ranges of all sheets in one batch. Cells that carry only
 * formatting do not count as used.
 */
export async function readSheetSummaries(context: Excel.RequestContext): Promise<SheetSummary[]> {
  const worksheets = context.workbook.worksheets;
  worksheets.load('items/name');
  await context.sync();

  const usedRanges = worksheets.items.map((sheet) => {
    const range = sheet.getUsedRangeOrNullObject(true);
    range.load('address,rowCount,columnCount');
    return range;
  });
  await context.sync();

  return worksheets.items.map((sheet, index) => summarise(sheet.name, usedRanges[index]));
}

function summarise(name: string, range: Excel.Range | undefined): SheetSummary {
  if (range === undefined || range.isNullObject) {
    return { name, usedRange: '', rowCount: 0, columnCount: 0 };
  }
  return {
    name,
    usedRange: withoutSheetName(range.address),
    rowCount: range.rowCount,
    columnCount: range.columnCount,
  };
}

/** Drops the sheet part of an address: `'Q1 data'!A1:F9` becomes `A1:F9`. */
function withoutSheetName(address: string): string {
  return address.slice(address.lastIndexOf('!') + 1);
}
