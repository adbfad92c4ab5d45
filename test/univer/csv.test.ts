import { describe, expect, it } from 'vitest';
import { csvCells, parseCsv } from '../../univer/csv.js';

describe('parseCsv', () => {
  it('splits fields and lines', () => {
    expect(parseCsv('a,b\n1,2\n')).toEqual([
      ['a', 'b'],
      ['1', '2'],
    ]);
  });

  it('reads quoted commas, quotes and line ends', () => {
    expect(parseCsv('"x, y","say ""hi""","two\nlines"')).toEqual([
      ['x, y', 'say "hi"', 'two\nlines'],
    ]);
  });

  it('accepts CRLF, a BOM and no final line end', () => {
    expect(parseCsv('\ufeffa,b\r\n1,2')).toEqual([
      ['a', 'b'],
      ['1', '2'],
    ]);
  });

  it('keeps empty fields', () => {
    expect(parseCsv('a,,c\n,,\n')).toEqual([
      ['a', '', 'c'],
      ['', '', ''],
    ]);
  });

  it('rejects an unclosed quote', () => {
    expect(() => parseCsv('a,"b\n')).toThrow('a quoted field is not closed');
  });
});

describe('csvCells', () => {
  it('reads fields as a spreadsheet imports them', () => {
    const fields = ['', '1200', '-3.5', '1e3', 'TRUE', 'false', '=SUM(A1:A2)'];
    expect(csvCells([fields])).toEqual([[null, 1200, -3.5, 1000, true, false, '=SUM(A1:A2)']]);
  });

  it('keeps formatted numbers, dates and ids as text', () => {
    const fields = ['$1,200', '85%', '(300)', '2025-03-31', '007', ' 12'];
    expect(csvCells([fields])).toEqual([fields]);
  });
});
