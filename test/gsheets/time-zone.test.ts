import fc from 'fast-check';
import vm from 'node:vm';
import { describe, expect, it } from 'vitest';
import { calendarDate, formatIsoDate } from '../../core/index.js';
import { epochDayInZone, startOfDayInZone } from '../../gsheets/server/time-zone.js';
import { spreadsheetDates, toCoreArgument, toSheetsResult } from '../../gsheets/server/values.js';
import { localDate, localTime, sheetsMidnight } from './sheets-dates.js';

/** Zones with whole, half and quarter-hour offsets, both hemispheres, and a DST gap at midnight. */
const ZONES = [
  'Pacific/Auckland',
  'America/Los_Angeles',
  'Asia/Kolkata',
  'Asia/Kathmandu',
  'Pacific/Chatham',
  'America/Santiago',
  'Europe/London',
  'Etc/GMT',
];

const day = fc.integer({
  min: calendarDate(1950, 1, 1).epochDay,
  max: calendarDate(2100, 12, 31).epochDay,
});
const zone = fc.constantFrom(...ZONES);

describe('startOfDayInZone', () => {
  it('returns the first instant of the day', () => {
    fc.assert(
      fc.property(day, zone, (epochDay, timeZone) => {
        const start = startOfDayInZone(epochDay, timeZone);

        expect(start.getTime()).toBe(sheetsMidnight(formatIsoDate(epochDay), timeZone));
      }),
      { numRuns: 400 },
    );
  });

  it('skips a daylight-saving gap at midnight', () => {
    const gapDay = calendarDate(2024, 9, 8).epochDay;

    const start = startOfDayInZone(gapDay, 'America/Santiago');

    expect(localDate(start, 'America/Santiago')).toBe('2024-09-08');
    expect(localTime(start, 'America/Santiago')).toBe('01:00:00');
  });
});

describe('epochDayInZone', () => {
  it('reads back the day of any instant in that day', () => {
    fc.assert(
      fc.property(day, zone, fc.integer({ min: 0, max: 23 * 60 }), (epochDay, timeZone, minute) => {
        const instant = sheetsMidnight(formatIsoDate(epochDay), timeZone) + minute * 60_000;

        expect(epochDayInZone(new Date(instant), timeZone)).toBe(epochDay);
      }),
      { numRuns: 400 },
    );
  });
});

describe('toCoreArgument', () => {
  const auckland = spreadsheetDates(() => 'Pacific/Auckland');

  it('turns Dates into ISO days, also from another realm', () => {
    const instant = sheetsMidnight('2025-01-01', 'Pacific/Auckland');
    const foreignDate = vm.runInNewContext(`new Date(${instant})`) as Date;

    const argument = toCoreArgument([[new Date(instant), foreignDate, '', '$1,200', 7]], auckland);

    expect(argument).toEqual([['2025-01-01', '2025-01-01', '', '$1,200', 7]]);
  });

  it('keeps an invalid Date as text for the core to reject', () => {
    expect(toCoreArgument(new Date(Number.NaN), auckland)).toBe('Invalid Date');
  });

  it('reads the time zone only when a Date is present', () => {
    let reads = 0;
    const counted = () => (reads++, 'Pacific/Auckland');

    toCoreArgument([[1, '', 'x']], spreadsheetDates(counted));

    expect(reads).toBe(0);
  });
});

describe('toSheetsResult', () => {
  it('returns calendar dates as midnight in the spreadsheet time zone', () => {
    const result = toSheetsResult(
      [['Acme', calendarDate(2025, 3, 31)]],
      spreadsheetDates(() => 'Asia/Kolkata'),
    );
    const date = (result as unknown[][])[0]![1] as Date;

    expect((result as unknown[][])[0]![0]).toBe('Acme');
    expect(localDate(date, 'Asia/Kolkata')).toBe('2025-03-31');
    expect(localTime(date, 'Asia/Kolkata')).toBe('00:00:00');
  });
});
