import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { DETECT_RETRY_DELAYS_MS } from '../../lib/model/limits';
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

const ACE_CERTIFICATE = 'https://www.acefitness.org/myace/certificates/CEP251107/';
const UDEMY_CERTIFICATE = 'https://www.udemy.com/certificate/UC-5e0d7c3a-2b14-4c9f-a6e8-71f3b9d20c46/';
const COURSERA_COURSE = 'https://www.coursera.org/learn/project-initiation-google/home/module/2';
const COURSERA_CERTIFICATE = 'https://www.coursera.org/account/accomplishments/certificate/8ZLR4GEX2QJM';

let ext: Extension;
beforeAll(async () => {
  ext = await launchExtension();
  // Nothing leaves the machine: anything not routed to a fixture below is refused.
  await ext.context.route(/^https?:\/\//, (route) => route.abort());
  await routeFixtures(ext.context, 'https://www.acefitness.org/**', { [ACE_CERTIFICATE]: 'ace/certificate.html' });
  await routeFixtures(ext.context, 'https://www.udemy.com/**', {
    [UDEMY_CERTIFICATE]: 'udemy/certificate-app-shell.html',
  });
  await routeFixtures(ext.context, 'https://www.coursera.org/**', {
    [COURSERA_COURSE]: 'coursera/course-home-in-progress.html',
  });
});
afterAll(() => ext?.close());

/** Records in the page when text the site's script renders first appears (Date.now(), the test's clock too). */
async function watchForText(page: Page, marker: string): Promise<void> {
  await page.addInitScript((text) => {
    const w = window as unknown as { shownAt?: number };
    const check = () => {
      if (!w.shownAt && document.body?.innerText.includes(text)) w.shownAt = Date.now();
    };
    new MutationObserver(check).observe(document, { childList: true, subtree: true, characterData: true });
  }, marker);
}

/** Polls the badge until it shows `text`; returns when it was first seen, which must come after the content. */
async function badgeSeenAt(tabId: number, text: string, timeoutMs = 20_000): Promise<number> {
  await waitForBadge(ext, tabId, text, timeoutMs);
  return Date.now();
}

it('detects a static certificate (ACE) at its real URL', async () => {
  const page = await ext.context.newPage();
  await page.goto(ACE_CERTIFICATE);
  const tabId = await tabIdOf(ext, ACE_CERTIFICATE);
  const shown = await waitForBadge(ext, tabId, '0.2');
  expect(shown.title).toContain('Functional Training for Older Adults');
  await page.close();
});

it('detects a certificate that the page script renders after load (Udemy app shell), not before', async () => {
  const page = await ext.context.newPage();
  await watchForText(page, 'successfully completed the course');
  await page.goto(UDEMY_CERTIFICATE);
  const tabId = await tabIdOf(ext, UDEMY_CERTIFICATE);
  expect((await badge(ext, tabId)).text).toBe('');

  const seenAt = await badgeSeenAt(tabId, 'CE');
  const shownAt = await page.evaluate(() => (window as unknown as { shownAt?: number }).shownAt);
  expect(shownAt).toBeDefined();
  expect(shownAt).toBeLessThanOrEqual(seenAt);
  const { title } = await badge(ext, tabId);
  expect(title).toContain('Docker & Kubernetes: The Practical Guide');
  expect(title).toContain('no credits stated');
  await page.close();
});

it('detects a certificate reached by client-side navigation (pushState) once its content arrives', async () => {
  const page = await ext.context.newPage();
  await watchForText(page, 'Coursera certifies their successful completion');
  await page.goto(COURSERA_COURSE);
  const tabId = await tabIdOf(ext, COURSERA_COURSE);
  // The in-progress course page is no completion. Wait out every look the content script takes after
  // load, so that only the navigation can make it look again.
  const looksAfterLoadMs = DETECT_RETRY_DELAYS_MS.reduce((sum, delay) => sum + delay, 0);
  await page.waitForTimeout(looksAfterLoadMs + 1000);
  expect((await badge(ext, tabId)).text).toBe('');

  await page.getByRole('link', { name: 'View certificate' }).click();
  await page.waitForURL(COURSERA_CERTIFICATE);
  const navigatedAt = Date.now();
  const seenAt = await badgeSeenAt(tabId, 'CE');
  const shownAt = await page.evaluate(() => (window as unknown as { shownAt?: number }).shownAt);
  // The page renders the certificate about two seconds after the URL changed; the badge follows it.
  expect(shownAt).toBeDefined();
  expect(shownAt).toBeGreaterThan(navigatedAt);
  expect(shownAt).toBeLessThanOrEqual(seenAt);
  expect((await badge(ext, tabId)).title).toContain('Foundations of Project Management');

  // The background keeps the detection for the certificate's URL, not the course page's.
  const worker = await ext.worker();
  const state = await worker.evaluate(async (key) => (await chrome.storage.session.get(key))[key], `tab:${tabId}`);
  expect(state).toMatchObject({
    url: COURSERA_CERTIFICATE,
    detection: {
      provider: 'coursera',
      activity: { title: 'Foundations of Project Management', completedOn: '2026-09-14', credits: [] },
    },
  });

  // One click saves it, with the certificate's URL as its source.
  const popup = await openPopup(ext, page);
  await popup.waitFor(() => document.querySelector('.current .status')?.textContent === 'Saved');
  const stored = await storedActivities(popup);
  expect(stored).toHaveLength(1);
  expect(stored[0]).toMatchObject({
    provider: 'coursera',
    title: 'Foundations of Project Management',
    completedOn: '2026-09-14',
    credits: [],
    sourceUrl: COURSERA_CERTIFICATE,
  });
  await waitForBadge(ext, tabId, '✓');
  await popup.close();
  await page.close();
});

it('builds capture.js, which returns the draft when injected into a page from the service worker', async () => {
  const page = await ext.context.newPage();
  await page.goto(ACE_CERTIFICATE);
  const tabId = await tabIdOf(ext, ACE_CERTIFICATE);
  const worker = await ext.worker();
  const results = await worker.evaluate(
    (tab) => chrome.scripting.executeScript({ target: { tabId: tab }, files: ['/capture.js'] }),
    tabId,
  );
  expect(results).toHaveLength(1);
  expect(results[0].result).toEqual({
    title: 'Functional Training for Older Adults',
    completedOn: '2026-09-14',
    credits: [{ kind: 'CEC', amount: 0.2, unit: 'CEC', body: 'ace', hours: 2 }],
    organizer: 'ACE Fitness',
    sourceUrl: ACE_CERTIFICATE,
    certificateUrl: 'https://www.acefitness.org/myace/certificates/CEP251107/download.pdf',
  });
  await page.close();
});
