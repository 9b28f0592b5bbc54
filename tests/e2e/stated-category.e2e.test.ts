import { afterAll, beforeAll, expect, it } from 'vitest';
import { addDays } from '../../lib/model/calendar';
import {
  clickToolbarIcon,
  launchExtension,
  routeFixtures,
  storedActivities,
  tabIdOf,
  waitForBadge,
  type Extension,
} from '../support/browser/extension';
import { seedDatabase } from '../support/browser/seed';
import { certification } from '../support/helpers';
import { waitForStatus } from './flows/popup';

let ext: Extension;
beforeAll(async () => {
  ext = await launchExtension();
});
afterAll(() => ext?.close());

const CERTIFICATE = 'https://www.nsca.com/my-nsca/certificates/essentials-tactical-sc/';

it('an NSCA certificate stating Category C, saved with one click, counts under Category C for an NSCA-CSCS certification', async () => {
  const options = await ext.context.newPage();
  await options.goto(`chrome-extension://${ext.id}/options.html`);
  const today = await options.evaluate(() => new Date().toLocaleDateString('sv'));
  await seedDatabase(options, {
    certifications: [
      certification({
        id: 'cert-cscs',
        body: 'nsca',
        name: 'NSCA-CSCS',
        cycleEnd: addDays(today, 200),
        cycleMonths: 36,
        requirement: 6,
        cprRequired: false,
      }),
    ],
    activities: [],
  });
  await routeFixtures(ext.context, 'https://www.nsca.com/**', { [CERTIFICATE]: 'nsca/certificate.html' });
  const page = await ext.context.newPage();
  await page.goto(CERTIFICATE);
  await waitForBadge(ext, await tabIdOf(ext, CERTIFICATE), '1');

  // One click saves it, in the category the page states.
  const popup = await clickToolbarIcon(ext, page);
  await waitForStatus(popup, 'Saved');
  await popup.waitForText('in Category C: Educational Activities');
  const [saved] = await storedActivities(popup);
  expect(saved.credits).toEqual([
    { kind: 'CEC', amount: 1, unit: 'CEU', body: 'nsca', hours: 10, categories: [{ id: 'C', amount: 1 }] },
  ]);
  // Nothing for the user to confirm: the page stated it.
  expect(await popup.evaluate(() => document.querySelectorAll('.category-suggestion').length)).toBe(0);
  await popup.close();

  // The certification's table in the log counts it under Category C, earned and counted.
  await options.goto(`chrome-extension://${ext.id}/options.html#certification=cert-cscs`);
  await options.reload();
  const row = (name: string) => options.locator('.requirement-table tr', { hasText: name }).first().innerText();
  await expect.poll(() => row('Category C'), { timeout: 20_000 }).toMatch(/^Category C[^\n\t]*\s+1\s+1\b/);
  expect(await row('Category A')).not.toMatch(/\s1\s+1\b/);
});
