import Papa from 'papaparse';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { CSV_COLUMNS } from '../../lib/export/csv';
import {
  badge,
  launchExtension,
  openPopup,
  routeFixtures,
  storedActivities,
  tabIdOf,
  waitForBadge,
  type Extension,
} from '../support/browser/extension';

const CERTIFICATE = 'https://www.acefitness.org/myace/certificates/CEP251107/';
const CATALOG = 'https://www.acefitness.org/continuing-education/functional-training-older-adults/';

let ext: Extension;
beforeAll(async () => {
  ext = await launchExtension();
  await routeFixtures(ext.context, 'https://www.acefitness.org/**', {
    [CERTIFICATE]: 'ace/certificate.html',
    [CATALOG]: 'ace/catalog-course.html',
  });
});
afterAll(() => ext?.close());

it('shows nothing on a catalog page that advertises CECs', async () => {
  const page = await ext.context.newPage();
  await page.goto(CATALOG);
  const tabId = await tabIdOf(ext, CATALOG);
  await page.waitForTimeout(1500);
  expect((await badge(ext, tabId)).text).toBe('');
  await page.close();
});

it('detects an ACE certificate, saves it once with a click, exports it and undoes it', async () => {
  const page = await ext.context.newPage();
  await page.goto(CERTIFICATE);
  const tabId = await tabIdOf(ext, CERTIFICATE);

  const detected = await waitForBadge(ext, tabId, '0.2');
  expect(detected.title).toContain('Functional Training for Older Adults');
  expect(detected.title).toContain('0.2 ACE CECs');

  // First click: the popup saves the activity.
  const popup = await openPopup(ext, page);
  await popup.waitFor(() => document.querySelector('.current .status')?.textContent === 'Saved');
  await popup.waitFor(() =>
    document.querySelector('.recent-list')?.textContent?.includes('Functional Training for Older Adults'),
  );
  await popup.waitForText('0.2 ACE CECs, 2 contact hours');
  expect(await storedActivities(popup)).toHaveLength(1);
  await waitForBadge(ext, tabId, '✓');
  await popup.close();

  // Second click: nothing new.
  const again = await openPopup(ext, page);
  await again.waitForText('Already saved');
  const stored = await storedActivities(again);
  expect(stored).toHaveLength(1);
  expect(stored[0]).toMatchObject({
    title: 'Functional Training for Older Adults',
    completedOn: '2026-09-14',
    courseCode: 'CEP251107',
    provider: 'ace',
    capturedBy: 'detected',
  });

  // Export CSV downloads the contract's file.
  const { fileName, text } = await again.download('Export CSV');
  expect(fileName).toMatch(/^ce-tally-\d{4}-\d{2}-\d{2}\.csv$/);
  expect(text.startsWith('\uFEFF')).toBe(true);
  expect(text).toContain('\r\n');
  const parsed = Papa.parse<Record<string, string>>(text.slice(1), { header: true, skipEmptyLines: true });
  expect(parsed.meta.fields).toEqual([...CSV_COLUMNS]);
  expect(parsed.data).toEqual([
    expect.objectContaining({
      completed_on: '2026-09-14',
      title: 'Functional Training for Older Adults',
      provider: 'ace',
      credit_kind: 'CEC',
      amount: '0.2',
      unit: 'CEC',
      certifying_body: 'ace',
      contact_hours: '2',
      course_code: 'CEP251107',
      format: 'online',
      source_url: CERTIFICATE,
    }),
  ]);

  // Undo removes it again, and the badge goes back to "detected".
  await again.clickButton('Undo');
  await again.waitForText('Removed');
  expect(await storedActivities(again)).toHaveLength(0);
  await waitForBadge(ext, tabId, '0.2');
  // The popup's own views update without reopening it.
  await again.waitFor(() => document.querySelector('.recent-list') === null);
  await again.close();
  await page.close();
});
