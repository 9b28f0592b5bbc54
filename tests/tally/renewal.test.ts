import { describe, expect, it } from 'vitest';
import type { BodyId } from '../../lib/model/bodies';
import { todayIso } from '../../lib/model/calendar';
import { countsToward, cycleStart, renewalOverview, renewalProgress } from '../../lib/tally/renewal';
import { creditHours } from '../../lib/model/units';
import { cec, certification, completed, plainCeu } from '../support/renewal-fixtures';
import { TIME_ZONES, inTimeZone } from '../support/time-zones';

const TODAY = '2026-11-28';

describe('cycle start', () => {
  it.each([
    ['2027-06-30', 24, '2025-07-01'],
    ['2026-12-31', 36, '2024-01-01'], // NSCA: cycles end December 31
    ['2028-02-29', 24, '2026-03-01'], // ends on a leap day
    ['2026-02-28', 24, '2024-03-01'], // the leap day 2024-02-29 belongs to the cycle before
    ['2026-08-15', 24, '2024-08-16'],
    ['2031-06-30', 60, '2026-07-01'], // ANCC: five years
  ])('a cycle ending %s, %i months long, starts %s', (end, months, start) => {
    expect(cycleStart(end, months)).toBe(start);
  });
});

describe('conversion per body', () => {
  it.each<[BodyId, number, string, number, number]>([
    ['nasm', 0.4, 'CEU', 0.4, 4],
    ['nasm', 3, 'contact hour', 0.3, 3],
    ['ace', 0.2, 'CEC', 0.2, 2],
    ['ace', 5, 'contact hours', 0.5, 5],
    ['acsm', 2, 'CEC', 2, 2],
    ['nsca', 0.5, 'CEUs', 0.5, 5],
    ['afaa', 3, 'CEU', 3, 3],
    ['issa', 4, 'CEU', 4, 4],
    ['aea', 1.5, 'CEC', 1.5, 1.5],
    ['ncbtmb', 6, 'CE hour', 6, 6],
    ['ancc', 2.5, 'contact hour', 2.5, 2.5],
    ['pmi', 4.25, 'PDU', 4.25, 4.25],
  ])("%s: %f %s counts %f in the body's unit, %f contact hours", (body, amount, unit, units, hours) => {
    const progress = renewalProgress(
      certification({ body, requirement: 100 }),
      [completed('2026-09-14', [cec(body, amount, unit)])],
      TODAY,
    );
    expect(progress.earned).toBe(units);
    expect(progress.earnedHours).toBe(hours);
  });

  it('reads plural unit names as the unit (contact hours are hours, whatever the body)', () => {
    expect(creditHours({ amount: 5, unit: 'contact hours', body: 'ace' })).toBe(5);
    expect(creditHours({ amount: 1.5, unit: 'CEUs' })).toBe(15);
  });

  it('states the requirement in hours on the body scale', () => {
    expect(renewalProgress(certification(), [], TODAY).requirementHours).toBe(20);
    expect(
      renewalProgress(certification({ body: 'acsm', requirement: 45, cycleMonths: 36 }), [], TODAY).requirementHours,
    ).toBe(45);
  });
});

describe('what counts toward a certification', () => {
  it('only credits accredited by the same body; never a plain CEU', () => {
    const nasm = certification();
    expect(countsToward(cec('nasm', 0.4, 'CEU'), nasm)).toBe(true);
    expect(countsToward(cec('ace', 0.4, 'CEC'), nasm)).toBe(false);
    expect(countsToward(plainCeu(1.5), nasm)).toBe(false);
    // A participation CEU that names a body is still not accredited credit.
    expect(countsToward({ kind: 'CEU', amount: 1, unit: 'CEU', body: 'nasm', hours: 10 }, nasm)).toBe(false);
  });

  it('counts each body its own credit from an activity approved by several (mixed bodies)', () => {
    const log = [
      completed('2026-05-02', [cec('nasm', 0.5, 'CEU'), cec('acsm', 5, 'CEC')]),
      completed('2026-06-10', [cec('ace', 0.2, 'CEC')]),
      completed('2026-07-01', [plainCeu(1.5)]),
    ];
    const nasm = renewalProgress(certification(), log, TODAY);
    const acsm = renewalProgress(
      certification({ id: 'acsm', body: 'acsm', name: 'ACSM-CPT', requirement: 45, cycleMonths: 36 }),
      log,
      TODAY,
    );
    expect([nasm.earned, nasm.earnedHours, nasm.activityCount]).toEqual([0.5, 5, 1]);
    expect([acsm.earned, acsm.earnedHours, acsm.activityCount]).toEqual([5, 5, 1]);
  });

  it('counts one body stated twice on one certificate once', () => {
    const progress = renewalProgress(
      certification(),
      [completed('2026-05-02', [cec('nasm', 0.4, 'CEU'), cec('nasm', 4, 'contact hour')])],
      TODAY,
    );
    expect(progress.earned).toBe(0.4);
  });

  it('adds tenths without floating-point drift', () => {
    const log = Array.from({ length: 20 }, (_, i) =>
      completed(`2026-01-${String(i + 1).padStart(2, '0')}`, [cec('nasm', 0.1, 'CEU')]),
    );
    const progress = renewalProgress(certification(), log, TODAY);
    expect(progress.earned).toBe(2);
    expect(progress.stillNeeded).toBe(0);
    expect(progress.state).toBe('complete');
  });

  it('counts nothing automatically for "other", whose body no credit names', () => {
    const other = certification({
      body: 'other',
      name: 'State massage license',
      unit: 'CE credit',
      hoursPerUnit: 1,
      requirement: 12,
    });
    const progress = renewalProgress(
      other,
      [completed('2026-05-02', [cec('ncbtmb', 6, 'CE hour')]), completed('2026-05-03', [plainCeu(1)])],
      TODAY,
    );
    expect(progress.countsCredits).toBe(false);
    expect(progress.earned).toBe(0);
    expect(progress.scale).toMatchObject({ unit: 'CE credit', hoursPerUnit: 1 });
    expect(progress.requirementHours).toBe(12);
  });
});

describe('counting per cycle', () => {
  it('includes completions on the first and the last day of the cycle, and nothing outside it', () => {
    const log = [
      completed('2025-06-30', [cec('nasm', 0.1, 'CEU')]),
      completed('2025-07-01', [cec('nasm', 0.2, 'CEU')]),
      completed('2027-06-30', [cec('nasm', 0.4, 'CEU')]),
      completed('2027-07-01', [cec('nasm', 0.8, 'CEU')]),
    ];
    const progress = renewalProgress(certification({ cycleEnd: '2027-06-30' }), log, TODAY);
    expect(progress.cycleStart).toBe('2025-07-01');
    expect(progress.earned).toBe(0.6);
    expect(progress.activityCount).toBe(2);
  });

  it('handles a cycle that ends on a leap day', () => {
    const log = ['2026-02-28', '2026-03-01', '2028-02-29', '2028-03-01'].map((d) =>
      completed(d, [cec('nasm', 0.1, 'CEU')]),
    );
    const progress = renewalProgress(certification({ cycleEnd: '2028-02-29' }), log, TODAY);
    expect(progress.cycleStart).toBe('2026-03-01');
    expect(progress.earned).toBe(0.2);
  });

  it('gives the leap day before a February 28 end to the previous cycle', () => {
    const log = ['2024-02-29', '2024-03-01'].map((d) => completed(d, [cec('nasm', 0.3, 'CEU')]));
    expect(renewalProgress(certification({ cycleEnd: '2026-02-28' }), log, '2025-06-01').earned).toBe(0.3);
  });
});

describe('CPR/AED', () => {
  const cpr = (on: string, credits = [] as ReturnType<typeof cec>[]) => completed(on, credits, { cprAed: true });

  it("counts NASM's 0.1 CEU for a CPR/AED course in the cycle, once, in place of the course's own credits", () => {
    const nasm = certification({ cprRequired: true });
    expect(renewalProgress(nasm, [cpr('2026-03-01')], TODAY)).toMatchObject({ earned: 0.1, cprCounted: 0.1 });
    expect(renewalProgress(nasm, [cpr('2026-03-01'), cpr('2027-03-01')], TODAY)).toMatchObject({
      earned: 0.1,
      cprCounted: 0.1,
      activityCount: 1,
    });
    expect(renewalProgress(nasm, [cpr('2026-03-01', [cec('nasm', 0.2, 'CEU')])], TODAY).earned).toBe(0.1);
    expect(renewalProgress(nasm, [cpr('2025-06-30')], TODAY)).toMatchObject({ earned: 0, cprCounted: 0 });
  });

  it('applies AFAA (2 CEUs) and AEA (3 CECs) rules', () => {
    expect(renewalProgress(certification({ body: 'afaa', requirement: 15 }), [cpr('2026-03-01')], TODAY).earned).toBe(
      2,
    );
    expect(renewalProgress(certification({ body: 'aea', requirement: 15 }), [cpr('2026-03-01')], TODAY).earned).toBe(3);
  });

  it('counts a CPR/AED course by its stated credits where the body has no rule (ACE)', () => {
    const ace = certification({ body: 'ace', cprRequired: true });
    expect(renewalProgress(ace, [cpr('2026-03-01', [cec('ace', 0.4, 'CEC')])], TODAY)).toMatchObject({
      earned: 0.4,
      cprCounted: 0,
    });
    expect(renewalProgress(ace, [cpr('2026-03-01')], TODAY)).toMatchObject({ earned: 0, cprCounted: 0 });
  });

  it('tracks "current CPR/AED" as its own yes/no, from the card expiry or else a course in the cycle', () => {
    const cprStatus = (overrides: Parameters<typeof certification>[0], log = [] as ReturnType<typeof completed>[]) =>
      renewalProgress(certification({ cprRequired: true, ...overrides }), log, TODAY).cpr;
    expect(cprStatus({ cprExpires: TODAY })).toMatchObject({ required: true, met: true, expires: TODAY });
    expect(cprStatus({ cprExpires: '2026-11-27' }, [cpr('2026-11-01')])).toMatchObject({
      met: false,
      courseOn: '2026-11-01',
    });
    expect(cprStatus({}, [cpr('2026-01-10'), cpr('2026-08-01')])).toMatchObject({ met: true, courseOn: '2026-08-01' });
    expect(cprStatus({}, [cpr('2025-06-30')])).toMatchObject({ met: false, courseOn: undefined });
    expect(cprStatus({})).toMatchObject({ met: false });
    expect(renewalProgress(certification({ cprRequired: false }), [], TODAY).cpr).toMatchObject({
      required: false,
      met: true,
    });
  });

  it('keeps a certification with all its credits but no current CPR/AED from being complete', () => {
    const log = [completed('2026-05-02', [cec('nasm', 2, 'CEU')])];
    const progress = renewalProgress(certification({ cprRequired: true, cycleEnd: '2027-01-15' }), log, TODAY);
    expect(progress.stillNeeded).toBe(0);
    expect(progress.state).toBe('due-soon');
  });
});

describe('deadlines: overdue and due within 90 days', () => {
  const stateOn = (today: string, log = [] as ReturnType<typeof completed>[]) =>
    renewalProgress(certification({ cycleEnd: '2027-06-30' }), log, today);

  it.each([
    ['2027-03-31', 91, 'in-progress'],
    ['2027-04-01', 90, 'due-soon'],
    ['2027-06-29', 1, 'due-soon'],
    ['2027-06-30', 0, 'due-soon'],
    ['2027-07-01', -1, 'overdue'],
  ])('on %s: %i days left, %s', (today, daysLeft, state) => {
    expect(stateOn(today)).toMatchObject({ daysLeft, state });
  });

  it('is complete once the requirement is met, before or after the end', () => {
    const done = [completed('2026-05-02', [cec('nasm', 2, 'CEU')])];
    expect(stateOn('2027-06-01', done).state).toBe('complete');
    expect(stateOn('2027-08-01', done)).toMatchObject({ state: 'complete', daysLeft: -32 });
  });

  it('says what is still needed and the share done', () => {
    const progress = stateOn(TODAY, [completed('2026-05-02', [cec('nasm', 1.2, 'CEU')])]);
    expect(progress).toMatchObject({ earned: 1.2, earnedHours: 12, stillNeeded: 0.8, share: 0.6 });
    expect(stateOn(TODAY, [completed('2026-05-02', [cec('nasm', 3, 'CEU')])])).toMatchObject({
      stillNeeded: 0,
      share: 1,
    });
  });
});

describe('empty log', () => {
  it('shows the whole requirement still needed', () => {
    expect(renewalProgress(certification(), [], TODAY)).toMatchObject({
      earned: 0,
      earnedHours: 0,
      stillNeeded: 2,
      share: 0,
      activityCount: 0,
      cprCounted: 0,
      daysLeft: 214,
      state: 'in-progress',
    });
    expect(renewalOverview([], [], TODAY)).toEqual([]);
  });
});

it('lists certifications soonest cycle end first', () => {
  const overview = renewalOverview(
    [
      certification({ id: 'a', name: 'NASM-CPT', cycleEnd: '2027-06-30' }),
      certification({ id: 'b', body: 'acsm', name: 'ACSM-CPT', cycleEnd: '2027-01-31', requirement: 45 }),
    ],
    [],
    TODAY,
  );
  expect(overview.map((p) => p.certification.name)).toEqual(['ACSM-CPT', 'NASM-CPT']);
});

describe.each(TIME_ZONES)('calendar dates in time zone %s', (zone) => {
  inTimeZone(zone);

  it('counts a completion on the last day of the cycle', () => {
    const progress = renewalProgress(
      certification({ cycleEnd: '2027-06-30' }),
      [completed('2027-06-30', [cec('nasm', 0.5, 'CEU')])],
      '2027-06-30',
    );
    expect(progress).toMatchObject({ earned: 0.5, daysLeft: 0, state: 'due-soon' });
  });

  it("takes the deadline from the user's local today", () => {
    // 23:30 UTC on the last day: still June 30 west of Greenwich, already July 1 far east.
    const today = todayIso(new Date(Date.UTC(2027, 5, 30, 23, 30)));
    const progress = renewalProgress(certification({ cycleEnd: '2027-06-30' }), [], today);
    const overdueThere = zone === 'Pacific/Kiritimati' || zone === 'Australia/Lord_Howe';
    expect(progress.state).toBe(overdueThere ? 'overdue' : 'due-soon');
  });
});
