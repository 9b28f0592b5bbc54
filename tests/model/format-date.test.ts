import { describe, expect, it } from 'vitest';
import { formatDate, formatDateRange } from '../../lib/model/format';

describe('dates on screen', () => {
  it('are written in the locale asked for, the day never moved by a time zone', () => {
    expect(formatDate('2026-09-14', 'en-US')).toBe('Sep 14, 2026');
    expect(formatDate('2026-09-14', 'de-DE')).toBe('14.09.2026');
    expect(formatDate('2027-01-01', 'en-US')).toBe('Jan 1, 2027');
    expect(formatDate('2028-02-29', 'en-GB')).toMatch(/^29 Feb/);
  });

  it('leave anything that is not an ISO date as it is', () => {
    expect(formatDate('soon', 'en-US')).toBe('soon');
  });

  it('write a range with its two ends', () => {
    expect(formatDateRange('2024-02-01', '2027-01-31', 'en-US')).toBe('Feb 1, 2024 – Jan 31, 2027');
  });
});
