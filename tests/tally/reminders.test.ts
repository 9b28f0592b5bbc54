import { describe, expect, it } from 'vitest';
import { addDays } from '../../lib/model/calendar';
import type { Certification } from '../../lib/model/schema';
import {
  dueReminders,
  nextReminderDay,
  parseReminderKey,
  reminderKey,
  stillMissing,
  type Reminder,
} from '../../lib/tally/reminders';
import { cec, certification, completed, inCategory } from '../support/renewal-fixtures';

const NSCA = certification({
  id: 'cert-nsca',
  body: 'nsca',
  name: 'NSCA-CSCS',
  cycleEnd: '2027-12-31',
  cycleMonths: 36,
  requirement: 6,
});
/**
 * 5.4 of NSCA's 6.0 CEUs in the cycle: 0.6 still needed. Three events in three categories, as NSCA counts
 * them (at most 2.0 CEUs an event, from at least two categories: lib/model/requirements.ts).
 */
const NSCA_LOG = [
  completed('2026-03-02', [inCategory(cec('nsca', 2, 'CEUs'), 'A')]),
  completed('2026-04-02', [inCategory(cec('nsca', 2, 'CEUs'), 'C')]),
  completed('2026-05-02', [inCategory(cec('nsca', 1.4, 'CEUs'), 'D')]),
];

const nothingSent = () => false;
const daysBefore = (date: string, days: number) => addDays(date, -days);

function due(cert: Certification, today: string, sent: ReadonlySet<string> = new Set()): Reminder[] {
  return dueReminders(cert, stillMissing(cert, NSCA_LOG, today), today, (key) => sent.has(key));
}

describe('what is still missing, from the tally', () => {
  it('names the credits still needed in the body’s unit', () => {
    expect(stillMissing(NSCA, NSCA_LOG, '2027-12-01').items).toEqual(['0.6 CEUs']);
  });

  it('names a CPR/AED card where the body requires one and none is current', () => {
    const nasm = certification({ cprRequired: true, cprExpires: '2026-01-31' });
    expect(stillMissing(nasm, [], '2027-06-01').items).toEqual(['2 CEUs; a current CPR/AED card']);
  });

  it('is empty once the requirement and the card are met', () => {
    const nasm = certification({ cprRequired: true, cprExpires: '2028-01-31' });
    expect(stillMissing(nasm, [completed('2026-05-01', [cec('nasm', 2, 'CEUs')])], '2027-06-01').items).toEqual([]);
  });

  it('names what the body’s categories still want, as the popup says it', () => {
    // 6.0 CEUs earned, all in Category A: over its 5.5 maximum, and from one category where NSCA wants two.
    const allInA = [2, 2, 2].map((amount, i) =>
      completed(`2026-0${i + 3}-02`, [inCategory(cec('nsca', amount, 'CEUs'), 'A')]),
    );
    const missing = stillMissing(NSCA, allInA, '2027-12-01');
    expect(missing.items).toEqual(['0.5 CEUs; credits from 1 more category']);
    expect(dueReminders(NSCA, missing, '2027-12-01', nothingSent)[0].message).toBe(
      '0.5 CEUs; credits from 1 more category still needed by 2027-12-31.',
    );
  });

  it('says what an "other" body requires, since CE Tally cannot count its credits', () => {
    const other = certification({ body: 'other', name: 'State PE', unit: 'PDH', hoursPerUnit: 1, requirement: 15 });
    expect(stillMissing(other, [], '2027-06-01').items).toEqual(["15 PDH (CE Tally cannot count this body's credits)"]);
  });
});

describe('which reminder is due', () => {
  it.each([
    [91, undefined],
    [90, 90],
    [89, 90],
    [31, 90],
    [30, 30],
    [8, 30],
    [7, 7],
    [1, 7],
    [0, 7],
    [-1, undefined],
  ])('%i days before the cycle ends: the %s-day step', (days, step) => {
    const reminders = due(NSCA, daysBefore(NSCA.cycleEnd, days));
    expect(reminders.map((r) => r.step)).toEqual(step === undefined ? [] : [step]);
  });

  it('says in plain words when the cycle ends and what is missing, and names its step', () => {
    const [reminder] = due(NSCA, '2027-12-01');
    expect(reminder).toEqual({
      key: 'reminder:cert-nsca:cycle:2027-12-31:30',
      certificationId: 'cert-nsca',
      subject: 'cycle',
      ends: '2027-12-31',
      step: 30,
      daysLeft: 30,
      title: 'NSCA-CSCS renews in 30 days',
      message: '0.6 CEUs still needed by 2027-12-31.',
    });
  });

  it('says "tomorrow" and "today" on the last two days', () => {
    expect(due(NSCA, '2027-12-30')[0].title).toBe('NSCA-CSCS renews tomorrow');
    expect(due(NSCA, '2027-12-31')[0].title).toBe('NSCA-CSCS renews today');
  });

  it('names credits and card together when both are missing', () => {
    const nasm = certification({ cprRequired: true });
    const [reminder] = dueReminders(nasm, stillMissing(nasm, [], '2027-06-23'), '2027-06-23', nothingSent);
    expect(reminder.message).toBe('2 CEUs; a current CPR/AED card still needed by 2027-06-30.');
  });

  it('shows nothing when nothing is missing', () => {
    const done = [...NSCA_LOG, completed('2026-06-01', [inCategory(cec('nsca', 0.6, 'CEUs'), 'D')])];
    expect(dueReminders(NSCA, stillMissing(NSCA, done, '2027-12-01'), '2027-12-01', nothingSent)).toEqual([]);
  });

  it('shows nothing when the user turned reminders off for the certification', () => {
    const off = { ...NSCA, reminders: false };
    expect(due(off, '2027-12-01')).toEqual([]);
    expect(due({ ...off, cprRequired: true, cprExpires: '2027-12-10' }, '2027-12-01')).toEqual([]);
    expect(due({ ...NSCA, reminders: true }, '2027-12-01')).toHaveLength(1);
  });

  it('never shows a step already sent', () => {
    const sent = new Set([reminderKey('cert-nsca', 'cycle', '2027-12-31', 30)]);
    expect(due(NSCA, '2027-12-01', sent)).toEqual([]);
    expect(due(NSCA, '2027-12-20', sent)).toEqual([]); // still the 30-day step
    expect(due(NSCA, '2027-12-24', sent).map((r) => r.step)).toEqual([7]);
  });

  it('shows only the latest step when earlier ones passed unseen (the browser was closed)', () => {
    // Closed from before the 90-day step until 5 days before the end: one reminder, the 7-day one.
    expect(due(NSCA, '2027-12-26').map((r) => [r.step, r.daysLeft])).toEqual([[7, 5]]);
    // After the 30-day step was sent, the 90-day one is never shown late.
    const sent = new Set([reminderKey('cert-nsca', 'cycle', '2027-12-31', 30)]);
    expect(due(NSCA, '2027-12-02', sent)).toEqual([]);
  });

  it('gives a renewed cycle new steps: what was sent for the old cycle end does not silence them', () => {
    const sent = new Set(([90, 30, 7] as const).map((step) => reminderKey('cert-nsca', 'cycle', NSCA.cycleEnd, step)));
    const renewed = { ...NSCA, cycleEnd: '2030-12-31' };
    expect(due(renewed, '2027-12-26', sent)).toEqual([]); // years before the new end
    expect(due(renewed, '2030-10-02', sent).map((r) => r.key)).toEqual(['reminder:cert-nsca:cycle:2030-12-31:90']);
  });
});

describe('CPR/AED card expiry', () => {
  const nasm = certification({ cprRequired: true, cprExpires: '2027-02-14' });
  const nasmDone = [completed('2026-05-01', [cec('nasm', 2, 'CEUs')])];
  const dueCard = (cert: Certification, today: string) =>
    dueReminders(cert, stillMissing(cert, nasmDone, today), today, nothingSent).filter((r) => r.subject === 'cpr-card');

  it.each([
    [91, undefined],
    [90, 90],
    [30, 30],
    [7, 7],
    [0, 7],
    [-1, undefined],
  ])('%i days before the card expires: the %s-day step, even with the credits complete', (days, step) => {
    const reminders = dueCard(nasm, daysBefore('2027-02-14', days));
    expect(reminders.map((r) => r.step)).toEqual(step === undefined ? [] : [step]);
  });

  it('says so in plain words', () => {
    expect(dueCard(nasm, '2027-01-15')).toEqual([
      {
        key: 'reminder:cert-nasm:cpr-card:2027-02-14:30',
        certificationId: 'cert-nasm',
        subject: 'cpr-card',
        ends: '2027-02-14',
        step: 30,
        daysLeft: 30,
        title: 'Your CPR/AED card expires in 30 days',
        message:
          'NASM-CPT needs a current CPR/AED card. When you have the new card, enter its expiry date in CE Tally.',
      },
    ]);
  });

  it('is not reminded where the certification does not require CPR/AED', () => {
    expect(dueCard({ ...nasm, cprRequired: false }, '2027-01-15')).toEqual([]);
  });

  it('gets new steps with a new card', () => {
    const renewedCard = { ...nasm, cprExpires: '2029-02-14' };
    expect(dueCard(renewedCard, '2027-01-15')).toEqual([]);
  });

  it('is a reminder of its own beside the cycle’s', () => {
    const both = { ...nasm, cycleEnd: '2027-02-20' };
    const reminders = dueReminders(both, stillMissing(both, [], '2027-02-10'), '2027-02-10', nothingSent);
    expect(reminders.map((r) => [r.subject, r.step])).toEqual([
      ['cycle', 30],
      ['cpr-card', 7],
    ]);
  });
});

describe('when to look again', () => {
  it('is the first step day after today, of any certification, cycle or card', () => {
    const card = certification({ id: 'c2', cprRequired: true, cprExpires: '2027-03-01' });
    // c2's card steps are 2026-12-01 (today: not after it), 2027-01-30 and 2027-02-22.
    expect(nextReminderDay([NSCA, card], '2026-12-01')).toBe('2027-01-30');
    expect(nextReminderDay([NSCA, card], '2027-03-01')).toBe('2027-04-01'); // 90 days before 2027-06-30
    expect(nextReminderDay([NSCA], '2027-12-01')).toBe('2027-12-24');
    expect(nextReminderDay([NSCA], '2027-12-24')).toBeUndefined();
  });

  it('skips certifications whose reminders are off', () => {
    expect(nextReminderDay([{ ...NSCA, reminders: false }], '2027-01-01')).toBeUndefined();
  });
});

describe('a reminder key', () => {
  it('reads back the certification and step, even an id holding colons', () => {
    for (const id of ['cert-nsca', 'a:b:cycle:2027-12-31:30', 'x y']) {
      expect(parseReminderKey(reminderKey(id, 'cpr-card', '2027-02-14', 7))).toEqual({
        certificationId: id,
        subject: 'cpr-card',
        ends: '2027-02-14',
        step: 7,
      });
    }
  });

  it('is not read from another notification id', () => {
    for (const id of ['', 'reminder:', 'reminder::cycle:2027-12-31:30', 'reminder:x:cycle:2027-12-31:14', 'other'])
      expect(parseReminderKey(id)).toBeUndefined();
  });
});
