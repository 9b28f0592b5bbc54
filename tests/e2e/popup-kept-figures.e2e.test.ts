import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { addDays } from '../../lib/model/calendar';
import {
  launchExtension,
  openPopup,
  routeFixtures,
  tabIdOf,
  waitForBadge,
  type Extension,
} from '../support/browser/extension';
import type { PopupPage } from '../support/browser/popup-page';
import { popupFiguresKept, seedDatabase } from '../support/browser/seed';
import { activity, certification } from '../support/helpers';

const CERTIFICATE = 'https://www.acefitness.org/myace/certificates/CEP251107/';

let ext: Extension;
beforeAll(async () => {
  ext = await launchExtension();
  await routeFixtures(ext.context, 'https://www.acefitness.org/**', { [CERTIFICATE]: 'ace/certificate.html' });
});
afterAll(() => ext?.close());

/** The ACE certification's progress as the popup's bar states it. */
const progress = (popup: PopupPage, value: string) =>
  popup.waitFor(
    (v) => document.querySelector('[role="progressbar"]')?.getAttribute('aria-valuenow') === v,
    value,
    15_000,
  );

/** Sets every bucket of the credit summary's rows to `rows` (or back to what `rows` held), by raw writes that leave its stamp alone. */
function setBuckets(page: Page, rows: Record<string, string> | null): Promise<Record<string, string>> {
  return page.evaluate(
    (replace) =>
      new Promise<Record<string, string>>((resolve, reject) => {
        const open = indexedDB.open('ce-tally');
        open.onsuccess = () => {
          const tx = open.result.transaction('creditSummary', 'readwrite');
          const store = tx.objectStore('creditSummary');
          const read = store.getAll();
          const before: Record<string, string> = {};
          read.onsuccess = () => {
            for (const record of read.result as Array<{ key: string; rows?: string }>) {
              if (!record.key.startsWith('activities:')) continue;
              before[record.key] = record.rows!;
              store.put({ key: record.key, rows: replace ? replace[record.key] : '[]' });
            }
          };
          tx.oncomplete = () => {
            open.result.close();
            resolve(before);
          };
          tx.onerror = () => reject(tx.error);
        };
        open.onerror = () => reject(open.error);
      }),
    rows,
  );
}

it('opens again with the figures it kept, and counts again when a course page is saved', async () => {
  const options = await ext.context.newPage();
  await options.goto(`chrome-extension://${ext.id}/options.html`);
  const today = await options.evaluate(() => new Date().toLocaleDateString('sv'));
  await seedDatabase(options, {
    clear: true,
    certifications: [certification({ body: 'ace', cycleEnd: addDays(today, 300), cycleMonths: 24, requirement: 2 })],
    activities: [activity({ title: 'Kettlebell Basics', courseCode: 'CEP260101', completedOn: addDays(today, -20) })],
  });
  let popup = await openPopup(ext, options);
  await progress(popup, '0.2');
  // Kept once counted (lib/store/figures-cache.ts).
  await popup.waitFor(popupFiguresKept);
  await popup.close();

  // With the summary's rows emptied behind its back, only the kept figures can still say 0.2.
  const rows = await setBuckets(options, null);
  popup = await openPopup(ext, options);
  await progress(popup, '0.2');
  await popup.close();
  await setBuckets(options, rows);

  // The popup on a finished course saves it (in the background): the kept figures are out of date, it counts again.
  const page = await ext.context.newPage();
  await page.goto(CERTIFICATE);
  await waitForBadge(ext, await tabIdOf(ext, CERTIFICATE), '0.2');
  popup = await openPopup(ext, page);
  await popup.waitForText('Saved');
  await progress(popup, '0.4');
  expect(await popup.text()).toContain('Functional Training for Older Adults');
  await popup.close();
  await page.close();
  await options.close();
});
