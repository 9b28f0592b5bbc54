import { expect } from 'vitest';
import { storedActivities } from '../../support/browser/extension';
import type { BrowserUnderTest } from '../../support/browser/harness';
import { ACE_CERTIFICATE } from './site-pages';

type Runtime = { sendMessage(...args: unknown[]): Promise<unknown> };

export async function refusesMalformedMessages(browser: BrowserUnderTest): Promise<void> {
  const tab = await browser.openTab(ACE_CERTIFICATE.url);
  // A web page cannot reach the extension at all: it has no externally_connectable.
  const fromPage = await tab.evaluate(() => {
    const scope = globalThis as unknown as { chrome?: { runtime?: Runtime }; browser?: { runtime?: Runtime } };
    const runtime = scope.browser?.runtime ?? scope.chrome?.runtime;
    if (typeof runtime?.sendMessage !== 'function') return 'no messaging API';
    try {
      void runtime.sendMessage('any-extension-id', { type: 'popup-opened', tabId: 1 });
      return 'sent';
    } catch (e) {
      return `refused: ${String(e)}`;
    }
  }, undefined);
  expect(fromPage).not.toBe('sent');

  // An extension page may message the background, but only in the contract's shapes.
  const log = await browser.openExtensionPage('options.html');
  const before = (await storedActivities(log)).length;
  const replies = await log.evaluate((tabId) => {
    const scope = globalThis as unknown as { chrome?: { runtime: Runtime }; browser?: { runtime: Runtime } };
    const { runtime } = scope.browser ?? scope.chrome!;
    return Promise.all([
      runtime.sendMessage({ type: 'popup-opened', tabId: 'all' }),
      runtime.sendMessage({ type: 'popup-opened', tabId: -tabId }),
      runtime.sendMessage({ type: 'detection', detection: { provider: 'ace', activity: { title: '<script>' } } }),
      runtime.sendMessage('DROP TABLE'),
    ]);
  }, tab.id);
  expect(replies).toEqual([
    { refused: 'malformed message' },
    { refused: 'malformed message' },
    { refused: 'malformed message' },
    { refused: 'malformed message' },
  ]);
  expect(await storedActivities(log)).toHaveLength(before);
  await Promise.all([log.close(), tab.close()]);
}
