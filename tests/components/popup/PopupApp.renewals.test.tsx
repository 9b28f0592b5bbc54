import { screen, within } from '@testing-library/react';
import { expect, it } from 'vitest';
import { addDays, todayIso } from '../../../lib/model/calendar';
import type { Activity, Credit } from '../../../lib/model/schema';
import { saveActivity } from '../../../lib/store/activities';
import { draft, testDb } from '../../support/helpers';
import { renderIdlePopup } from '../../support/popup';
import { cec, certification, inCategory } from '../../support/renewal-fixtures';

it('NSCA, NCBTMB and PMI certifications: the popup says what each still needs by its own rules, and by when', async () => {
  const db = testDb();
  const today = todayIso();
  await db.certifications.bulkAdd([
    certification({
      id: 'cscs',
      body: 'nsca',
      name: 'NSCA-CSCS',
      cycleEnd: addDays(today, 400),
      cycleMonths: 36,
      requirement: 6,
    }),
    certification({
      id: 'lmt',
      body: 'ncbtmb',
      name: 'NCBTMB Board Certified',
      cycleEnd: addDays(today, 100),
      cycleMonths: 24,
      requirement: 24,
    }),
    certification({
      id: 'pmp',
      body: 'pmi',
      name: 'PMP',
      cycleEnd: addDays(today, 30),
      cycleMonths: 36,
      requirement: 60,
    }),
  ]);
  const course = async (title: string, daysAgo: number, credits: Credit[], extra: Partial<Activity> = {}) =>
    saveActivity(
      db,
      draft({ title, completedOn: addDays(today, -daysAgo), credits, courseCode: null, ...extra }),
      'manual',
    );
  // NSCA: 6.0 CEUs, all in Category A (three events of 2.0): A counts at most 5.5, and a second category is wanted.
  for (const [i, title] of ['Coaches Conference', 'Sport Science Summit', 'Tactical Clinic'].entries())
    await course(title, 30 + i, [inCategory(cec('nsca', 2, 'CEU'), 'A')]);
  // NCBTMB: 20 CE hours, 6 of them self-care (4 count), none in ethics (3 wanted).
  await course('Deep Tissue Intensive', 40, [cec('ncbtmb', 14, 'CE hour')]);
  await course('Self-Care for Bodyworkers', 41, [inCategory(cec('ncbtmb', 6, 'CE hour'), 'self-care')]);
  // PMI: 30 Giving Back PDUs (25 count) and 20 in Power Skills: 45 of 60, Education 20 of its 35.
  await course('Chapter Volunteer Lead', 50, [inCategory(cec('pmi', 30, 'PDU'), 'giving-back')]);
  await course('Negotiation for Project Leaders', 51, [inCategory(cec('pmi', 20, 'PDU'), 'power-skills')]);

  renderIdlePopup(db);
  const line = async (name: string) => {
    const item = (await screen.findByText(name, { selector: 'strong, h3, span, p, a' })).closest(
      'li, article, section',
    )!;
    return within(item as HTMLElement)
      .getByText(/still needed|Nothing missing/)
      .closest('p')!.textContent;
  };
  // 5.5 of A counted, 0.5 to go, and from a second category; the cycle ends in 400 days.
  expect(await line('NSCA-CSCS')).toBe('0.5 CEUs; credits from 1 more category still needed · 400 days left');
  // 18 of 24 counted (self-care at its 4), and 3 of the 6 missing must be ethics.
  expect(await line('NCBTMB Board Certified')).toBe('6 CE hours, 3 of them in Ethics still needed · 100 days left');
  // 25 + 20 = 45 of 60 counted (Giving Back at its 25); Education wants 15 more, what the total is short.
  expect(await line('PMP')).toBe('15 Education PDUs still needed · 30 days left');
});
