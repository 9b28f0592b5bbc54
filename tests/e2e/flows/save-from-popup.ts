import Papa from 'papaparse';
import { expect } from 'vitest';
import { CSV_COLUMNS } from '../../../lib/export/csv';
import { storedActivities } from '../../support/browser/extension';
import { waitForBadge, type BrowserUnderTest } from '../../support/browser/harness';
import { recentListShows, logTitles, waitForStatus } from './popup';
import { ACE_CATALOG, ACE_CERTIFICATE } from './site-pages';

const { url: CERTIFICATE, expected } = ACE_CERTIFICATE;
const TITLE = expected.activity!.title;

export async function showsNothingOnACatalogPage(browser: BrowserUnderTest): Promise<void> {
  const tab = await browser.openTab(ACE_CATALOG.url);
  // The content script looks more than once (a page may render late): give it time to be wrong.
  await new Promise((r) => setTimeout(r, 1500));
  expect(await browser.badge(tab.id)).toEqual({ text: '', title: 'CE Tally' });
  await tab.close();
}

export async function detectsSavesExportsAndUndoes(browser: BrowserUnderTest): Promise<void> {
  const tab = await browser.openTab(CERTIFICATE);
  const detected = await waitForBadge(browser, tab.id, '0.2');
  expect(detected.title).toBe(`CE Tally: completed “${TITLE}” (ACE), 0.2 ACE CECs (2 contact hours). Click to save.`);

  // The first click saves.
  const popup = await browser.clickToolbarIcon(tab);
  await waitForStatus(popup, 'Saved');
  await popup.waitForText('0.2 ACE CECs (2 h)');
  await popup.waitFor((t) => document.querySelector('.recent-list')?.textContent?.includes(t), TITLE);
  expect(await storedActivities(popup)).toHaveLength(1);
  expect(await waitForBadge(browser, tab.id, '✓')).toEqual({ text: '✓', title: `CE Tally: “${TITLE}” is in your log` });
  await popup.close();

  // The log lists it.
  const log = await browser.openExtensionPage('options.html');
  await log.waitFor(
    (t) => [...document.querySelectorAll('.log-table th.title')].some((th) => th.firstChild?.textContent === t),
    TITLE,
    20_000,
  );
  expect(await logTitles(log)).toEqual([TITLE]);
  await log.close();

  // The second click saves nothing new.
  const again = await browser.clickToolbarIcon(tab);
  await waitForStatus(again, 'Already saved');
  const stored = await storedActivities(again);
  expect(stored).toEqual([
    expect.objectContaining({
      title: TITLE,
      completedOn: expected.activity!.completedOn,
      courseCode: expected.activity!.courseCode,
      provider: 'ace',
      capturedBy: 'detected',
    }),
  ]);

  // Export CSV downloads the contract's file.
  const { fileName, text } = await browser.download(again, 'Export CSV');
  expect(fileName).toMatch(/^ce-tally-\d{4}-\d{2}-\d{2}\.csv$/);
  expect(text.startsWith('\uFEFF')).toBe(true);
  expect(text).toContain('\r\n');
  const parsed = Papa.parse<Record<string, string>>(text.slice(1), { header: true, skipEmptyLines: true });
  expect(parsed.errors).toEqual([]);
  expect(parsed.meta.fields).toEqual([...CSV_COLUMNS]);
  expect(parsed.data).toEqual([
    expect.objectContaining({
      completed_on: expected.activity!.completedOn,
      title: TITLE,
      provider: 'ace',
      credit_kind: 'CEC',
      amount: '0.2',
      unit: 'CEC',
      certifying_body: 'ace',
      contact_hours: '2',
      course_code: expected.activity!.courseCode,
      format: 'online',
      source_url: CERTIFICATE,
    }),
  ]);

  // Undo removes it, the badge goes back to "detected", and the popup's own views follow without reopening.
  await again.clickButton('Undo');
  await again.waitForText('Removed');
  expect(await storedActivities(again)).toHaveLength(0);
  await waitForBadge(browser, tab.id, '0.2');
  await again.waitFor(() => document.querySelector('.recent-list') === null);
  expect(await recentListShows(again, TITLE)).toBe(false);
  await again.close();
  await tab.close();
}
