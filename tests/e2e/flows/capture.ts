import { expect } from 'vitest';
import { storedActivities } from '../../support/browser/extension';
import type { BrowserUnderTest } from '../../support/browser/harness';
import { overflowsSideways, waitForForm, waitForStatus } from './popup';
import { WORKSHOP } from './site-pages';

const TITLE = 'Trauma-Informed Care in Practice';

export async function capturesAPageWithoutHostPermission(browser: BrowserUnderTest): Promise<void> {
  const tab = await browser.openTab(WORKSHOP);
  const popup = await browser.clickToolbarIcon(tab);
  await popup.waitForText('No finished course detected on this page.');
  await popup.clickButton('Capture this page');
  await waitForForm(popup, 'Captured from this page');
  expect(await popup.fieldValue('Title')).toBe(TITLE);
  expect(await popup.fieldValue('Provider or organizer')).toBe('Example Workshops');
  expect(await popup.fieldValue('Date completed')).toBe('2026-03-03');
  expect(await popup.fieldValue('Certifying body')).toBe('aswb');
  expect(await popup.fieldValue('Amount')).toBe('6');
  expect(await popup.fieldValue('Course page')).toBe(WORKSHOP);
  expect(await overflowsSideways(popup)).toBe(false);
  // Nothing is saved before the user's click.
  expect(await storedActivities(popup)).toHaveLength(0);

  await popup.fill('Format', 'webinar');
  await popup.clickButton('Save');
  await waitForStatus(popup, 'Saved');
  expect(await storedActivities(popup)).toEqual([
    expect.objectContaining({
      title: TITLE,
      organizer: 'Example Workshops',
      completedOn: '2026-03-03',
      format: 'webinar',
      capturedBy: 'captured',
      sourceUrl: WORKSHOP,
      credits: [{ kind: 'CEC', amount: 6, unit: 'CE hour', body: 'aswb', hours: 6 }],
    }),
  ]);
  await popup.waitFor((t) => document.querySelector('.recent-list')?.textContent?.includes(t), TITLE);
  // No provider's page: the badge stays empty.
  expect((await browser.badge(tab.id)).text).toBe('');

  await popup.clickButton('Undo');
  await popup.waitForText('Removed');
  expect(await storedActivities(popup)).toHaveLength(0);
  await popup.close();
  await tab.close();
}
