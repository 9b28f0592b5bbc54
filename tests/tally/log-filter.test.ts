import { describe, expect, it } from 'vitest';
import { addMonths as shiftMonths } from '../../lib/model/calendar';
import { cycleStart } from '../../lib/tally/renewal';
import { creditTotals } from '../../lib/tally/totals';
import { creditRow } from '../../lib/store/credit-summary';
import {
  dateRange,
  filterActivities,
  isFiltered,
  keepsWholeDays,
  matchesText,
  matchingCredits,
  NO_FILTER,
  type LogFilter,
} from '../../lib/tally/log-filter';
import type { Activity } from '../../lib/model/schema';
import { activity, certification } from '../support/helpers';

const aceQuiz = activity({ title: 'Functional Training for Older Adults', completedOn: '2026-09-14' });
const nasmCourse = activity({
  title: 'Corrective Exercise: Shoulder',
  provider: 'nasm',
  courseCode: 'NASM-CES-12',
  completedOn: '2025-03-02',
  credits: [{ kind: 'CEC', amount: 0.4, unit: 'CEU', body: 'nasm', hours: 4 }],
});
const workshop = activity({
  title: 'Kettlebell Workshop',
  provider: undefined,
  organizer: 'Fit Pro Seminars',
  courseCode: null,
  format: 'workshop',
  completedOn: '2024-11-20',
  notes: 'Hands-on, Zürich studio',
  sourceUrl: null,
  credits: [
    { kind: 'CEU', amount: 0.6, unit: 'CEU', hours: 6 },
    { kind: 'CEC', amount: 6, unit: 'CEC', body: 'acsm', hours: 6 },
  ],
});
const cpr = activity({
  title: 'CPR/AED Adult',
  provider: undefined,
  organizer: 'Red Cross',
  courseCode: null,
  completedOn: '2026-01-10',
  credits: [],
  cprAed: true,
});
const log: Activity[] = [aceQuiz, nasmCourse, workshop, cpr];

const only = (filter: Partial<LogFilter>, certifications = [certification()]) =>
  filterActivities(log, { ...NO_FILTER, ...filter }, certifications).map((a) => a.title);

describe('search', () => {
  it('finds every word anywhere, ignoring case, accents and punctuation', () => {
    expect(only({ text: 'kettlebell' })).toEqual(['Kettlebell Workshop']);
    expect(only({ text: 'WORKSHOP fit pro' })).toEqual(['Kettlebell Workshop']);
    expect(only({ text: 'zurich' })).toEqual(['Kettlebell Workshop']);
    expect(only({ text: 'cpr aed' })).toEqual(['CPR/AED Adult']);
    expect(only({ text: 'kettlebell nasm' })).toEqual([]);
  });

  it('searches the provider name, course code, body, unit and date too', () => {
    expect(only({ text: 'cep251107' })).toEqual(['Functional Training for Older Adults']);
    expect(only({ text: 'nasm-ces' })).toEqual(['Corrective Exercise: Shoulder']);
    expect(only({ text: 'acsm' })).toEqual(['Kettlebell Workshop']);
    expect(only({ text: 'red cross' })).toEqual(['CPR/AED Adult']);
    expect(only({ text: '2025-03' })).toEqual(['Corrective Exercise: Shoulder']);
  });

  it('an empty or blank query matches everything', () => {
    expect(matchesText(workshop, '   ')).toBe(true);
    expect(only({ text: ' - ' })).toHaveLength(4);
  });
});

describe('filters', () => {
  it('date range is inclusive at both ends, and either end may be open', () => {
    expect(only({ from: '2025-03-02', to: '2026-01-10' })).toEqual(['Corrective Exercise: Shoulder', 'CPR/AED Adult']);
    expect(only({ from: '2026-01-11' })).toEqual(['Functional Training for Older Adults']);
    expect(only({ to: '2024-11-20' })).toEqual(['Kettlebell Workshop']);
    expect(only({ from: '2027-01-01', to: '2026-01-01' })).toEqual([]);
  });

  it('CEC or CEU keeps activities with at least one such credit', () => {
    expect(only({ kind: 'CEU' })).toEqual(['Kettlebell Workshop']);
    expect(only({ kind: 'CEC' })).toEqual([
      'Functional Training for Older Adults',
      'Corrective Exercise: Shoulder',
      'Kettlebell Workshop',
    ]);
  });

  it('kind and body apply to the same credit', () => {
    expect(only({ body: 'acsm' })).toEqual(['Kettlebell Workshop']);
    expect(only({ body: 'acsm', kind: 'CEC' })).toEqual(['Kettlebell Workshop']);
    expect(only({ body: 'acsm', kind: 'CEU' })).toEqual([]);
  });

  it('a certification keeps its body’s credits inside its current cycle', () => {
    const ace = certification({ id: 'ace-cpt', body: 'ace', cycleEnd: '2027-06-30', cycleMonths: 24 });
    const nasm = certification({ id: 'nasm-cpt', body: 'nasm', cycleEnd: '2026-12-31', cycleMonths: 24 });
    expect(only({ certificationId: 'ace-cpt' }, [ace, nasm])).toEqual(['Functional Training for Older Adults']);
    // NASM's cycle runs 2025-01-01..2026-12-31: the 2025-03-02 course counts.
    expect(only({ certificationId: 'nasm-cpt' }, [ace, nasm])).toEqual(['Corrective Exercise: Shoulder']);
    // A shorter cycle leaves it out.
    expect(only({ certificationId: 'nasm-cpt' }, [{ ...nasm, cycleMonths: 12 }])).toEqual([]);
    expect(only({ certificationId: 'deleted' }, [ace])).toEqual([]);
  });

  it('a certification counts CECs only, and one of another body matches no credit in the log', () => {
    const acsm = certification({ id: 'acsm-cpt', body: 'acsm', cycleEnd: '2025-12-31', cycleMonths: 36 });
    expect(only({ certificationId: 'acsm-cpt' }, [acsm])).toEqual(['Kettlebell Workshop']);
    expect(only({ certificationId: 'acsm-cpt', kind: 'CEU' }, [acsm])).toEqual([]);
    const other = certification({ id: 'gym', body: 'other', unit: 'CEU', cycleEnd: '2025-12-31', cycleMonths: 24 });
    expect(only({ certificationId: 'gym' }, [other])).toEqual([]);
  });

  it('filters combine, and keep the given order', () => {
    expect(only({ text: 'training', from: '2026-01-01' })).toEqual(['Functional Training for Older Adults']);
    const reversed = filterActivities([...log].reverse(), { ...NO_FILTER, kind: 'CEC' });
    expect(reversed.map((a) => a.completedOn)).toEqual(['2024-11-20', '2025-03-02', '2026-09-14']);
  });

  it('keeps only the certification’s cycle, within the filter’s own range', () => {
    const ace = certification({ id: 'ace-cpt', cycleEnd: '2027-06-30', cycleMonths: 24 });
    expect(dateRange({ ...NO_FILTER, from: '2020-01-01' }, [ace])).toEqual({ from: '2020-01-01', to: null });
    expect(dateRange({ ...NO_FILTER, certificationId: 'ace-cpt' }, [ace])).toEqual({
      from: '2025-07-01',
      to: '2027-06-30',
    });
    expect(
      dateRange({ ...NO_FILTER, certificationId: 'ace-cpt', from: '2026-01-01', to: '2030-01-01' }, [ace]),
    ).toEqual({ from: '2026-01-01', to: '2027-06-30' });
    expect(dateRange({ ...NO_FILTER, certificationId: 'ace-cpt', to: '2025-12-31' }, [ace])).toEqual({
      from: '2025-07-01',
      to: '2025-12-31',
    });
  });

  it('isFiltered says whether anything narrows the log', () => {
    expect(isFiltered(NO_FILTER)).toBe(false);
    expect(isFiltered({ ...NO_FILTER, text: '  ' })).toBe(false);
    expect(isFiltered({ ...NO_FILTER, body: 'ace' })).toBe(true);
  });
});

describe('the credit summary rows', () => {
  it('filter exactly as their activities do, with the search text they carry', () => {
    // Stored as JSON, as the summary keeps them.
    const rows = JSON.parse(JSON.stringify(log.map(creditRow))) as ReturnType<typeof creditRow>[];
    const ace = certification({ id: 'ace-cpt', body: 'ace', cycleEnd: '2027-06-30', cycleMonths: 24 });
    const acsm = certification({ id: 'acsm-cpt', body: 'acsm', cycleEnd: '2025-12-31', cycleMonths: 36 });
    const filters: Array<Partial<LogFilter>> = [
      {},
      { text: 'kettlebell' },
      { text: 'WORKSHOP fit pro' },
      { text: 'zurich' },
      { text: 'red cross' },
      { text: 'nasm-ces' },
      { text: '2025-03' },
      { text: 'kettlebell nasm' },
      { from: '2025-03-02', to: '2026-01-10' },
      { kind: 'CEU' },
      { kind: 'CEC' },
      { body: 'acsm', kind: 'CEU' },
      { certificationId: 'ace-cpt' },
      { certificationId: 'acsm-cpt' },
      { certificationId: 'deleted' },
    ];
    for (const filter of filters) {
      const full = { ...NO_FILTER, ...filter };
      const kept = filterActivities(rows, full, [ace, acsm]);
      expect(
        kept.map((row) => row.id),
        JSON.stringify(filter),
      ).toEqual(filterActivities(log, full, [ace, acsm]).map((a) => a.id));
      expect(kept.map((row) => matchingCredits(row, full, [ace, acsm]))).toEqual(
        kept.map((row) =>
          matchingCredits(
            log.find((a) => a.id === row.id)!,
            full,
            [ace, acsm],
          ),
        ),
      );
    }
    expect(matchesText(rows[0], 'older ADULTS cep251107')).toBe(true);
    expect(matchesText(rows[0], 'kettlebell')).toBe(false);
  });

  it('keepsWholeDays says whether a filter keeps every activity between its dates', () => {
    expect(keepsWholeDays(NO_FILTER)).toBe(true);
    expect(keepsWholeDays({ ...NO_FILTER, from: '2025-01-01', to: '2025-12-31', text: ' - ' })).toBe(true);
    expect(keepsWholeDays({ ...NO_FILTER, text: 'kettlebell' })).toBe(false);
    expect(keepsWholeDays({ ...NO_FILTER, kind: 'CEU' })).toBe(false);
    expect(keepsWholeDays({ ...NO_FILTER, body: 'ace' })).toBe(false);
    expect(keepsWholeDays({ ...NO_FILTER, certificationId: 'ace-cpt' })).toBe(false);
  });
});

describe('totals of what is shown', () => {
  it('count the matching credits of the shown activities', () => {
    const filter = { ...NO_FILTER, kind: 'CEU' as const };
    const shown = filterActivities(log, filter);
    const totals = creditTotals(shown.map((a) => ({ credits: matchingCredits(a, filter) })));
    expect(totals.activityCount).toBe(1);
    expect(totals.CEU.hours).toBe(6);
    expect(totals.CEC.hours).toBe(0);
    const all = creditTotals(log.map((a) => ({ credits: matchingCredits(a, NO_FILTER) })));
    expect(all.CEC.hours).toBe(12);
    expect(all.CEU.hours).toBe(6);
  });
});

describe('certification cycle', () => {
  it('starts cycleMonths months before the day after cycleEnd', () => {
    expect(cycleStart('2026-12-31', 36)).toBe('2024-01-01');
    expect(cycleStart('2027-06-30', 24)).toBe('2025-07-01');
    expect(cycleStart('2028-02-28', 12)).toBe('2027-02-28');
  });

  it('shifts months clamped to the month’s last day, across years and leap years', () => {
    expect(shiftMonths('2026-03-31', -1)).toBe('2026-02-28');
    expect(shiftMonths('2028-03-31', -1)).toBe('2028-02-29');
    expect(shiftMonths('2026-01-15', -13)).toBe('2024-12-15');
    expect(shiftMonths('2026-11-30', 3)).toBe('2027-02-28');
  });
});
