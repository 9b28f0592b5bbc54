import type { Page } from 'playwright-core';
import type { Extension } from './extension';

/**
 * Stops the extension's service worker as Chrome does when it idles (DevTools' ServiceWorker.stopAllWorkers),
 * and waits until it has really stopped.
 */
export async function stopServiceWorker(ext: Extension, page: Page): Promise<void> {
  const cdp = await ext.context.newCDPSession(page);
  const origin = `chrome-extension://${ext.id}/`;
  let running = true;
  cdp.on('ServiceWorker.workerVersionUpdated', ({ versions }) => {
    for (const v of versions) if (v.scriptURL.startsWith(origin)) running = v.runningStatus !== 'stopped';
  });
  await cdp.send('ServiceWorker.enable');
  await cdp.send('ServiceWorker.stopAllWorkers');
  const deadline = Date.now() + 5000;
  while (running && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
  await cdp.detach();
  if (running) throw new Error('the service worker did not stop');
}

/** Wakes a stopped worker the way any extension event does: a message (this one is refused, and writes nothing). */
export async function wakeServiceWorker(ext: Extension): Promise<void> {
  const page = await ext.context.newPage();
  await page.goto(`chrome-extension://${ext.id}/options.html`);
  await page.evaluate(() => chrome.runtime.sendMessage({ type: 'ping' }));
  await page.close();
}
