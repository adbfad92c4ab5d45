import type { FWorkbook } from '@univerjs/preset-sheets-core';

/** Column widths in pixels and number formats of one sample sheet, for reading it on screen. */
interface SheetLayout {
  readonly sheet: string;
  /** Width by 0-based column index. */
  readonly widths: readonly (readonly [column: number, pixels: number])[];
  /** Number format by A1 range; rates show as percentages, money with cents. */
  readonly formats: readonly (readonly [range: string, pattern: string])[];
}

const PERCENT = '0.0%';
const MONEY = '#,##0.00';
const WHOLE = '#,##0';

const SAMPLE_LAYOUT: readonly SheetLayout[] = [
  {
    sheet: 'Examples',
    widths: [
      [0, 260],
      [1, 100],
      [3, 110],
      [6, 110],
      [9, 110],
    ],
    formats: [
      ['B2:B4', PERCENT],
      ['B5', '0.0'],
      ['B6:B7', PERCENT],
      ['E2:E6', PERCENT],
      ['H2:H6', PERCENT],
      ['K2:K6', PERCENT],
      ['B10:B14', MONEY],
    ],
  },
  {
    sheet: 'Accounts',
    widths: [
      [1, 150],
      [2, 110],
    ],
    formats: [['E2:I41', WHOLE]],
  },
  {
    sheet: 'Roster',
    widths: [
      [0, 110],
      [1, 130],
      [2, 110],
      [3, 110],
      [7, 110],
    ],
    formats: [
      ['D2:D6', MONEY],
      ['E2:G6', PERCENT],
      ['H2:H6', WHOLE],
    ],
  },
];

/** Sets the sample sheets' column widths and number formats; values are left unchanged. */
export function applySampleLayout(workbook: FWorkbook): void {
  for (const layout of SAMPLE_LAYOUT) {
    const worksheet = workbook.getSheetByName(layout.sheet);
    if (worksheet === null) continue;
    for (const [column, pixels] of layout.widths) worksheet.setColumnWidth(column, pixels);
    for (const [range, pattern] of layout.formats)
      worksheet.getRange(range).setNumberFormat(pattern);
  }
}
