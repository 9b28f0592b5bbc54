// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { creditRows } from '../../lib/store/credit-rows';
import { renewalOverview } from '../../lib/tally/renewal';
import { packetCycles } from '../../lib/packet/cycles';
import { readPacketSummary } from '../../lib/packet/read';
import { packetSummary, requirementLineText, stillNeededSentence } from '../../lib/packet/summary';
import { activity, testDb } from '../support/helpers';
import { cec, certification, inCategory } from '../support/renewal-fixtures';
import { storeAuditLog, TODAY } from '../support/packet';

const titles = (lines: Array<{ completedOn: string; title: string }>) =>
  lines.map((l) => `${l.completedOn} ${l.title}`);

describe('the summary of a cycle', () => {
  it('lists every counted activity in date order, with what it counts, its provider, number and certificate', async () => {
    const db = testDb();
    const { certification } = await storeAuditLog(db);
    const summary = await readPacketSummary(db, { certificationId: certification.id }, TODAY);
    expect(summary.cycle).toEqual({ start: '2025-07-01', end: '2027-06-30', current: true });
    expect(titles(summary.counted)).toEqual([
      '2025-09-01 Mobility for Desk Workers',
      '2026-03-07 Corrective Exercise for Runners',
      '2026-04-22 Nutrition and Endurance in Hot Climates',
      '2026-05-05 Same Title',
      '2026-05-05 Same Title',
      '2026-06-01 Διατροφή για δρομείς: Ώρα/Χρόνος',
      '2026-10-02 Heartsaver CPR AED',
    ]);
    const byTitle = (title: string) => summary.counted.find((c) => c.title === title)!;
    expect(byTitle('Corrective Exercise for Runners')).toMatchObject({
      provider: 'NASM',
      courseCode: 'NASM-2231',
      counted: '0.4 NASM CEUs',
      units: 0.4,
      hours: 4,
      certificate: true,
      category: null,
    });
    // Five contact hours are 0.5 NASM CEUs; the organizer stands for an unknown provider.
    expect(byTitle('Mobility for Desk Workers')).toMatchObject({
      provider: 'Iron Studio Seminars',
      counted: '0.5 NASM CEUs',
      hours: 5,
    });
    expect(byTitle('Heartsaver CPR AED')).toMatchObject({
      counted: '0.1 NASM CEUs (CPR/AED rule)',
      cprRule: true,
      certificate: false,
    });
    expect(
      summary.counted
        .filter((c) => c.title === 'Same Title')
        .map((c) => c.courseCode)
        .sort(),
    ).toEqual(['A-1', 'A-2']);
  });

  it('lists the credits earned but not counted, each with its reason', async () => {
    const db = testDb();
    const { certification } = await storeAuditLog(db);
    const summary = await readPacketSummary(db, { certificationId: certification.id }, TODAY);
    expect(summary.notCounted.map((n) => [n.completedOn, n.title, n.credits, n.reason])).toEqual([
      [
        '2025-10-10',
        'Heartsaver CPR AED',
        'none',
        'NASM counts one CPR/AED course a cycle: the course of 2026-10-02 is counted.',
      ],
      [
        '2026-01-14',
        'Youth Strength Training',
        '0.5 CEUs, 5 contact hours',
        'Plain CEUs record participation; no body accredits them, so NASM does not count them.',
      ],
      ['2026-02-02', 'Team Meeting Notes', 'none', 'No credit recorded for it.'],
      [
        '2026-09-14',
        'Functional Training in Water',
        '0.2 ACE CECs, 2 contact hours',
        'Accredited by ACE, not by NASM.',
      ],
    ]);
    // The course before the cycle is in neither list.
    expect([...summary.counted, ...summary.notCounted].some((l) => l.title === 'Before the Cycle')).toBe(false);
  });

  it('lists the counted activities with no certificate on file, and only those', async () => {
    const db = testDb();
    const { certification } = await storeAuditLog(db);
    const summary = await readPacketSummary(db, { certificationId: certification.id }, TODAY);
    expect(titles(summary.missingCertificates)).toEqual([
      '2026-04-22 Nutrition and Endurance in Hot Climates',
      '2026-10-02 Heartsaver CPR AED',
    ]);
    // The ACE course has its certificate, but it is not counted: not among the missing, not in the packet.
    expect(summary.notCounted.find((n) => n.title === 'Functional Training in Water')?.certificate).toBe(true);
  });

  it('a certificate whose file is gone is missing, whatever the activity says', async () => {
    const db = testDb();
    const { certification, activities } = await storeAuditLog(db);
    const runners = activities.find((a) => a.title === 'Corrective Exercise for Runners')!;
    const stored = await db.activities.get(runners.id);
    await db.certificates.delete(stored!.certificateFileId!);
    const summary = await readPacketSummary(db, { certificationId: certification.id }, TODAY);
    expect(summary.missingCertificates.map((m) => m.title)).toContain('Corrective Exercise for Runners');
  });

  it('has the totals the popup shows for the cycle, and its counted units add up to them', async () => {
    const db = testDb();
    const { certification } = await storeAuditLog(db);
    const summary = await readPacketSummary(db, { certificationId: certification.id }, TODAY);
    // The popup's figures: renewalOverview over the credit summary rows (components/popup/PopupApp.tsx).
    const [popup] = renewalOverview([certification], await creditRows(db), TODAY);
    // The same figures; the countings differ only in what they hold (the packet's whole activities, the popup's rows).
    const { counting: packetCounting, ...packetFigures } = summary.progress;
    const { counting: popupCounting, ...popupFigures } = popup;
    expect(packetFigures).toEqual(popupFigures);
    expect(packetCounting.counted.map((c) => c.activity.id)).toEqual(popupCounting.counted.map((c) => c.activity.id));
    expect(summary.progress.earned).toBe(1.7);
    expect(summary.counted.length).toBe(popup.activityCount);
    const sum = summary.counted.reduce((total, c) => total + c.units, 0);
    expect(Math.round(sum * 1000) / 1000).toBe(popup.earned);
    expect(summary.requirement).toEqual([
      { label: 'Total', required: 2, earned: 1.7, earnedBeforeMax: 1.7, max: null, met: false },
    ]);
    expect(summary.cpr).toBe('CPR/AED course on 2026-10-02 (card expiry not entered).');
  });

  it("makes a past cycle with the rules of the certification and that cycle's dates", async () => {
    const db = testDb();
    const { certification } = await storeAuditLog(db);
    const summary = await readPacketSummary(db, { certificationId: certification.id, cycleEnd: '2025-06-30' }, TODAY);
    expect(summary.cycle).toEqual({ start: '2023-07-01', end: '2025-06-30', current: false });
    expect(titles(summary.counted)).toEqual(['2025-06-30 Before the Cycle']);
    expect(summary.progress.earned).toBe(1);
    await expect(
      readPacketSummary(db, { certificationId: certification.id, cycleEnd: '2024-01-01' }, TODAY),
    ).rejects.toThrow('No cycle of this certification ends on 2024-01-01.');
    await expect(readPacketSummary(db, { certificationId: 'gone' }, TODAY)).rejects.toThrow(
      'This certification is no longer in CE Tally',
    );
  });

  it('for a body CE Tally does not know, lists every activity of the cycle as not counted, and why', () => {
    const other = certification({ body: 'other', name: 'State license', unit: 'credit', hoursPerUnit: 1 });
    const course = activity({ completedOn: '2026-02-02', credits: [cec('ace', 0.2, 'CEC')] });
    const summary = packetSummary(
      other,
      { start: '2025-07-01', end: '2027-06-30', current: true },
      [course],
      () => false,
      TODAY,
    );
    expect(summary.progress.countsCredits).toBe(false);
    expect(summary.bodyName).toBe('');
    expect(summary.counted).toEqual([]);
    expect(summary.notCounted.map((n) => n.reason)).toEqual([
      'CE Tally counts credits only for the bodies it knows; this certification tracks the deadline.',
    ]);
  });
});

describe('the cycles a packet can be made of', () => {
  it('are the current one and those before it, back to the first completion', () => {
    const nasm = certification();
    expect(packetCycles(nasm, '2022-03-01').map((c) => [c.start, c.end, c.current])).toEqual([
      ['2025-07-01', '2027-06-30', true],
      ['2023-07-01', '2025-06-30', false],
      ['2021-07-01', '2023-06-30', false],
    ]);
    // At least the cycle before, even with an empty log.
    expect(packetCycles(nasm, undefined)).toHaveLength(2);
    expect(packetCycles(nasm, '1990-01-01')).toHaveLength(10);
  });
});

describe('the summary of a certification with categories (NSCA)', () => {
  it('lists each category, what counted in it, and the part over a maximum as earned but not counted, and why', () => {
    const cscs = certification({
      id: 'cscs',
      body: 'nsca',
      name: 'NSCA-CSCS',
      cycleEnd: '2027-12-31',
      cycleMonths: 36,
      requirement: 6,
    });
    const nsca = (amount: number, category: string) =>
      inCategory({ kind: 'CEC', amount, unit: 'CEU', body: 'nsca', hours: amount * 10 }, category);
    const log = [
      activity({ id: 'q1', title: 'Quiz one', completedOn: '2025-02-01', provider: 'nsca', credits: [nsca(2, 'D')] }),
      activity({ id: 'q2', title: 'Quiz two', completedOn: '2025-03-01', provider: 'nsca', credits: [nsca(2, 'D')] }),
      activity({
        id: 'q3',
        title: 'Quiz three',
        completedOn: '2025-04-01',
        provider: 'nsca',
        credits: [nsca(0.5, 'D')],
      }),
      activity({
        id: 'c1',
        title: 'Conference',
        completedOn: '2025-05-01',
        courseCode: null,
        provider: undefined,
        organizer: 'State clinic',
        credits: [nsca(2.4, 'A')],
      }),
    ];
    const cycle = { start: '2025-01-01', end: '2027-12-31', current: true };
    const summary = packetSummary(cscs, cycle, log, () => true, '2026-12-01');
    expect(summary.requirement.map(requirementLineText)).toEqual([
      'Total: 6 of 6 (6.9 earned; met)',
      'Category A: Attendance: 2, at most 5.5 (2.4 earned)',
      'Category B: Share Your Expertise: 0, at most 4',
      'Category C: Educational Activities: 0, at most 5.5',
      'Category D: NSCA Quizzes & Assessments: 4, at most 4 (4.5 earned)',
    ]);
    expect(summary.counted.map((c) => [c.title, c.counted, c.category, c.recordedBy])).toEqual([
      ['Quiz one', '2 NSCA CEUs', 'Category D', 'recorded by NSCA'],
      ['Quiz two', '2 NSCA CEUs', 'Category D', 'recorded by NSCA'],
      ['Conference', '2 NSCA CEUs', 'Category A', null],
    ]);
    expect(summary.notCounted.map((c) => [c.title, c.credits, c.reason])).toEqual([
      [
        'Quiz three',
        '0.5 NSCA CEUs earned, not counted',
        'Category D counts at most 4 CEUs: the credits before this one reached it.',
      ],
      ['Conference', '0.4 NSCA CEUs earned, not counted', 'NSCA counts at most 2 CEUs from one event.'],
    ]);
    expect(stillNeededSentence(summary)).toBe('The requirement is met.');
  });
});
