import { describe, expect, it } from 'vitest';
import { addDays, addMonths, daysBetween, isWithin, parseIsoDate, todayIso } from '../../lib/model/calendar';
import { TIME_ZONES, inTimeZone } from '../support/time-zones';

describe('calendar dates', () => {
  it('reads only ISO calendar dates', () => {
    expect(parseIsoDate('2028-02-29')).toEqual({ year: 2028, month: 2, day: 29 });
    for (const bad of ['2027-6-30', '06/30/2027', '2027-06-30T00:00:00Z', ''])
      expect(() => parseIsoDate(bad)).toThrow(RangeError);
  });

  it('adds days across month, year and leap-day boundaries', () => {
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(addDays('2027-02-28', 1)).toBe('2027-03-01');
    expect(addDays('2028-03-01', -1)).toBe('2028-02-29');
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2027-01-01', -365)).toBe('2026-01-01');
  });

  it('adds months, a missing day becoming the last day of the month', () => {
    expect(addMonths('2026-03-31', -1)).toBe('2026-02-28');
    expect(addMonths('2028-03-31', -1)).toBe('2028-02-29');
    expect(addMonths('2028-02-29', 12)).toBe('2029-02-28');
    expect(addMonths('2028-02-29', 48)).toBe('2032-02-29');
    expect(addMonths('2026-01-31', -13)).toBe('2024-12-31');
    expect(addMonths('2027-07-01', -24)).toBe('2025-07-01');
  });

  it('counts days between dates, 366 in a leap year', () => {
    expect(daysBetween('2028-01-01', '2029-01-01')).toBe(366);
    expect(daysBetween('2027-01-01', '2028-01-01')).toBe(365);
    expect(daysBetween('2028-02-28', '2028-03-01')).toBe(2);
    expect(daysBetween('2027-07-01', '2027-06-30')).toBe(-1);
  });

  it('includes both ends of a range', () => {
    expect(isWithin('2025-07-01', '2025-07-01', '2027-06-30')).toBe(true);
    expect(isWithin('2027-06-30', '2025-07-01', '2027-06-30')).toBe(true);
    expect(isWithin('2027-07-01', '2025-07-01', '2027-06-30')).toBe(false);
    expect(isWithin('2025-06-30', '2025-07-01', '2027-06-30')).toBe(false);
  });
});

describe.each(TIME_ZONES)('in time zone %s', (zone) => {
  inTimeZone(zone);

  it('does arithmetic on calendar dates that no clock change moves', () => {
    // US summer time starts 2027-03-14, Lord Howe's half-hour shift 2027-04-04 and 2027-10-03.
    expect(daysBetween('2027-03-13', '2027-03-15')).toBe(2);
    expect(addDays('2027-03-13', 1)).toBe('2027-03-14');
    expect(addDays('2027-04-04', 1)).toBe('2027-04-05');
    expect(addDays('2027-10-02', 2)).toBe('2027-10-04');
    expect(addMonths('2027-03-14', 1)).toBe('2027-04-14');
    expect(daysBetween('2027-01-01', '2027-12-31')).toBe(364);
  });

  it("reads today as the user's own calendar date", () => {
    const instant = new Date(Date.UTC(2027, 5, 30, 23, 30));
    const expected = {
      'Pacific/Kiritimati': '2027-07-01',
      'Australia/Lord_Howe': '2027-07-01',
      'Pacific/Pago_Pago': '2027-06-30',
      'America/New_York': '2027-06-30',
      UTC: '2027-06-30',
    }[zone];
    expect(todayIso(instant)).toBe(expected);
  });
});
