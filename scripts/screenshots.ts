/**
 * npm run screenshots: the popup and the log with sample data, in real headless Chromium, into docs/.
 * The popup is shown over ACE's certificate page (served from the test fixture), as a user sees it
 * right after the click that saved the course.
 */
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { launchExtension, openPopup, routeFixtures, tabIdOf, waitForBadge } from '../tests/support/browser/extension';
import { seedDatabase } from '../tests/support/browser/seed';
import { sampleLog } from './sample-data';

const DOCS = resolve(import.meta.dirname, '../docs');
const CERTIFICATE = 'https://www.acefitness.org/myace/certificates/CEP251107/';

mkdirSync(DOCS, { recursive: true });
const ext = await launchExtension();
try {
  await routeFixtures(ext.context, 'https://www.acefitness.org/**', { [CERTIFICATE]: 'ace/certificate.html' });
  const log = await ext.context.newPage();
  await log.setViewportSize({ width: 1200, height: 800 });
  await log.goto(`chrome-extension://${ext.id}/options.html`);
  const { activities, certifications } = sampleLog();
  // The ACE course of the sample is the one the popup saves from the page below.
  await seedDatabase(log, { activities: activities.filter((a) => a.courseCode !== 'CEP251107'), certifications });

  const page = await ext.context.newPage();
  await page.goto(CERTIFICATE);
  await waitForBadge(ext, await tabIdOf(ext, CERTIFICATE), '0.2');
  const popup = await openPopup(ext, page);
  await popup.waitFor(
    () =>
      document.querySelector('.current .status')?.textContent === 'Saved' &&
      document.querySelector('[role="progressbar"]'),
  );
  await popup.screenshot(resolve(DOCS, 'popup.png'));
  await popup.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
  await popup.screenshot(resolve(DOCS, 'popup-totals.png'));
  await popup.close();

  await log.reload();
  await log.waitForSelector('table tbody tr');
  await log.screenshot({ path: resolve(DOCS, 'log.png'), fullPage: false });
  console.log(`Screenshots written to ${DOCS}`);
} finally {
  await ext.close();
}
