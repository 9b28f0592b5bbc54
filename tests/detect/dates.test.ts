import { describe, expect, it } from 'vitest';
import { completionDate, dateOrderOf, findDates, parseDate } from '../../lib/detect/dates';

describe('parseDate reads the shapes sites write', () => {
  it.each([
    // numeric US, with and without leading zeros; slashed dates are month first
    ['09/14/2026', '2026-09-14'],
    ['9/4/2026', '2026-09-04'],
    ['03/04/2026', '2026-03-04'],
    ['09-14-2026', '2026-09-14'],
    ['9/14/26', '2026-09-14'],
    // ISO, alone and with a time
    ['2026-09-14', '2026-09-14'],
    ['2026-9-4', '2026-09-04'],
    ['2026/09/14', '2026-09-14'],
    ['2026-09-14T23:30:00-07:00', '2026-09-14'],
    // month names: long, short, abbreviated with a period, with ordinals
    ['September 14, 2026', '2026-09-14'],
    ['Sep 14, 2026', '2026-09-14'],
    ['Sept. 14, 2026', '2026-09-14'],
    ['Sep. 14 2026', '2026-09-14'],
    ['Dec. 1, 2026', '2026-12-01'],
    ['September 14th, 2026', '2026-09-14'],
    ['may 3, 2026', '2026-05-03'],
    ['Friday, October 9, 2026', '2026-10-09'],
    // day first with a month name
    ['14 September 2026', '2026-09-14'],
    ['14 Sep 2026', '2026-09-14'],
    ['14-Nov-2026', '2026-11-14'],
    ['14th of September, 2026', '2026-09-14'],
    ['1 Sept. 2026', '2026-09-01'],
    // inside a sentence, and followed by a time and a zone (the date as written, not moved to UTC)
    ['This certifies that Dana Ruiz completed the course on March 2, 2026 and earned 3 CE hours.', '2026-03-02'],
    ['marked complete on Sept. 3, 2026 at 4:12 PM PDT', '2026-09-03'],
    ['Completed: 10/09/2026 11:42 AM CDT', '2026-10-09'],
    ['Date passed: Sept. 30, 2026 4:05 PM CDT', '2026-09-30'],
    // leap years
    ['2/29/2028', '2028-02-29'],
  ])('%s is %s', (text, iso) => {
    expect(parseDate(text)).toBe(iso);
  });

  it.each([
    ['2/30/2026', 'February has no 30th'],
    ['2/29/2026', '2026 is not a leap year'],
    ['Feb 30, 2026', 'February has no 30th'],
    ['31 April 2026', 'April has 30 days'],
    ['2026-13-01', 'there is no month 13'],
    ['0/12/2026', 'there is no month 0'],
    ['9/14/1890', 'no certificate is that old'],
    ['9/14-2026', 'one date uses one separator'],
    ['Score: 8/10', 'a score is no date'],
    ['Call 800-460-6276 or 1-800-892-4772', 'a phone number is no date'],
    ['Volume 48, Issue 1, 2026', 'an issue number is no date'],
    ['September 2026', 'a month without a day is no completion date'],
  ])('%s is no date (%s)', (text) => {
    expect(parseDate(text)).toBeNull();
  });

  it('finds every date in order, with where each starts', () => {
    const text = 'Enrolled 2/1/2026. Completed on 3/7/2026. Expires 3/7/2028.';
    expect(findDates(text)).toEqual([
      { iso: '2026-02-01', index: 9 },
      { iso: '2026-03-07', index: 32 },
      { iso: '2028-03-07', index: 50 },
    ]);
  });
});

describe('completionDate picks the date of completion', () => {
  it('takes a date labelled as completion over earlier issue and unlabelled dates', () => {
    expect(completionDate('Printed 9/20/2026\nIssued 9/15/2026\nDate completed: 9/14/2026')).toBe('2026-09-14');
    expect(completionDate('Program date: Friday, October 9, 2026\nCompleted: 10/10/2026 11:42 AM CDT')).toBe(
      '2026-10-10',
    );
  });

  it('reads a label on the line above, as a table or definition list renders it', () => {
    expect(completionDate('Date of completion\nNovember 3, 2026')).toBe('2026-11-03');
    expect(completionDate('Date Completed\n09/14/2026')).toBe('2026-09-14');
  });

  it('takes an issue date over an unlabelled one', () => {
    expect(completionDate('Session 2/2/2026\nIssued 17 Jan 2026')).toBe('2026-01-17');
  });

  it('never takes an expiry date, even one written "Expiration date:"', () => {
    expect(completionDate('Expiration date: 7/31/2028')).toBeNull();
    expect(completionDate('Certification expires: 12/31/2028\nCompleted on: 3/7/2026')).toBe('2026-03-07');
    expect(completionDate('Completion date: 14-Nov-2026\nCertification expiration: 12/31/2028')).toBe('2026-11-14');
    expect(completionDate('Valid through 2028-03-07')).toBeNull();
    expect(completionDate('Valid until March 7, 2028')).toBeNull();
    expect(completionDate('Exp. 03/07/2028')).toBeNull();
    expect(completionDate('Recertification due: 3/31/2027')).toBeNull();
    expect(completionDate('Renew by 3/31/2027')).toBeNull();
  });

  it('never takes enrolment, purchase, release or publication dates', () => {
    expect(completionDate('Enrolled on 08/01/2026')).toBeNull();
    expect(completionDate('Purchased on 9/2/2026')).toBeNull();
    expect(completionDate('Date of original release: 8/1/2025')).toBeNull();
    expect(completionDate('Published May 2, 2026')).toBeNull();
    expect(completionDate('Last updated on 1/15/2026')).toBeNull();
  });

  it('falls back to an unlabelled date when nothing is labelled', () => {
    expect(completionDate('Deep Water Interval Training\nSaturday, March 7, 2026\nOrlando, FL')).toBe('2026-03-07');
  });

  it('finds nothing in text without a valid date', () => {
    expect(completionDate('Completed on 2/30/2026')).toBeNull();
    expect(completionDate('')).toBeNull();
  });
});

describe('slashed dates in the order the page writes them', () => {
  const page = (lang: string | null) => {
    const doc = new DOMParser().parseFromString('<html><body></body></html>', 'text/html');
    if (lang !== null) doc.documentElement.setAttribute('lang', lang);
    return doc;
  };

  it('reads the page language: month first in the United States and on a bare "en", day first elsewhere', () => {
    expect([null, 'en', 'en-US', 'es-US'].map((lang) => dateOrderOf(page(lang)))).toEqual(Array(4).fill('month-first'));
    expect(['en-GB', 'en-AU', 'en-IE', 'en-IN', 'fr', 'de-DE', 'es'].map((lang) => dateOrderOf(page(lang)))).toEqual(
      Array(7).fill('day-first'),
    );
  });

  it('reads 05/03/2026 as 5 March on a day-first page and as May 3 on a month-first one', () => {
    expect(completionDate('Issued on 05/03/2026', 'day-first')).toBe('2026-03-05');
    expect(completionDate('Issued on 05/03/2026', 'month-first')).toBe('2026-05-03');
  });

  it('reads a date that can be only day first (14/09/2026) as such, whatever the page says', () => {
    expect(completionDate('Completed 14/09/2026')).toBe('2026-09-14');
    expect(completionDate('Completed 09/14/2026', 'day-first')).toBe('2026-09-14');
    expect(completionDate('Completed 31/31/2026')).toBeNull();
  });
});
