import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { minimalPdf } from '../support/certificate-files';
import {
  badge,
  clickToolbarIcon,
  launchExtension,
  openPopup,
  routeFixtures,
  storedActivities,
  tabIdOf,
  type Extension,
} from '../support/browser/extension';
import type { PopupPage } from '../support/browser/popup-page';

// The main capture (a page without host permission, after a click) is a shared flow: tests/e2e/flows/capture.ts.
// A site that is no provider's: the extension has no host permission there, only activeTab after a click.
const WORKSHOP = 'https://www.example-workshops.org/certificates/4411';
const WORKSHOP_PDF = 'https://www.example-workshops.org/certificates/4411.pdf';
const WEB_STORE = 'https://chromewebstore.google.com/detail/ce-tally/abcdefghijklmnopabcdefghijklmnop';
// A provider's page that is no completion: host permission, nothing detected.
const ACE_CATALOG = 'https://www.acefitness.org/continuing-education/functional-training-older-adults/';

let ext: Extension;
beforeAll(async () => {
  ext = await launchExtension();
  // Nothing leaves the machine: anything not routed to a fixture below is refused.
  await ext.context.route(/^https?:\/\//, (route) => route.abort());
  const workshop = readFileSync(resolve(import.meta.dirname, '../fixtures/capture/workshop-certificate.html'));
  await ext.context.route('https://www.example-workshops.org/**', (route) => {
    const url = route.request().url();
    if (url === WORKSHOP)
      return route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: workshop });
    if (url === WORKSHOP_PDF)
      return route.fulfill({ status: 200, contentType: 'application/pdf', body: Buffer.from(minimalPdf()) });
    return route.fulfill({ status: 404, contentType: 'text/html', body: '<h1>Not found</h1>' });
  });
  await routeFixtures(ext.context, 'https://www.acefitness.org/**', { [ACE_CATALOG]: 'ace/catalog-course.html' });
});
afterAll(() => ext?.close());

async function capture(popup: PopupPage): Promise<void> {
  await popup.waitForText('No finished course detected on this page.');
  await popup.clickButton('Capture this page');
}

/** The form's code loads on demand: wait for the form itself, not for the note above it. */
const waitForForm = (popup: PopupPage, heading: string) =>
  popup.waitFor(
    (h) =>
      document.querySelector('.activity-form h2')?.textContent === h &&
      document.querySelector('.activity-form input') !== null,
    heading,
  );

it('says so where the browser refuses the capture, and offers the empty form', async () => {
  const refusals: Array<{ open: (page: Page) => Promise<PopupPage>; url: string; browserSays: string }> = [
    // Opened without a click (chrome.action.openPopup), the popup has no activeTab: scripting is refused,
    // as it is on a file: page when the user has not allowed file access.
    { open: (page) => openPopup(ext, page), url: WORKSHOP, browserSays: 'Cannot access contents of the page' },
    {
      open: (page) => clickToolbarIcon(ext, page),
      url: 'chrome://version/',
      browserSays: 'Cannot access a chrome:// URL',
    },
    {
      open: (page) => clickToolbarIcon(ext, page),
      url: WEB_STORE,
      browserSays: 'The extensions gallery cannot be scripted',
    },
  ];
  for (const { open, url, browserSays } of refusals) {
    const page = await ext.context.newPage();
    // The Web Store does not load here (nothing leaves the machine, and Chromium will not let a test serve
    // it): the browser refuses it by its address alone.
    await page
      .goto(url)
      .catch((error: Error) => expect(url === WEB_STORE && error.message).toContain('net::ERR_FAILED'));
    const popup = await open(page);
    await capture(popup);
    await popup.waitFor(() =>
      document.querySelector('[role="alert"]')?.textContent?.includes('CE Tally cannot read this page'),
    );
    expect(await popup.evaluate(() => document.querySelector('[role="alert"]')?.textContent)).toContain(
      `The browser said: ${browserSays}`,
    );
    await waitForForm(popup, 'Add an activity');
    expect(await popup.fieldValue('Title')).toBe('');
    await popup.close();
    await page.close();
  }
});

it('keeps what the user typed when the popup closes, and saves it as a manual entry', async () => {
  const page = await ext.context.newPage();
  await page.goto('chrome://version/');
  const popup = await clickToolbarIcon(ext, page);
  await capture(popup);
  await waitForForm(popup, 'Add an activity');
  await popup.fill('Title', 'Trauma-Informed Care in Practice');
  await popup.fill('Certifying body', 'aswb');
  await popup.fill('Amount', '6');
  // A click on the page to copy a line closes the popup.
  await popup.close();

  const again = await clickToolbarIcon(ext, page);
  await again.waitForText('Restored what you typed before the popup closed.');
  await waitForForm(again, 'Add an activity');
  expect(await again.fieldValue('Title')).toBe('Trauma-Informed Care in Practice');
  expect(await again.fieldValue('Amount')).toBe('6');
  await again.fill('Date completed', '2026-03-03');
  await again.clickButton('Save');
  await again.waitFor(() => document.querySelector('.current .status')?.textContent === 'Saved');
  const stored = await storedActivities(again);
  expect(stored).toHaveLength(1);
  expect(stored[0]).toMatchObject({
    title: 'Trauma-Informed Care in Practice',
    completedOn: '2026-03-03',
    capturedBy: 'manual',
    sourceUrl: null,
    credits: [{ kind: 'CEC', amount: 6, unit: 'CE hour', body: 'aswb', hours: 6 }],
  });
  await again.clickButton('Undo');
  await again.waitForText('Removed');
  await again.close();

  // Saved once, the entry is not offered again.
  const third = await clickToolbarIcon(ext, page);
  await third.waitForText('No finished course detected on this page.');
  expect(await third.evaluate(() => document.querySelector('.activity-form'))).toBeNull();
  await third.close();
  await page.close();
});

it("reads nothing inside Chromium's PDF viewer, and says so with the PDF's address filled in", async () => {
  const page = await ext.context.newPage();
  await page.goto(WORKSHOP_PDF);
  const popup = await clickToolbarIcon(ext, page);
  await capture(popup);
  await waitForForm(popup, 'Captured from this page');
  expect(await popup.text()).toContain('Little was found on this page');
  expect(await popup.fieldValue('Title')).toBe('');
  expect(await popup.fieldValue('Course page')).toBe(WORKSHOP_PDF);
  await popup.close();
  await page.close();
});

it("captures a provider's page with nothing detected (host permission): the badge stays empty, and the popup opened again says it is saved", async () => {
  const page = await ext.context.newPage();
  await page.goto(ACE_CATALOG);
  const tabId = await tabIdOf(ext, ACE_CATALOG);
  const popup = await openPopup(ext, page);
  await capture(popup);
  await waitForForm(popup, 'Captured from this page');
  expect(await popup.fieldValue('Course page')).toBe(ACE_CATALOG);
  expect(await popup.fieldValue('Certifying body')).toBe('ace');
  expect(await popup.fieldValue('Amount')).toBe('0.2');
  // A catalog page states no date of completion, and its title may be misread: the user sets both.
  expect(await popup.fieldValue('Date completed')).toBe('');
  await popup.fill('Title', 'Functional Training for Older Adults');
  await popup.fill('Date completed', '2026-09-14');
  await popup.clickButton('Save');
  await popup.waitFor(() => document.querySelector('.current .status')?.textContent === 'Saved');
  expect(await storedActivities(popup)).toEqual([
    expect.objectContaining({
      title: 'Functional Training for Older Adults',
      capturedBy: 'captured',
      organizer: 'ACE Fitness',
    }),
  ]);
  // Nothing is detected on this tab: the background's refresh leaves its badge empty.
  expect((await badge(ext, tabId)).text).toBe('');
  await popup.close();

  // Opened again over the same page, the popup says it is saved, and offers no second capture.
  const again = await openPopup(ext, page);
  await again.waitFor(() => document.querySelector('.current .status')?.textContent?.startsWith('Already saved'));
  await again.waitForText('Functional Training for Older Adults');
  await again.clickButton('Undo');
  await again.waitForText('Removed');
  await again.close();

  // Removed from the log, the page is a page with nothing detected again.
  const third = await openPopup(ext, page);
  await third.waitForText('No finished course detected on this page.');
  await third.close();
  await page.close();
});
