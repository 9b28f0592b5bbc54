import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Request } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROVIDER_MATCHES } from '../../lib/detect/registry';
import { EXTENSION_DIR, launchExtension, openPopup, routeFixtures, storedActivities, tabIdOf, waitForBadge, type Extension } from './extension';
import { stopServiceWorker, wakeServiceWorker } from './worker';

const CERTIFICATE = 'https://www.acefitness.org/myace/certificates/CEP251107/';
const QUIZ = 'https://www.acefitness.org/education-and-resources/professional/continuing-education/course/quiz/results/?course=CP220815';

describe('the built manifests ask for no more than they need', () => {
  const manifests = {
    chrome: JSON.parse(readFileSync(resolve(EXTENSION_DIR, 'manifest.json'), 'utf8')),
    firefox: JSON.parse(readFileSync(resolve(EXTENSION_DIR, '../firefox-mv2/manifest.json'), 'utf8')),
  };
  const ALLOWED = ['storage', 'unlimitedStorage', 'activeTab', 'scripting'];
  const FORBIDDEN = ['<all_urls>', 'tabs', 'cookies', 'history', 'webRequest', 'webRequestBlocking', 'downloads', 'management', 'debugger', 'nativeMessaging', 'clipboardRead', 'declarativeNetRequest'];

  it.each(Object.entries(manifests))('%s: only storage, unlimitedStorage, activeTab, scripting and the provider hosts', (_, manifest) => {
    const permissions: string[] = manifest.permissions ?? [];
    const hosts: string[] = manifest.host_permissions ?? permissions.filter((p) => p.includes('://'));
    expect(permissions.filter((p) => !p.includes('://')).sort()).toEqual([...ALLOWED].sort());
    expect(hosts.sort()).toEqual([...PROVIDER_MATCHES].sort());
    for (const forbidden of FORBIDDEN) expect(JSON.stringify(manifest)).not.toContain(`"${forbidden}"`);
    expect(manifest.content_scripts.flatMap((c: { matches: string[] }) => c.matches).sort()).toEqual([...PROVIDER_MATCHES].sort());
    expect(manifest.externally_connectable).toBeUndefined();
    expect(manifest.web_accessible_resources).toBeUndefined();
  });

  it('has a strict content security policy: own scripts only, no connections out', () => {
    const csp: string = manifests.chrome.content_security_policy.extension_pages;
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("connect-src 'self' blob:");
    expect(csp).not.toMatch(/unsafe-eval|unsafe-inline|https?:|\*/);
    expect(manifests.firefox.content_security_policy).toBe(csp);
    expect(manifests.firefox.browser_specific_settings.gecko.id).toBeTruthy();
  });
});

describe('in Chromium', () => {
  let ext: Extension;
  const requests: string[] = [];
  const record = (request: Request) => void requests.push(request.url());

  beforeAll(async () => {
    // Let Playwright report the service worker's own requests too.
    process.env.PW_EXPERIMENTAL_SERVICE_WORKER_NETWORK_EVENTS = '1';
    ext = await launchExtension();
    ext.context.on('request', record);
    await routeFixtures(ext.context, 'https://www.acefitness.org/**', { [CERTIFICATE]: 'ace/certificate.html', [QUIZ]: 'ace/quiz-passed.html' });
  });
  afterAll(() => ext?.close());

  it('saves after the service worker slept between detection and click, and between two clicks, once', async () => {
    const page = await ext.context.newPage();
    await page.goto(CERTIFICATE);
    const tabId = await tabIdOf(ext, CERTIFICATE);
    await waitForBadge(ext, tabId, '0.2');

    await stopServiceWorker(ext, page);
    await wakeServiceWorker(ext);
    const popup = await openPopup(ext, page);
    await popup.waitFor(() => document.querySelector('.current .status')?.textContent === 'Saved');
    await waitForBadge(ext, tabId, '✓');
    await popup.close();

    await stopServiceWorker(ext, page);
    await wakeServiceWorker(ext);
    const again = await openPopup(ext, page);
    await again.waitForText('Already saved');
    expect(await storedActivities(again)).toHaveLength(1);
    await again.clickButton('Undo');
    await again.waitForText('Removed');
    await again.close();
    await page.close();
  });

  it('keeps one record when two tabs and a double click save the same completion at once', async () => {
    const first = await ext.context.newPage();
    await first.goto(QUIZ);
    const second = await ext.context.newPage();
    await second.goto(QUIZ);
    const tabIds = (await ext.worker().then((w) => w.evaluate(async (u) => (await chrome.tabs.query({})).filter((t) => t.url === u).map((t) => t.id!), QUIZ)));
    expect(tabIds).toHaveLength(2);
    for (const id of tabIds) await waitForBadge(ext, id, '0.5');

    const log = await ext.context.newPage();
    await log.goto(`chrome-extension://${ext.id}/options.html`);
    const replies = await log.evaluate(
      (ids) => Promise.all([...ids, ...ids, ids[0]].map((tabId) => chrome.runtime.sendMessage({ type: 'popup-opened', tabId }))),
      tabIds,
    );
    expect(replies.map((r) => r.status).sort()).toEqual(['already', 'already', 'already', 'already', 'saved']);
    const stored = await storedActivities(log);
    expect(stored.filter((a) => a.courseCode === 'CP220815')).toHaveLength(1);
    for (const id of tabIds) await waitForBadge(ext, id, '✓');
    await Promise.all([first.close(), second.close(), log.close()]);
  });

  it('refuses a message from a web page and one with a malformed payload, and writes nothing', async () => {
    const page = await ext.context.newPage();
    await page.goto(CERTIFICATE);
    // A web page cannot reach the extension at all: it has no externally_connectable.
    const fromPage = await page.evaluate(
      (id) => {
        const runtime = (globalThis as unknown as { chrome?: { runtime?: { sendMessage?: unknown } } }).chrome?.runtime;
        if (typeof runtime?.sendMessage !== 'function') return 'no messaging API';
        try {
          (runtime.sendMessage as (id: string, m: unknown) => void)(id, { type: 'popup-opened', tabId: 1 });
          return 'sent';
        } catch (e) {
          return `refused: ${String(e)}`;
        }
      },
      ext.id,
    );
    expect(fromPage).not.toBe('sent');
    const log = await ext.context.newPage();
    await log.goto(`chrome-extension://${ext.id}/options.html`);
    const before = (await storedActivities(log)).length;
    const replies = await log.evaluate(() =>
      Promise.all([
        chrome.runtime.sendMessage({ type: 'popup-opened', tabId: 'all' }),
        chrome.runtime.sendMessage({ type: 'detection', detection: { provider: 'ace', activity: { title: '<script>' } } }),
        chrome.runtime.sendMessage('DROP TABLE'),
      ]),
    );
    for (const reply of replies) expect(reply).toHaveProperty('refused');
    expect(await storedActivities(log)).toHaveLength(before);
    await Promise.all([page.close(), log.close()]);
  });

  it('exports and backs up from the log without a request of its own', async () => {
    const log = await ext.context.newPage();
    await log.goto(`chrome-extension://${ext.id}/options.html`);
    for (const button of ['Export CSV', 'Back up']) {
      const [download] = await Promise.all([log.waitForEvent('download'), log.getByRole('button', { name: button }).click()]);
      expect(download.suggestedFilename()).toMatch(/^ce-tally-/);
    }
    await log.close();
  });

  it('made no request of its own: only the routed provider pages were fetched', () => {
    const outside = requests.filter((url) => !url.startsWith('https://www.acefitness.org/') && !/^(chrome-extension|blob|data):/.test(url));
    expect(requests.length).toBeGreaterThan(0);
    expect(outside).toEqual([]);
  });
});

describe('after an update', () => {
  it('leaves the orphaned content script quiet: no error in the page when it navigates after the extension went away', async () => {
    const ext = await launchExtension();
    try {
      await routeFixtures(ext.context, 'https://www.acefitness.org/**', { [CERTIFICATE]: 'ace/certificate.html' });
      const page = await ext.context.newPage();
      const errors: string[] = [];
      page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
      page.on('pageerror', (e) => errors.push(e.message));
      await page.goto(CERTIFICATE);
      await waitForBadge(ext, await tabIdOf(ext, CERTIFICATE), '0.2');
      // An update reloads the extension: the page's content script is cut off from it. (An extension loaded
      // from the command line does not come back in this headless browser, so only the orphan is observed.)
      await (await ext.worker()).evaluate(() => chrome.runtime.reload()).catch(() => undefined);
      await page.waitForTimeout(1500);
      // The page navigates in place, which the orphaned script would react to.
      await page.evaluate(() => history.pushState({}, '', '?moved'));
      await page.waitForTimeout(2500);
      expect(errors.filter((e) => /context invalidated|ce-tally|Extension/i.test(e))).toEqual([]);
    } finally {
      await ext.close();
    }
  });
});
