import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page, Request } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROVIDER_MATCHES } from '../../lib/detect/registry';
import { DETECT_RETRY_DELAYS_MS } from '../../lib/model/limits';
import {
  EXTENSION_DIR,
  badge,
  launchExtension,
  openPopup,
  routeFixtures,
  storedActivities,
  tabIdOf,
  updateExtension,
  waitForBadge,
  type Extension,
} from '../support/browser/extension';
import { stopServiceWorker, wakeServiceWorker } from '../support/browser/worker';

const CERTIFICATE = 'https://www.acefitness.org/myace/certificates/CEP251107/';
const UDEMY_SHELL = 'https://www.udemy.com/certificate/UC-5e0d7c3a-2b14-4c9f-a6e8-71f3b9d20c46/';
const QUIZ =
  'https://www.acefitness.org/education-and-resources/professional/continuing-education/course/quiz/results/?course=CP220815';

describe('the built manifests ask for no more than they need', () => {
  const manifests = {
    chrome: JSON.parse(readFileSync(resolve(EXTENSION_DIR, 'manifest.json'), 'utf8')),
    firefox: JSON.parse(readFileSync(resolve(EXTENSION_DIR, '../firefox-mv2/manifest.json'), 'utf8')),
  };
  const ALLOWED = ['storage', 'unlimitedStorage', 'activeTab', 'scripting', 'alarms', 'notifications'];
  const FORBIDDEN = [
    '<all_urls>',
    'tabs',
    'cookies',
    'history',
    'webRequest',
    'webRequestBlocking',
    'downloads',
    'management',
    'debugger',
    'nativeMessaging',
    'clipboardRead',
    'declarativeNetRequest',
  ];

  it.each(Object.entries(manifests))(
    '%s: only storage, unlimitedStorage, activeTab, scripting, alarms, notifications and the provider hosts',
    (_, manifest) => {
      const permissions: string[] = manifest.permissions ?? [];
      const hosts: string[] = manifest.host_permissions ?? permissions.filter((p) => p.includes('://'));
      expect(permissions.filter((p) => !p.includes('://')).sort()).toEqual([...ALLOWED].sort());
      expect(hosts.sort()).toEqual([...PROVIDER_MATCHES].sort());
      for (const forbidden of FORBIDDEN) expect(JSON.stringify(manifest)).not.toContain(`"${forbidden}"`);
      expect(manifest.content_scripts.flatMap((c: { matches: string[] }) => c.matches).sort()).toEqual(
        [...PROVIDER_MATCHES].sort(),
      );
      expect(manifest.externally_connectable).toBeUndefined();
      expect(manifest.web_accessible_resources).toBeUndefined();
    },
  );

  it('has a strict content security policy: own scripts only, no connections out', () => {
    const csp: string = manifests.chrome.content_security_policy.extension_pages;
    // WebAssembly only (the OCR of an import): 'wasm-unsafe-eval' compiles wasm, it evaluates no script.
    expect(csp).toContain("script-src 'self' 'wasm-unsafe-eval';");
    expect(csp).toContain("connect-src 'self' blob:");
    expect(csp).not.toMatch(/'unsafe-eval'|unsafe-inline|https?:|\*/);
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
    await routeFixtures(ext.context, 'https://www.acefitness.org/**', {
      [CERTIFICATE]: 'ace/certificate.html',
      [QUIZ]: 'ace/quiz-passed.html',
    });
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
    const tabIds = await ext
      .worker()
      .then((w) =>
        w.evaluate(async (u) => (await chrome.tabs.query({})).filter((t) => t.url === u).map((t) => t.id!), QUIZ),
      );
    expect(tabIds).toHaveLength(2);
    for (const id of tabIds) await waitForBadge(ext, id, '0.5');

    const log = await ext.context.newPage();
    await log.goto(`chrome-extension://${ext.id}/options.html`);
    const replies = await log.evaluate(
      (ids) =>
        Promise.all(
          [...ids, ...ids, ids[0]].map((tabId) => chrome.runtime.sendMessage({ type: 'popup-opened', tabId })),
        ),
      tabIds,
    );
    expect(replies.map((r) => r.status).sort()).toEqual(['already', 'already', 'already', 'already', 'saved']);
    const stored = await storedActivities(log);
    expect(stored.filter((a) => a.courseCode === 'CP220815')).toHaveLength(1);
    for (const id of tabIds) await waitForBadge(ext, id, '✓');
    await Promise.all([first.close(), second.close(), log.close()]);
  });

  it('exports and backs up from the log without a request of its own', async () => {
    const log = await ext.context.newPage();
    await log.goto(`chrome-extension://${ext.id}/options.html`);
    for (const button of ['Export CSV', 'Back up']) {
      const [download] = await Promise.all([
        log.waitForEvent('download'),
        log.getByRole('button', { name: button }).click(),
      ]);
      expect(download.suggestedFilename()).toMatch(/^ce-tally-/);
    }
    await log.close();
  });

  it('made no request of its own: only the routed provider pages were fetched', () => {
    const outside = requests.filter(
      (url) => !url.startsWith('https://www.acefitness.org/') && !/^(chrome-extension|blob|data):/.test(url),
    );
    expect(requests.length).toBeGreaterThan(0);
    expect(outside).toEqual([]);
  });
});

/** Errors thrown or logged in the page, except its own images and scripts that the fixture server does not have. */
function recordErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on(
    'console',
    (m) => m.type() === 'error' && !m.text().startsWith('Failed to load resource') && errors.push(m.text()),
  );
  page.on('pageerror', (e) => errors.push(e.message));
  return errors;
}

describe('after an update', () => {
  it('hands an open certificate page to the new version: the old script stops quietly, the new one shows the badge, a click saves once', async () => {
    const ext = await launchExtension();
    try {
      await routeFixtures(ext.context, 'https://www.acefitness.org/**', {
        [CERTIFICATE]: 'ace/certificate.html',
        [QUIZ]: 'ace/quiz-failed.html',
      });
      const page = await ext.context.newPage();
      const errors = recordErrors(page);
      await page.goto(CERTIFICATE);
      const tabId = await tabIdOf(ext, CERTIFICATE);
      await waitForBadge(ext, tabId, '0.2');
      const nearMiss = await ext.context.newPage();
      await nearMiss.goto(QUIZ);
      const nearMissTabId = await tabIdOf(ext, QUIZ);
      await page.evaluate(() => ((window as unknown as { loadedOnce: boolean }).loadedOnce = true));

      await updateExtension(ext);
      // The new version noticed the certificate on its own: the page was not loaded again.
      await waitForBadge(ext, tabId, '0.2');
      expect(await page.evaluate(() => (window as unknown as { loadedOnce?: boolean }).loadedOnce)).toBe(true);
      // The page navigates in place: the new script follows it, the old one (cut off) stays silent.
      await page.evaluate(() => history.pushState({}, '', '#moved'));
      await page.waitForTimeout(2500);
      await waitForBadge(ext, tabId, '0.2');

      const popup = await openPopup(ext, page);
      await popup.waitForText('Saved');
      await popup.close();
      const log = await ext.context.newPage();
      await log.goto(`chrome-extension://${ext.id}/options.html`);
      expect(await storedActivities(log)).toHaveLength(1);
      expect((await badge(ext, nearMissTabId)).text).toBe('');
      expect(errors).toEqual([]);
    } finally {
      await ext.close();
    }
  });

  it("stops the orphaned script's pending looks: a certificate rendered after the update raises no error and is noticed by the new version", async () => {
    const ext = await launchExtension();
    try {
      await routeFixtures(ext.context, 'https://www.udemy.com/**', {
        [UDEMY_SHELL]: 'udemy/certificate-app-shell.html',
      });
      const page = await ext.context.newPage();
      const errors = recordErrors(page);
      await page.goto(UDEMY_SHELL, { waitUntil: 'domcontentloaded' });
      // The shell renders its certificate after 1.5 s; the content script keeps looking meanwhile. The update
      // comes before that, so the old script's later looks would find a completion and call a runtime that is gone.
      await updateExtension(ext);
      await expect
        .poll(() => page.evaluate(() => document.body.innerText.includes('successfully completed the course')), {
          timeout: 10_000,
        })
        .toBe(true);
      await waitForBadge(ext, await tabIdOf(ext, UDEMY_SHELL), 'CE', 15_000);
      await page.waitForTimeout(DETECT_RETRY_DELAYS_MS.reduce((sum, delay) => sum + delay, 0));
      expect(errors).toEqual([]);
    } finally {
      await ext.close();
    }
  });
});
