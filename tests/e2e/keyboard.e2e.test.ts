import type { Page } from 'playwright-core';
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

/**
 * Keyboard only: save, undo, add, edit, delete and export with Tab, Enter and Escape, asserting after each
 * action where focus is. Focus never drops to the page.
 */
const CERTIFICATE = 'https://www.acefitness.org/myace/certificates/CEP251107/';
const ACE = 'Functional Training for Older Adults';
const WORKSHOP = 'Kettlebell Fundamentals Workshop';

let ext: Extension;
beforeAll(async () => {
  ext = await launchExtension();
  await routeFixtures(ext.context, 'https://www.acefitness.org/**', { [CERTIFICATE]: 'ace/certificate.html' });
});
afterAll(() => ext?.close());

/** The focused element's accessible name in a Playwright page (its label for a field). */
function focusedName(page: Page): Promise<string> {
  return page.evaluate(() => {
    const e = document.activeElement as HTMLElement | null;
    if (!e || e === document.body) return 'BODY';
    const labelled = e.id ? document.querySelector(`label[for="${CSS.escape(e.id)}"]`) : null;
    return e.getAttribute('aria-label') ?? labelled?.textContent?.trim() ?? e.textContent?.trim() ?? e.tagName;
  });
}

/** Presses Tab (or Shift+Tab) until the focused element's name is `name`; fails after 60 presses. */
async function tabTo(page: Page, name: string | RegExp, back = false): Promise<void> {
  const matches = (n: string) => (typeof name === 'string' ? n === name : name.test(n));
  for (let i = 0; i < 60; i++) {
    if (matches(await focusedName(page))) return;
    await page.keyboard.press(back ? 'Shift+Tab' : 'Tab');
  }
  throw new Error(`Tab never reached “${name}” (focus on “${await focusedName(page)}”)`);
}

async function popupTabTo(popup: PopupPage, name: string): Promise<void> {
  for (let i = 0; i < 30; i++) {
    if ((await popup.focused()) === name) return;
    await popup.press('Tab');
  }
  throw new Error(`Tab never reached “${name}” in the popup (focus on “${await popup.focused()}”)`);
}

it('saves from the popup, undoes and saves again with the keyboard, focus following each time', async () => {
  const page = await ext.context.newPage();
  await page.goto(CERTIFICATE);
  await waitForBadge(ext, await tabIdOf(ext, CERTIFICATE), '0.2');
  const popup = await openPopup(ext, page);
  await popup.waitFor(() => document.querySelector('.current .status')?.textContent === 'Saved');
  await popupTabTo(popup, 'Undo');
  await popup.press('Enter');
  await popup.waitForText('Removed');
  await popup.waitFor(() => document.activeElement?.textContent === 'Save');
  expect(await storedActivities(popup)).toHaveLength(0);
  await popup.press('Enter');
  await popup.waitFor(() => document.querySelector('.current .status')?.textContent === 'Saved');
  await popup.waitFor(() => document.activeElement?.textContent === 'Undo');
  expect(await storedActivities(popup)).toHaveLength(1);
  await popup.close();
  await page.close();
});

it('adds, edits, deletes, undoes and exports in the log with the keyboard alone', { timeout: 120_000 }, async () => {
  const log = await ext.context.newPage();
  await log.goto(`chrome-extension://${ext.id}/options.html`);
  await log.getByRole('rowheader', { name: ACE }).waitFor();

  // Add activity moves focus into its form.
  await tabTo(log, 'Add activity');
  await log.keyboard.press('Enter');
  const form = log.getByRole('form', { name: 'Add an activity' });
  await form.waitFor();
  expect(await focusedName(log)).toBe('Title');
  await log.keyboard.type(WORKSHOP);
  await tabTo(log, 'Provider or organizer');
  await log.keyboard.type('Iron Studio Seminars');
  await tabTo(log, 'Date completed');
  await log.keyboard.type('05022026');
  // The form opens with Credit 1 ready (the trap of last time: "Add credit" made a second, empty one, and
  // "Enter the amount" was about the first).
  await tabTo(log, 'Certifying body');
  // A select takes the keyboard's letters: "N" for "NASM".
  await log.keyboard.type('NASM');
  await tabTo(log, 'Amount');
  await log.keyboard.type('0.5');
  expect(await form.getByRole('group', { name: 'Credit 1' }).getByLabel('Amount').inputValue()).toBe('0.5');
  await tabTo(log, 'Save activity');
  await log.keyboard.press('Enter');
  await log.getByText(`Added “${WORKSHOP}”.`).waitFor();
  // The dialog gives focus back to the button that opened it.
  expect(await focusedName(log)).toBe('Add activity');
  expect((await storedActivities(log)).find((a) => a.title === WORKSHOP)).toMatchObject({
    completedOn: '2026-05-02',
    organizer: 'Iron Studio Seminars',
    credits: [{ kind: 'CEC', amount: 0.5, unit: 'CEU', body: 'nasm', hours: 5 }],
  });

  // Edit: the row's button names its row; Escape closes the form and gives focus back.
  await tabTo(log, `Edit “${WORKSHOP}”`);
  await log.keyboard.press('Enter');
  const edit = log.getByRole('form', { name: 'Edit activity' });
  await edit.waitFor();
  expect(await focusedName(log)).toBe('Title');
  await log.keyboard.press('Escape');
  await edit.waitFor({ state: 'detached' });
  expect(await focusedName(log)).toBe(`Edit “${WORKSHOP}”`);
  await log.keyboard.press('Enter');
  await edit.waitFor();
  await tabTo(log, 'Notes');
  await log.keyboard.type('Hands-on, 5 hours');
  await tabTo(log, 'Save changes');
  await log.keyboard.press('Enter');
  await log.getByText(`Saved changes to “${WORKSHOP}”.`).waitFor();
  expect(await focusedName(log)).toBe(`Edit “${WORKSHOP}”`);
  expect((await storedActivities(log)).find((a) => a.title === WORKSHOP)?.notes).toBe('Hands-on, 5 hours');

  // Delete: the notice and its Undo stand where the row was, with the focus.
  await tabTo(log, `Delete “${WORKSHOP}”`);
  await log.keyboard.press('Enter');
  const notice = log.getByRole('status').filter({ hasText: `Deleted “${WORKSHOP}”.` });
  await notice.waitFor();
  expect(await notice.evaluate((cell) => cell.closest('tr')?.className)).toBe('deleted-row');
  expect(await focusedName(log)).toBe('Undo');
  expect(await storedActivities(log)).toHaveLength(1);
  await log.keyboard.press('Enter');
  await log.getByText(`Restored “${WORKSHOP}”.`).waitFor();
  await log.waitForFunction(
    (name) => document.activeElement?.getAttribute('aria-label') === name,
    `Edit “${WORKSHOP}”`,
  );
  expect(await storedActivities(log)).toHaveLength(2);

  // Export: Enter on Export CSV downloads the file; focus stays on the button.
  await tabTo(log, 'Export CSV', true);
  const [download] = await Promise.all([log.waitForEvent('download'), log.keyboard.press('Enter')]);
  expect(download.suggestedFilename()).toMatch(/^ce-tally-\d{4}-\d{2}-\d{2}\.csv$/);
  expect(await focusedName(log)).toBe('Export CSV');
  await log.close();
});
