import { afterAll, beforeAll, expect, it } from 'vitest';
import { addDays } from '../../lib/model/calendar';
import { launchExtension, openPopup, type Extension } from '../support/browser/extension';
import { seedDatabase } from '../support/browser/seed';
import { activity, certification } from '../support/helpers';

let ext: Extension;
beforeAll(async () => {
  ext = await launchExtension();
});
afterAll(() => ext?.close());

const nscaCredit = (amount: number, category: string) => ({
  kind: 'CEC' as const,
  amount,
  unit: 'CEU',
  body: 'nsca' as const,
  hours: amount * 10,
  categories: [{ id: category, amount }],
});

it("NSCA-CSCS with credits in two categories, one over its maximum: the popup's line says what is still needed", async () => {
  const options = await ext.context.newPage();
  await options.goto(`chrome-extension://${ext.id}/options.html`);
  const today = await options.evaluate(() => new Date().toLocaleDateString('sv'));
  const cscs = certification({
    id: 'cert-cscs',
    body: 'nsca',
    name: 'NSCA-CSCS',
    cycleEnd: addDays(today, 200),
    cycleMonths: 36,
    requirement: 6,
    cprRequired: true,
    cprExpires: addDays(today, 400),
  });
  // Category D: 2 + 2 + 0.5 quizzes, over its 4.0 maximum; Category A: a 0.6 clinic. Counted 4.6 of 6.
  await seedDatabase(options, {
    certifications: [cscs],
    activities: [
      ['D', 2, 'Journal Quiz, Volume 47'],
      ['D', 2, 'Program Design Quiz Series'],
      ['D', 0.5, 'Coaching Youth Athletes Quiz'],
      ['A', 0.6, 'Olympic Lifting Clinic'],
    ].map(([category, amount, title], i) =>
      activity({
        provider: 'nsca',
        title: title as string,
        courseCode: null,
        completedOn: addDays(today, -100 + i),
        credits: [nscaCredit(amount as number, category as string)],
      }),
    ),
  });
  const popup = await openPopup(ext, options);
  await popup.waitForText('1.4 CEUs still needed · 200 days left');
  await popup.close();

  // The log on that certification: its table per category.
  await options.goto(`chrome-extension://${ext.id}/options.html#certification=cert-cscs`);
  await options.reload();
  const row = (name: string) => options.locator('.requirement-table tr', { hasText: name }).first().innerText();
  await expect.poll(() => row('Category D'), { timeout: 20_000 }).toMatch(/4\.5\s+4\s+—\s+4/);
  expect(await row('Total')).toMatch(/5\.1\s+4\.6\s+6/);
});
