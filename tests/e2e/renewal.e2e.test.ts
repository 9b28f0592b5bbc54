import { afterAll, beforeAll, expect, it } from 'vitest';
import {
  launchExtension,
  openPopup,
  routeFixtures,
  storedActivities,
  tabIdOf,
  waitForBadge,
  type Extension,
} from '../support/browser/extension';
import type { PopupPage } from '../support/browser/popup-page';

// Two NASM completions at their real addresses.
const CERTIFICATE = 'https://www.nasm.org/my-courses/nutrition-endurance-hot-climates/complete'; // 0.2 CEUs, 2026-04-22
const TRANSCRIPT = 'https://www.nasm.org/my-account/certificates/4417320'; // 0.4 CEUs, 2026-03-07
const PROGRESS_BAR = '[role="progressbar"][aria-label="NASM-CPT renewal progress"]';

let ext: Extension;
beforeAll(async () => {
  ext = await launchExtension();
  await routeFixtures(ext.context, 'https://www.nasm.org/**', {
    [CERTIFICATE]: 'nasm/course-complete.html',
    [TRANSCRIPT]: 'nasm/certificate.html',
  });
});
afterAll(() => ext?.close());

function progressValue(popup: PopupPage, attribute: string): Promise<string | null> {
  return popup.evaluate(
    ([selector, name]) => document.querySelector(selector)?.getAttribute(name) ?? null,
    [PROGRESS_BAR, attribute],
  );
}

function totalsText(popup: PopupPage): Promise<string> {
  return popup.evaluate(() => (document.querySelector('.totals') as HTMLElement | null)?.innerText ?? '');
}

it('adds a NASM-CPT certification from the popup, then shows progress and totals change in the open popup as a completion is saved', async () => {
  const transcript = await ext.context.newPage();
  await transcript.goto(TRANSCRIPT);
  const transcriptTab = await tabIdOf(ext, TRANSCRIPT);
  await waitForBadge(ext, transcriptTab, '0.4');

  const certificate = await ext.context.newPage();
  await certificate.goto(CERTIFICATE);
  await waitForBadge(ext, await tabIdOf(ext, CERTIFICATE), '0.2');

  // First click on the certificate page: saved; no certification yet, so the popup offers to add one.
  const first = await openPopup(ext, certificate);
  await first.waitForText('Add the certifications you hold');
  const optionsOpened = ext.context.waitForEvent('page');
  await first.clickButton('Add certification');
  const options = await optionsOpened;
  expect(options.url()).toBe(`chrome-extension://${ext.id}/options.html#add-certification`);

  // The options page opens at the form, on the body picker, with the body's defaults.
  const body = options.getByLabel('Certifying body');
  await expect.poll(() => body.evaluate((el) => el === document.activeElement)).toBe(true);
  await body.selectOption('nasm');
  expect(await options.getByLabel('Requirement (CEUs)').inputValue()).toBe('2');
  expect(await options.getByLabel('Cycle length (months)').inputValue()).toBe('24');
  await options.getByLabel('Cycle end date (or expiry)').fill('2027-04-10');
  await options.getByRole('button', { name: 'Save certification' }).click();
  await options.getByRole('progressbar', { name: 'NASM-CPT renewal progress' }).waitFor();
  expect(
    await options.getByRole('progressbar', { name: 'NASM-CPT renewal progress' }).getAttribute('aria-valuenow'),
  ).toBe('0.2');

  // Open the popup over the certificate again (already saved): 0.2 of 2 CECs in the cycle.
  const popup = await openPopup(ext, certificate);
  await popup.waitForText('Already saved');
  await popup.waitFor(
    (selector) => document.querySelector(selector)?.getAttribute('aria-valuenow') === '0.2',
    PROGRESS_BAR,
  );
  expect(await progressValue(popup, 'aria-valuemax')).toBe('2');
  expect(await totalsText(popup)).toContain('0.2 NASM CEUs (2 h)');
  expect(await totalsText(popup)).toContain('Apr 11, 2025 – Apr 10, 2027');

  // With the popup still open, the transcript tab's completion is saved (the request a click on the
  // icon over that tab sends): the popup's progress, totals and recent list follow without reopening.
  const reply = await options.evaluate(
    (tabId) => chrome.runtime.sendMessage({ type: 'popup-opened', tabId }),
    transcriptTab,
  );
  expect(reply).toMatchObject({
    status: 'saved',
    activity: { title: 'Corrective Exercise for Runners', completedOn: '2026-03-07' },
  });
  await popup.waitFor(
    (selector) => document.querySelector(selector)?.getAttribute('aria-valuenow') === '0.6',
    PROGRESS_BAR,
  );
  expect(await progressValue(popup, 'aria-valuetext')).toBe('0.6 of 2 NASM CEUs, 6 of 20 contact hours');
  // The still-needed line: NASM asks for a current CPR/AED card too.
  await popup.waitForText('1.4 CEUs; a current CPR/AED card still needed');
  expect(await totalsText(popup)).toContain('0.6 NASM CEUs (6 h)');
  // The recent activities are folded: their text is in the page, not on screen.
  await popup.waitFor(() =>
    document.querySelector('.recent-list')?.textContent?.includes('Corrective Exercise for Runners'),
  );
  expect(await storedActivities(popup)).toHaveLength(2);

  // Editing the cycle on the options page moves the March completion out of it: the popup follows again.
  await options.getByRole('button', { name: 'Edit NASM-CPT' }).click();
  await options.getByLabel('Cycle length (months)').fill('12');
  await options.getByRole('button', { name: 'Save certification' }).click();
  await popup.waitFor(
    (selector) => document.querySelector(selector)?.getAttribute('aria-valuenow') === '0.2',
    PROGRESS_BAR,
  );
  expect(await totalsText(popup)).toContain('Apr 11, 2026 – Apr 10, 2027');
  await popup.close();
});
