import { splitByStatedShares } from '../../lib/model/stated-shares';
import { describe, expect, it } from 'vitest';
import { creditSchema } from '../../lib/model/schema';
import { requirementRulesSchema } from '../../lib/model/requirements';
import { DEFAULT_RULES, splitProblem } from '../../lib/model/requirement-defaults';
import { renewalProgress, requiredTotal } from '../../lib/tally/renewal';
import { daysLeftText, stillNeededText } from '../../lib/tally/still-needed';
import { cec, certification, completed, inCategories, inCategory, plainCeu } from '../support/renewal-fixtures';

/**
 * Each rule of docs/domain.md's "Requirement rules" against the body's own figures. The names of these
 * tests are listed, rule by rule, in the issue's closing note.
 */
const TODAY = '2026-12-01';
const nsca = (overrides = {}) =>
  certification({
    id: 'cscs',
    body: 'nsca',
    name: 'NSCA-CSCS',
    cycleEnd: '2027-12-31',
    cycleMonths: 36,
    requirement: 6,
    ...overrides,
  });
const nsCeu = (amount: number, category: string) => inCategory(cec('nsca', amount, 'CEU'), category);

describe('NSCA: category maxima, two categories, 2.0 CEUs an event, proration', () => {
  it('counts Category A up to its 5.5 CEUs; the rest is earned but not counted, and says why', () => {
    const log = [
      completed('2025-03-01', [nsCeu(2, 'A')]),
      completed('2025-09-01', [nsCeu(2, 'A')]),
      completed('2026-03-01', [nsCeu(2, 'A')]),
      completed('2026-04-01', [nsCeu(1, 'D')]),
    ];
    const progress = renewalProgress(nsca(), log, TODAY);
    expect(progress.earned).toBe(7);
    expect(progress.counted).toBe(6.5);
    const a = progress.categories.find((c) => c.id === 'A')!;
    expect(a).toMatchObject({ earned: 6, counted: 5.5, max: 5.5 });
    expect(progress.counting.overLimit).toEqual([
      expect.objectContaining({ units: 0.5, reason: expect.objectContaining({ kind: 'category-max', max: 5.5 }) }),
    ]);
    // The later credit is the one over the maximum.
    expect(progress.counting.overLimit[0].activity.completedOn).toBe('2026-03-01');
    expect(progress.state).toBe('complete');
  });

  it('counts a credit exactly at a maximum whole, with nothing over it', () => {
    const log = [completed('2025-03-01', [nsCeu(2, 'B')]), completed('2025-04-01', [nsCeu(2, 'B')])];
    const progress = renewalProgress(nsca(), log, TODAY);
    expect(progress.categories.find((c) => c.id === 'B')).toMatchObject({ earned: 4, counted: 4, max: 4 });
    expect(progress.counting.overLimit).toEqual([]);
  });

  it('counts at most 2.0 CEUs from one event; exactly 2.0 counts whole', () => {
    const over = renewalProgress(nsca(), [completed('2025-03-01', [nsCeu(2.5, 'A')])], TODAY);
    expect([over.earned, over.counted]).toEqual([2.5, 2]);
    expect(over.counting.overLimit).toEqual([
      expect.objectContaining({ units: 0.5, reason: { kind: 'event-max', max: 2 } }),
    ]);
    const at = renewalProgress(nsca(), [completed('2025-03-01', [nsCeu(2, 'A')])], TODAY);
    expect([at.earned, at.counted, at.counting.overLimit.length]).toEqual([2, 2, 0]);
  });

  it('wants CEUs from at least two categories, even with the total reached', () => {
    const oneCategory = [
      completed('2025-03-01', [nsCeu(2, 'C')]),
      completed('2025-04-01', [nsCeu(2, 'C')]),
      completed('2025-05-01', [nsCeu(1.5, 'C')]),
      completed('2025-06-01', [cec('nsca', 0.5, 'CEU')]),
    ];
    const progress = renewalProgress(nsca(), oneCategory, TODAY);
    expect(progress.counted).toBe(6);
    expect(progress.categorySpread).toEqual({ required: 2, have: 1 });
    expect(progress.missing).toEqual([{ kind: 'categories', more: 1 }]);
    expect(progress.state).not.toBe('complete');
    expect(stillNeededText(progress)).toBe('credits from 1 more category');
    const twoCategories = [...oneCategory.slice(0, 3), completed('2025-06-01', [nsCeu(0.5, 'D')])];
    expect(renewalProgress(nsca(), twoCategories, TODAY).state).toBe('complete');
  });

  it('prorates 6.0 CEUs by the year of the cycle one was certified in (unconfirmed figures: 2.0 a year)', () => {
    const step = 0.1;
    expect(requiredTotal(nsca({ certifiedOn: '2025-06-01' }), step)).toEqual({ amount: 6 });
    expect(requiredTotal(nsca({ certifiedOn: '2026-01-01' }), step)).toEqual({
      amount: 4,
      prorated: { full: 6, certifiedOn: '2026-01-01' },
    });
    expect(requiredTotal(nsca({ certifiedOn: '2027-12-31' }), step).amount).toBe(2);
    // Certified before the cycle: the whole requirement. A body that does not prorate: the whole requirement.
    expect(requiredTotal(nsca({ certifiedOn: '2019-05-01' }), step).amount).toBe(6);
    expect(requiredTotal(certification({ certifiedOn: '2026-01-01' }), step).amount).toBe(2);
    const progress = renewalProgress(nsca({ certifiedOn: '2026-02-01' }), [], TODAY);
    expect([progress.required.amount, progress.stillNeeded, progress.requirementHours]).toEqual([4, 4, 40]);
  });

  it('marks the courses NSCA records itself (its own events and quizzes)', () => {
    const log = [
      completed('2025-03-01', [nsCeu(0.2, 'D')], { provider: 'nsca', id: 'quiz' }),
      completed('2025-04-01', [nsCeu(0.5, 'A')], { provider: 'human-kinetics', id: 'hk' }),
    ];
    const counted = renewalProgress(nsca(), log, TODAY).counting.counted;
    expect(counted.map((c) => c.recordedBy)).toEqual(['nsca', undefined]);
  });
});

describe('NCBTMB: 24 CE hours, at least 3 in ethics, at most 4 of self-care', () => {
  const ncbtmb = certification({ id: 'ncb', body: 'ncbtmb', name: 'NCBTMB', requirement: 24, cycleEnd: '2027-06-30' });
  const hours = (n: number) => cec('ncbtmb', n, 'CE hour');

  it('still needs 3 ethics hours when the 24 hours are reached without ethics', () => {
    const progress = renewalProgress(ncbtmb, [completed('2026-01-10', [hours(24)])], TODAY);
    expect(progress.counted).toBe(24);
    expect(progress.stillNeeded).toBe(3);
    expect(progress.categories.find((c) => c.id === 'ethics')).toMatchObject({ counted: 0, min: 3, missing: 3 });
    expect(stillNeededText(progress)).toBe('3 Ethics hours');
    expect(progress.state).toBe('in-progress');
  });

  it('counts a credit split as its page stated it (3 of its 6 hours in ethics, the rest in none) whole', () => {
    const split = splitByStatedShares({ ...hours(6), statedShares: [{ id: 'ethics', amount: 3 }] });
    const progress = renewalProgress(
      ncbtmb,
      [completed('2026-01-10', split), completed('2026-02-10', [hours(18)])],
      TODAY,
    );
    expect(progress).toMatchObject({ counted: 24, stillNeeded: 0, state: 'complete' });
    expect(progress.categories.find((c) => c.id === 'ethics')).toMatchObject({ counted: 3, missing: 0 });
  });

  it('is met with 3 ethics hours among the 24', () => {
    const log = [completed('2026-01-10', [hours(21)]), completed('2026-02-10', [inCategory(hours(3), 'ethics')])];
    expect(renewalProgress(ncbtmb, log, TODAY)).toMatchObject({ stillNeeded: 0, state: 'complete', missing: [] });
  });

  it('counts 4 of 6 self-care hours; the other 2 are earned, not counted', () => {
    const log = [completed('2026-01-10', [inCategory(hours(6), 'self-care')])];
    const progress = renewalProgress(ncbtmb, log, TODAY);
    expect([progress.earned, progress.counted]).toEqual([6, 4]);
    expect(progress.counting.overLimit[0]).toMatchObject({ units: 2, reason: { kind: 'category-max', max: 4 } });
  });

  it('asks the total and the ethics minimum together: "X hours, 3 of them in Ethics"', () => {
    const progress = renewalProgress(ncbtmb, [completed('2026-01-10', [hours(10)])], TODAY);
    expect(progress.stillNeeded).toBe(14);
    expect(stillNeededText(progress)).toBe('14 CE hours, 3 of them in Ethics');
  });

  it('carries nothing over (no carry-over rule)', () => {
    const log = [completed('2025-03-01', [hours(40)])];
    expect(renewalProgress(ncbtmb, log, TODAY).carryOver).toBeUndefined();
  });
});

describe('PMI: 60 PDUs, at least 35 Education, at most 25 Giving Back, carry-over of the last year', () => {
  const pmp = certification({
    id: 'pmp',
    body: 'pmi',
    name: 'PMI-PMP',
    requirement: 60,
    cycleMonths: 36,
    cycleEnd: '2028-06-30',
  });
  const pdu = (n: number) => cec('pmi', n, 'PDU');

  it('still needs Education PDUs when Giving Back fills the total, and counts only 25 of Giving Back', () => {
    const log = [
      completed('2025-09-01', [inCategory(pdu(30), 'giving-back')]),
      completed('2026-01-01', [inCategory(pdu(20), 'power-skills')]),
      completed('2026-02-01', [inCategory(pdu(15), 'ways-of-working')]),
    ];
    const progress = renewalProgress(pmp, log, TODAY);
    expect([progress.earned, progress.counted]).toEqual([65, 60]);
    expect(progress.categories.find((c) => c.id === 'giving-back')).toMatchObject({ earned: 30, counted: 25, max: 25 });
    expect(progress.categories.find((c) => c.id === 'education')).toMatchObject({ counted: 35, min: 35, missing: 0 });
    expect(progress.state).toBe('complete');
    const short = renewalProgress(pmp, log.slice(0, 2), TODAY);
    expect(short.categories.find((c) => c.id === 'education')).toMatchObject({ counted: 20, missing: 15 });
    expect(stillNeededText(short)).toBe('15 Education PDUs');
  });

  it('splits one activity across the skill areas, all of it Education', () => {
    const log = [
      completed('2026-01-01', [
        inCategories(pdu(8), { 'ways-of-working': 3, 'power-skills': 2.5, 'business-acumen': 2.5 }),
      ]),
    ];
    const progress = renewalProgress(pmp, log, TODAY);
    expect(progress.categories.map((c) => [c.id, c.counted])).toEqual([
      ['ways-of-working', 3],
      ['power-skills', 2.5],
      ['business-acumen', 2.5],
      ['education', 8],
      ['giving-back', 0],
    ]);
  });

  it('carries the PDUs over 60 earned in the last year of the cycle before, and says so', () => {
    // The cycle before ended 2025-06-30; its last year began 2024-07-01.
    const log = [
      completed('2023-01-10', [inCategory(pdu(50), 'power-skills')]),
      completed('2024-06-30', [inCategory(pdu(5), 'power-skills')]),
      completed('2025-01-10', [inCategory(pdu(15), 'business-acumen')]),
    ];
    const progress = renewalProgress(pmp, log, TODAY);
    expect(progress.carryOver).toEqual({ units: 10, fromCycleEnd: '2025-06-30' });
    expect(progress.counted).toBe(10);
    // Over 60, but earned before the last year: nothing carries.
    const early = [completed('2023-01-10', [pdu(70)])];
    expect(renewalProgress(pmp, early, TODAY).carryOver).toBeUndefined();
    // Only what is over 60 carries, however much the last year held.
    const lastYear = [completed('2023-01-10', [pdu(55)]), completed('2025-03-01', [pdu(30)])];
    expect(renewalProgress(pmp, lastYear, TODAY).carryOver?.units).toBe(25);
  });
});

describe('AFAA: at least 2 CEUs from its own courses', () => {
  const afaa = certification({ id: 'afaa', body: 'afaa', name: 'AFAA', requirement: 15 });
  it('still needs 2 from AFAA courses when 15 CEUs come from elsewhere; the minimum is marked unconfirmed', () => {
    const progress = renewalProgress(afaa, [completed('2026-01-10', [cec('afaa', 15, 'CEU')])], TODAY);
    expect(progress.stillNeeded).toBe(2);
    expect(progress.categories[0]).toMatchObject({ id: 'afaa-course', missing: 2, rule: { unconfirmed: true } });
    expect(stillNeededText(progress)).toBe("2 CEUs in AFAA's own courses");
    const met = [
      completed('2026-01-10', [cec('afaa', 13, 'CEU')]),
      completed('2026-02-10', [inCategory(cec('afaa', 2, 'CEU'), 'afaa-course')]),
    ];
    expect(renewalProgress(afaa, met, TODAY).state).toBe('complete');
  });
});

describe('ACSM: a 6-month grace period; its own courses on the dashboard since 2025-02-22', () => {
  const acsm = certification({
    id: 'acsm',
    body: 'acsm',
    name: 'ACSM-CPT',
    requirement: 45,
    cycleMonths: 36,
    cycleEnd: '2026-12-31',
  });
  const cecs = (n: number) => cec('acsm', n, 'CEC');

  it('extends the deadline by 6 months once the cycle ends, shown as a grace period, then is overdue', () => {
    const log = [completed('2026-05-01', [cecs(40)])];
    const before = renewalProgress(acsm, log, '2026-12-31');
    expect(before).toMatchObject({ inGrace: false, deadline: '2026-12-31', daysLeft: 0, state: 'due-soon' });
    const during = renewalProgress(acsm, log, '2027-01-31');
    expect(during).toMatchObject({ inGrace: true, deadline: '2027-06-30', daysLeft: 150, state: 'in-progress' });
    expect(daysLeftText(during)).toBe('grace period: 150 days left');
    const after = renewalProgress(acsm, log, '2027-07-01');
    expect(after).toMatchObject({ inGrace: false, deadline: '2026-12-31', state: 'overdue' });
  });

  it('counts the CECs earned in the grace period while renewal waits in it', () => {
    const log = [completed('2026-05-01', [cecs(40)]), completed('2027-02-01', [cecs(5)])];
    expect(renewalProgress(acsm, log, '2027-02-02')).toMatchObject({ counted: 45, state: 'complete' });
    expect(renewalProgress(acsm, log, '2026-12-01').counted).toBe(40);
  });

  it('has no grace period where the body gives none (NASM)', () => {
    const progress = renewalProgress(certification({ cycleEnd: '2026-11-30' }), [], TODAY);
    expect(progress).toMatchObject({ inGrace: false, state: 'overdue', daysLeft: -1 });
  });

  it('marks ACSM courses completed since 2025-02-22 as recorded by ACSM, not those before', () => {
    const log = [
      completed('2025-02-21', [cecs(1)], { provider: 'acsm', id: 'a' }),
      completed('2025-02-22', [cecs(1)], { provider: 'acsm', id: 'b' }),
    ];
    expect(renewalProgress(acsm, log, TODAY).counting.counted.map((c) => c.recordedBy)).toEqual([undefined, 'acsm']);
  });

  it('marks NASM-developed courses as recorded by NASM', () => {
    const log = [completed('2026-01-10', [cec('nasm', 0.2, 'CEU')], { provider: 'nasm', id: 'n' })];
    expect(renewalProgress(certification(), log, TODAY).counting.counted[0].recordedBy).toBe('nasm');
  });
});

describe('what is still missing, in one line', () => {
  it('names a category minimum within the total: "0.6 CEUs, 0.3 of them in Category D"', () => {
    const rules = {
      ...DEFAULT_RULES.nsca!,
      categories: DEFAULT_RULES.nsca!.categories.map((c) => (c.id === 'D' ? { ...c, min: 0.5 } : c)),
    };
    const log = [
      completed('2025-03-01', [nsCeu(2, 'A')]),
      completed('2025-04-01', [nsCeu(2, 'C')]),
      completed('2025-05-01', [nsCeu(1.2, 'A')]),
      completed('2025-06-01', [nsCeu(0.2, 'D')]),
    ];
    const progress = renewalProgress(nsca({ rules }), log, TODAY);
    expect(stillNeededText(progress)).toBe('0.6 CEUs, 0.3 of them in Category D');
  });

  it('asks for a current CPR/AED card, alone or after the credits', () => {
    const done = [completed('2026-01-10', [cec('nasm', 2, 'CEU')])];
    expect(stillNeededText(renewalProgress(certification({ cprRequired: true }), done, TODAY))).toBe(
      'a current CPR/AED card',
    );
    expect(stillNeededText(renewalProgress(certification({ cprRequired: true }), [], TODAY))).toBe(
      '2 CEUs; a current CPR/AED card',
    );
    expect(stillNeededText(renewalProgress(certification(), done, TODAY))).toBeUndefined();
  });

  it("rounds what is still needed up to the body's step, never down", () => {
    const log = [completed('2026-01-10', [cec('nasm', 0.45, 'CEU')])];
    expect(stillNeededText(renewalProgress(certification(), log, TODAY))).toBe('1.6 CEUs');
  });
});

describe('a split across categories', () => {
  it('must add up to the credit, with a message that says by how much it misses', () => {
    const credit = cec('pmi', 8, 'PDU');
    expect(
      splitProblem(8, [
        { id: 'power-skills', amount: 5 },
        { id: 'business-acumen', amount: 3 },
      ]),
    ).toBeUndefined();
    expect(
      splitProblem(8, [
        { id: 'power-skills', amount: 5 },
        { id: 'business-acumen', amount: 2 },
      ]),
    ).toBe("The categories add up to 7, not the credit's 8: 1 is left to assign");
    expect(
      splitProblem(8, [
        { id: 'power-skills', amount: 5 },
        { id: 'business-acumen', amount: 3.5 },
      ]),
    ).toBe("The categories add up to 8.5, not the credit's 8: 0.5 too much");
    expect(
      splitProblem(8, [
        { id: 'power-skills', amount: 4 },
        { id: 'power-skills', amount: 4 },
      ]),
    ).toMatch(/given twice/);
    const refused = creditSchema.safeParse(inCategories(credit, { 'power-skills': 5, 'business-acumen': 2 }));
    expect(refused.success).toBe(false);
    expect(refused.error?.issues[0]).toMatchObject({
      path: ['categories'],
      message: expect.stringMatching(/1 is left to assign/),
    });
    expect(creditSchema.safeParse(inCategories(credit, { 'power-skills': 5, 'business-acumen': 3 })).success).toBe(
      true,
    );
    // Tenths that add up in decimal add up here too (0.1 + 0.2 is not 0.3 in floating point).
    expect(
      splitProblem(0.3, [
        { id: 'A', amount: 0.1 },
        { id: 'D', amount: 0.2 },
      ]),
    ).toBeUndefined();
  });
});

describe('rules a user writes ("other" certifications define their own categories)', () => {
  it('accepts categories with a minimum, a maximum, in hours, and refuses rules that cannot hold', () => {
    expect(
      requirementRulesSchema.safeParse({
        categories: [
          { id: 'law', label: 'State law', min: 2, inHours: true },
          { id: 'elective', label: 'Electives', max: 10 },
        ],
      }).success,
    ).toBe(true);
    const bad = (rules: unknown) => requirementRulesSchema.safeParse(rules).error?.issues[0].message;
    expect(bad({ categories: [{ id: 'a', label: 'A', min: 5, max: 2 }] })).toBe('A minimum cannot be over the maximum');
    expect(
      bad({
        categories: [
          { id: 'a', label: 'A' },
          { id: 'a', label: 'B' },
        ],
      }),
    ).toBe('Two categories are "a"');
    expect(bad({ categories: [{ id: 'e', label: 'Education', min: 3, of: ['x'] }] })).toMatch(
      /not one of the other categories/,
    );
    expect(bad({ categories: [{ id: 'has space', label: 'A' }] })).toMatch(/letters, digits and dashes/);
  });

  it('follows its own rules in place of the body defaults', () => {
    const own = nsca({ rules: { categories: [{ id: 'A', label: 'Category A', max: 1 }] } });
    const progress = renewalProgress(own, [completed('2025-03-01', [nsCeu(2, 'A')])], TODAY);
    expect([progress.counted, progress.categorySpread]).toEqual([1, undefined]);
  });

  it('counts toward an "other" certification the credits assigned to its own categories, and no others', () => {
    const board = certification({
      id: 'board',
      body: 'other',
      name: 'State license',
      unit: 'CE credit',
      hoursPerUnit: 1,
      requirement: 20,
      rules: { categories: [{ id: 'state-law', label: 'State law', min: 2 }] },
    });
    const credit = (amount: number) => ({ ...plainCeu(amount), unit: 'CE credit', hours: amount });
    const log = [
      completed('2026-01-10', [inCategory(credit(1.5), 'state-law')]),
      completed('2026-02-10', [credit(10)]),
      completed('2026-03-10', [inCategory(credit(4), 'ethics')]),
    ];
    const progress = renewalProgress(board, log, TODAY);
    expect([progress.countsCredits, progress.counted]).toEqual([true, 1.5]);
    expect(progress.counting.notCounted.map((n) => n.reason.kind)).toEqual(['no-own-category', 'no-own-category']);
    expect(stillNeededText(progress)).toBe('18.5 CE credit, 0.5 of them in State law');
    // Without categories of its own, an "other" certification tracks the deadline only, as before.
    const plain = renewalProgress({ ...board, rules: { categories: [] } }, log, TODAY);
    expect([plain.countsCredits, plain.counted]).toEqual([false, 0]);
  });
});
