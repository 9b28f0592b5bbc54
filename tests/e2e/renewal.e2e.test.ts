import { afterAll, beforeAll, expect, it } from 'vitest';
import { launchExtension, openPopup, routeFixtures, storedActivities, tabIdOf, waitForBadge, type Extension } from './extension';
import type { PopupPage } from './popup-page';

// Two ACE completions: the ACE detector is the one on this branch. Once the NASM detector is merged,
// this should add a NASM-CPT and save two NASM certificates instead (see the report for issue 4).
const CERTIFICATE = 'https://www.acefitness.org/myace/certificates/CEP251107/'; // 0.2 CECs, 2026-09-14
const TRANSCRIPT = 'https://acefitness.org/myace/course-certificate/?id=88213'; // 0.3 CECs, 2026-03-14
const PROGRESS_BAR = '[role="progressbar"][aria-label="ACE renewal progress"]';

let ext: Extension;
beforeAll(async () => {
  ext = await launchExtension();
  await routeFixtures(ext.context, 'https://www.acefitness.org/**', { [CERTIFICATE]: 'ace/certificate.html' });
  await routeFixtures(ext.context, 'https://acefitness.org/**', { [TRANSCRIPT]: 'ace/transcript-certificate.html' });
});
afterAll(() => ext?.close());

function progressValue(popup: PopupPage, attribute: string): Promise<string | null> {
  return popup.evaluate(([selector, name]) => document.querySelector(selector)?.getAttribute(name) ?? null, [PROGRESS_BAR, attribute]);
}

function totalsText(popup: PopupPage): Promise<string> {
  return popup.evaluate(() => (document.querySelector('.totals') as HTMLElement | null)?.innerText ?? '');
}

it('adds an ACE certification from the popup, then shows progress and totals change in the open popup as a completion is saved', async () => {
  const transcript = await ext.context.newPage();
  await transcript.goto(TRANSCRIPT);
  const transcriptTab = await tabIdOf(ext, TRANSCRIPT);
  await waitForBadge(ext, transcriptTab, '0.3');

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
  await body.selectOption('ace');
  expect(await options.getByLabel('Requirement (CECs)').inputValue()).toBe('2');
  expect(await options.getByLabel('Cycle length (months)').inputValue()).toBe('24');
  await options.getByLabel('Cycle end date (or expiry)').fill('2027-06-30');
  await options.getByRole('button', { name: 'Save certification' }).click();
  await options.getByRole('progressbar', { name: 'ACE renewal progress' }).waitFor();
  expect(await options.getByRole('progressbar', { name: 'ACE renewal progress' }).getAttribute('aria-valuenow')).toBe('0.2');

  // Open the popup over the certificate again (already saved): 0.2 of 2 CECs in the cycle.
  const popup = await openPopup(ext, certificate);
  await popup.waitForText('Already saved');
  await popup.waitFor((selector) => document.querySelector(selector)?.getAttribute('aria-valuenow') === '0.2', PROGRESS_BAR);
  expect(await progressValue(popup, 'aria-valuemax')).toBe('2');
  expect(await totalsText(popup)).toContain('0.2 ACE CECs, 2 contact hours');
  expect(await totalsText(popup)).toContain('2025-07-01 to 2027-06-30');

  // With the popup still open, the transcript tab's completion is saved (the request a click on the
  // icon over that tab sends): the popup's progress, totals and recent list follow without reopening.
  const reply = await options.evaluate((tabId) => chrome.runtime.sendMessage({ type: 'popup-opened', tabId }), transcriptTab);
  expect(reply).toMatchObject({ status: 'saved', activity: { title: 'Program Design for Youth Athletes', completedOn: '2026-03-14' } });
  await popup.waitFor((selector) => document.querySelector(selector)?.getAttribute('aria-valuenow') === '0.5', PROGRESS_BAR);
  expect(await progressValue(popup, 'aria-valuetext')).toBe('0.5 of 2 ACE CECs, 5 of 20 contact hours');
  await popup.waitForText('1.5 CECs still needed');
  expect(await totalsText(popup)).toContain('0.5 ACE CECs, 5 contact hours');
  await popup.waitForText('Program Design for Youth Athletes');
  expect(await storedActivities(popup)).toHaveLength(2);

  // Editing the cycle on the options page moves the March completion out of it: the popup follows again.
  await options.getByRole('button', { name: 'Edit ACE' }).click();
  await options.getByLabel('Cycle length (months)').fill('12');
  await options.getByRole('button', { name: 'Save certification' }).click();
  await popup.waitFor((selector) => document.querySelector(selector)?.getAttribute('aria-valuenow') === '0.2', PROGRESS_BAR);
  expect(await totalsText(popup)).toContain('2026-07-01 to 2027-06-30');
  await popup.close();
});
