import { splitByStatedShares } from '../../lib/model/stated-shares';
import { describe, expect, it } from 'vitest';
import { activitiesInRange, creditTotals, defaultPeriod, periodRange } from '../../lib/tally/totals';
import { cec, certification, completed, plainCeu } from '../support/renewal-fixtures';

const TODAY = '2026-11-28';
const certifications = [
  certification({ id: 'nasm', name: 'NASM-CPT', cycleEnd: '2027-06-30', cycleMonths: 24 }),
  certification({
    id: 'acsm',
    body: 'acsm',
    name: 'ACSM-CPT',
    cycleEnd: '2026-12-31',
    cycleMonths: 36,
    requirement: 45,
  }),
];

describe('CEC and CEU totals', () => {
  it("adds a split credit's parts (one body, one unit), and counts one credit stated in two units once", () => {
    const parts = splitByStatedShares({ ...cec('ncbtmb', 6, 'CE hour'), statedShares: [{ id: 'ethics', amount: 3 }] });
    const totals = creditTotals([
      completed('2026-01-10', parts),
      completed('2026-01-11', [cec('nasm', 0.4, 'CEU'), cec('nasm', 4, 'contact hour')]),
    ]);
    expect(totals.CEC.hours).toBe(10);
    expect(totals.hours).toBe(10);
  });

  it('keeps CECs and CEUs apart and never adds amounts of different scales', () => {
    const totals = creditTotals([
      completed('2026-09-14', [cec('ace', 0.2, 'CEC')]),
      completed('2026-09-20', [cec('acsm', 2, 'CEC')]),
      completed('2026-10-01', [cec('ace', 0.3, 'CEC'), cec('nasm', 0.4, 'CEU')]),
      completed('2026-10-05', [plainCeu(1.5)]),
    ]);
    // Hours of learning count each activity once: the third activity's two credits (3 h and 4 h) are one course.
    expect(totals.CEC.hours).toBe(8);
    expect(totals.hours).toBe(23);
    expect(totals.CEC.lines).toEqual([
      { body: 'ace', unit: 'CEC', amount: 0.5, hours: 5 },
      { body: 'nasm', unit: 'CEU', amount: 0.4, hours: 4 },
      { body: 'acsm', unit: 'CEC', amount: 2, hours: 2 },
    ]);
    expect(totals.CEU).toEqual({ hours: 15, lines: [{ body: undefined, unit: 'CEU', amount: 1.5, hours: 15 }] });
    expect(totals.activityCount).toBe(4);
  });

  it('is zero for an empty log', () => {
    expect(creditTotals([])).toEqual({
      hours: 0,
      CEC: { hours: 0, lines: [] },
      CEU: { hours: 0, lines: [] },
      activityCount: 0,
    });
  });

  it('counts a course two bodies approve once in hours, and each body its own amount', () => {
    // A 5-hour course approved by NASM (0.5 CEUs) and ACSM (5 CECs), and a 3-hour ACSM-only course.
    const totals = creditTotals([
      completed('2026-03-01', [cec('nasm', 0.5, 'CEU'), cec('acsm', 5, 'CEC')]),
      completed('2026-04-01', [cec('acsm', 3, 'CEC')]),
    ]);
    expect(totals.hours).toBe(8);
    expect(totals.CEC.hours).toBe(8);
    expect(totals.CEC.lines).toEqual([
      { body: 'acsm', unit: 'CEC', amount: 8, hours: 8 },
      { body: 'nasm', unit: 'CEU', amount: 0.5, hours: 5 },
    ]);
    expect(totals.CEU).toEqual({ hours: 0, lines: [] });
  });

  it('counts a workshop stating both a body’s credit and plain CEUs once in hours of learning', () => {
    const totals = creditTotals([completed('2026-05-02', [cec('nasm', 0.6, 'CEU'), plainCeu(0.6)])]);
    expect(totals.hours).toBe(6);
    expect(totals.CEC.hours).toBe(6);
    expect(totals.CEU.hours).toBe(6);
  });

  it('takes the longest credit of an activity when the bodies state different hours', () => {
    const totals = creditTotals([completed('2026-05-02', [cec('acsm', 2, 'CEC'), cec('ace', 0.3, 'CEC')])]);
    expect(totals.hours).toBe(3);
    expect(totals.CEC.lines.map((l) => [l.body, l.amount, l.hours])).toEqual([
      ['ace', 0.3, 3],
      ['acsm', 2, 2],
    ]);
  });
});

describe('periods', () => {
  it('covers this calendar year', () => {
    expect(periodRange({ kind: 'year' }, TODAY, certifications)).toMatchObject({
      from: '2026-01-01',
      to: '2026-12-31',
    });
  });

  it('covers the last 12 months up to today, leap day included', () => {
    expect(periodRange({ kind: 'last-12-months' }, TODAY, [])).toMatchObject({ from: '2025-11-29', to: '2026-11-28' });
    expect(periodRange({ kind: 'last-12-months' }, '2028-02-29', [])).toMatchObject({
      from: '2027-03-01',
      to: '2028-02-29',
    });
  });

  it("covers a certification's current cycle", () => {
    expect(periodRange({ kind: 'cycle', certificationId: 'nasm' }, TODAY, certifications)).toMatchObject({
      from: '2025-07-01',
      to: '2027-06-30',
      label: 'Current cycle: NASM-CPT',
      fellBack: false,
    });
    expect(periodRange({ kind: 'cycle', certificationId: 'acsm' }, TODAY, certifications)).toMatchObject({
      from: '2024-01-01',
      to: '2026-12-31',
    });
  });

  it("falls back to all time when the cycle's certification is gone", () => {
    expect(periodRange({ kind: 'cycle', certificationId: 'deleted' }, TODAY, certifications)).toEqual({
      from: null,
      to: null,
      label: 'All time',
      fellBack: true,
    });
    expect(periodRange({ kind: 'all' }, TODAY, certifications)).toMatchObject({
      from: null,
      to: null,
      fellBack: false,
    });
  });

  it('filters completions by calendar date, both ends included', () => {
    const log = ['2025-06-30', '2025-07-01', '2026-11-28', '2027-06-30', '2027-07-01'].map((d) => completed(d, []));
    const dates = (range: { from: string | null; to: string | null }) =>
      activitiesInRange(log, range).map((a) => a.completedOn);
    expect(dates(periodRange({ kind: 'cycle', certificationId: 'nasm' }, TODAY, certifications))).toEqual([
      '2025-07-01',
      '2026-11-28',
      '2027-06-30',
    ]);
    expect(dates(periodRange({ kind: 'last-12-months' }, TODAY, certifications))).toEqual(['2026-11-28']);
    expect(dates(periodRange({ kind: 'all' }, TODAY, certifications))).toHaveLength(5);
  });

  it('totals only the period', () => {
    const log = [
      completed('2025-03-01', [cec('nasm', 0.5, 'CEU')]),
      completed('2026-02-01', [cec('nasm', 0.2, 'CEU'), cec('acsm', 3, 'CEC')]),
      completed('2026-10-01', [plainCeu(1)]),
    ];
    const thisYear = creditTotals(activitiesInRange(log, periodRange({ kind: 'year' }, TODAY, certifications)));
    expect(thisYear.CEC.lines).toEqual([
      { body: 'acsm', unit: 'CEC', amount: 3, hours: 3 },
      { body: 'nasm', unit: 'CEU', amount: 0.2, hours: 2 },
    ]);
    expect(thisYear.CEU.hours).toBe(10);
    // The February course's 2 NASM hours and 3 ACSM hours are one 3-hour course.
    expect(creditTotals(log).CEC.hours).toBe(8);
  });

  it('opens on the cycle that ends next, or all time without certifications', () => {
    expect(defaultPeriod([], TODAY)).toEqual({ kind: 'all' });
    expect(defaultPeriod(certifications, TODAY)).toEqual({ kind: 'cycle', certificationId: 'acsm' });
    // The ACSM cycle has ended: the NASM one is next.
    expect(defaultPeriod(certifications, '2027-01-01')).toEqual({ kind: 'cycle', certificationId: 'nasm' });
    expect(defaultPeriod(certifications, '2028-01-01')).toEqual({ kind: 'cycle', certificationId: 'nasm' });
  });
});
