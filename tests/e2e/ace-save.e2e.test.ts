import Papa from 'papaparse';
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { CSV_COLUMNS } from '../../lib/export/csv';
import { badge, launchExtension, openPopup, routeFixtures, storedActivities, tabIdOf, waitForBadge, type Extension } from './extension';

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
  await expect.poll(() => popup.getByText('Saved', { exact: true }).count()).toBe(1);
  await expect.poll(() => popup.locator('.recent-list').textContent()).toContain('Functional Training for Older Adults');
  await expect.poll(() => popup.locator('.totals').textContent()).toContain('0.2 ACE CECs, 2 contact hours');
  expect(await storedActivities(popup)).toHaveLength(1);
  await waitForBadge(ext, tabId, '✓');
  await popup.close();

  // Second click: nothing new.
  const again = await openPopup(ext, page);
  await expect.poll(() => again.getByText('Already saved').count()).toBe(1);
  const stored = await storedActivities(again);
  expect(stored).toHaveLength(1);
  expect(stored[0]).toMatchObject({ title: 'Functional Training for Older Adults', completedOn: '2026-09-14', courseCode: 'CEP251107', provider: 'ace', capturedBy: 'detected' });

  // Export CSV downloads the contract's file.
  const download = again.waitForEvent('download');
  await again.getByRole('button', { name: 'Export CSV' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/^ce-tally-\d{4}-\d{2}-\d{2}\.csv$/);
  const text = readFileSync((await file.path())!, 'utf8');
  expect(text.startsWith('\uFEFF')).toBe(true);
  expect(text).toContain('\r\n');
  const parsed = Papa.parse<Record<string, string>>(text.slice(1), { header: true, skipEmptyLines: true });
  expect(parsed.meta.fields).toEqual([...CSV_COLUMNS]);
  expect(parsed.data).toEqual([
    expect.objectContaining({
      completed_on: '2026-09-14', title: 'Functional Training for Older Adults', provider: 'ace', credit_kind: 'CEC',
      amount: '0.2', unit: 'CEC', certifying_body: 'ace', contact_hours: '2', course_code: 'CEP251107', format: 'online',
      source_url: CERTIFICATE,
    }),
  ]);

  // Undo removes it again, and the badge goes back to "detected".
  await again.getByRole('button', { name: 'Undo' }).click();
  await expect.poll(() => again.getByText('Removed').count()).toBe(1);
  expect(await storedActivities(again)).toHaveLength(0);
  await waitForBadge(ext, tabId, '0.2');
  await expect.poll(() => again.locator('.recent-list').count()).toBe(0);
  await again.close();
  await page.close();
});
