import { describe, expect, it } from 'vitest';
import { calendarDate, catalogue, isCellError, serialFromEpochDay } from '../../core/index.js';
import { DAYS_BETWEEN_DATE_SYSTEMS, isDateParameter } from '../../excel/dates.js';
import { toCoreArgument, toExcelResult, type ArgumentReading } from '../../excel/values.js';

const NUMBERS: ArgumentReading = {
  functionName: 'CS.NRR',
  parameter: 'starting_arr',
  isDate: false,
  dateSystem: '1904',
};
const DATES: ArgumentReading = { ...NUMBERS, parameter: 'period_start', isDate: true };

describe('toCoreArgument', () => {
  it('unwraps a single cell', () => {
    expect(toCoreArgument([[1200]], NUMBERS)).toBe(1200);
  });

  it('keeps null blanks', () => {
    expect(toCoreArgument([[null]], NUMBERS)).toBeNull();
    expect(toCoreArgument(null, NUMBERS)).toBeNull();
    expect(toCoreArgument(undefined, NUMBERS)).toBeNull();
  });

  it('keeps a range as rows', () => {
    expect(toCoreArgument([[1], [null], ['x']], NUMBERS)).toEqual([[1], [null], ['x']]);
  });

  it('leaves numbers alone in a 1904 workbook', () => {
    expect(toCoreArgument([[100], [200]], NUMBERS)).toEqual([[100], [200]]);
  });

  it('converts 1904 date serials', () => {
    expect(toCoreArgument([[0]], DATES)).toBe(DAYS_BETWEEN_DATE_SYSTEMS);
    expect(toCoreArgument([[44196.5]], DATES)).toBe(44196.5 + DAYS_BETWEEN_DATE_SYSTEMS);
  });

  it('leaves 1900 date serials alone', () => {
    expect(toCoreArgument([[45658]], { ...DATES, dateSystem: '1900' })).toBe(45658);
  });

  it('leaves ISO date text alone', () => {
    expect(toCoreArgument([['2025-03-31']], DATES)).toBe('2025-03-31');
  });

  it('rejects an object cell naming the row', () => {
    let thrown: unknown;
    try {
      toCoreArgument([[1], [{ type: 'Error' }]], NUMBERS);
    } catch (error) {
      thrown = error;
    }
    expect(isCellError(thrown)).toBe(true);
    expect(thrown).toMatchObject({ kind: 'value' });
    expect((thrown as Error).message).toMatch(/^CS\.NRR: starting_arr row 2 contains an error/);
  });
});

describe('toExcelResult', () => {
  const lastOfQuarter = calendarDate(2025, 3, 31);

  it('wraps a single value', () => {
    expect(toExcelResult(0.92, '1900', 'CS.GRR')).toEqual([[0.92]]);
  });

  it('returns dates as serials', () => {
    expect(toExcelResult(lastOfQuarter, '1900', 'CS.X')).toEqual([[45747]]);
    expect(serialFromEpochDay(lastOfQuarter.epochDay)).toBe(45747);
  });

  it('returns 1904 serials in a 1904 workbook', () => {
    expect(toExcelResult([[lastOfQuarter]], '1904', 'CS.X')).toEqual([
      [45747 - DAYS_BETWEEN_DATE_SYSTEMS],
    ]);
  });

  it('pads short rows with blanks', () => {
    expect(toExcelResult([['Ann', 1], ['Bob']], '1900', 'CS.X')).toEqual([
      ['Ann', 1],
      ['Bob', ''],
    ]);
  });

  it('turns an empty result into one blank', () => {
    expect(toExcelResult([], '1900', 'CS.X')).toEqual([['']]);
  });

  it('rejects NaN and Infinity', () => {
    expect(() => toExcelResult([[Number.NaN]], '1900', 'CS.X')).toThrow(/^CS\.X: the result NaN/);
    expect(() => toExcelResult(Infinity, '1900', 'CS.X')).toThrow(/Infinity/);
  });
});

describe('isDateParameter', () => {
  const dateParameters = catalogue.flatMap((definition) =>
    definition.parameters.filter((parameter) => parameter.kind === 'date').map((p) => p.name),
  );

  it.each([
    'period_start',
    'period_end',
    'employed_from',
    'employed_to',
    'paid_date',
    'start_dates',
  ])('treats %s as dates', (name) => {
    expect(dateParameters).toContain(name);
    expect(isDateParameter({ name, description: '', optional: false, kind: 'date' })).toBe(true);
  });

  it.each(['starting_arr', 'window_days', 'amount', 'target', 'threshold', 'up_for_renewal'])(
    'treats %s as values',
    (name) => {
      expect(dateParameters).not.toContain(name);
      expect(isDateParameter({ name, description: '', optional: false, kind: 'value' })).toBe(
        false,
      );
    },
  );
});
