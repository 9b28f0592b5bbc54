/// <reference types="chrome" />
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import { PopupPage } from './popup-page';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium';

export const EXTENSION_DIR = resolve(import.meta.dirname, '../../../.output/chrome-mv3');
const FIXTURES = resolve(import.meta.dirname, '../../fixtures/providers');

export interface Extension {
  context: BrowserContext;
  /** The profile folder (holds DevToolsActivePort, for the popup's own DevTools connection). */
  profile: string;
  id: string;
  worker: () => Promise<Worker>;
  close: () => Promise<void>;
  /** Closes the browser and keeps the profile, for `launchExtension({ profile })` to start it again. */
  quit: () => Promise<void>;
}

/**
 * The id Chromium gives an extension loaded unpacked from `dir`: the first 32 hex digits of the SHA-256 of its
 * absolute path, written with the letters a to p.
 */
export function unpackedExtensionId(dir: string): string {
  const hex = createHash('sha256').update(resolve(dir)).digest('hex').slice(0, 32);
  return [...hex].map((digit) => String.fromCharCode(97 + parseInt(digit, 16))).join('');
}

/**
 * The built extension (or another build of it, `dir`) in real headless Chromium, with a profile of its own
 * (or the `profile` a browser quit before, as the browser restarting). `alsoLoad`: copies of it loaded beside
 * it, each with its own id and storage (reach one with `loadedBeside`). `args`: more Chromium switches.
 */
export async function launchExtension({
  dir = EXTENSION_DIR,
  profile = mkdtempSync(join(tmpdir(), 'ce-tally-e2e-')),
  alsoLoad = [] as string[],
  args = [] as string[],
} = {}): Promise<Extension> {
  const dirs = [dir, ...alsoLoad].join(',');
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    // A DevTools port of its own (0: any free one) reaches the popup, which Playwright does not attach to.
    // Extension debugging lets a test click the toolbar icon for real (clickToolbarIcon).
    args: [
      ...CHROMIUM_ARGS,
      '--remote-debugging-port=0',
      '--enable-unsafe-extension-debugging',
      `--disable-extensions-except=${dirs}`,
      `--load-extension=${dirs}`,
      ...args,
    ],
  });
  const ext = extensionIn(context, profile, unpackedExtensionId(dir));
  await ext.worker();
  return ext;
}

/** The copy loaded from `dir` beside `ext` (launchExtension's alsoLoad): same browser, its own id and storage. */
export function loadedBeside(ext: Extension, dir: string): Extension {
  return extensionIn(ext.context, ext.profile, unpackedExtensionId(dir));
}

function extensionIn(context: BrowserContext, profile: string, id: string): Extension {
  // The worker may be stopped and restarted: always ask for the live one.
  // After an update the old worker may still be listed for a moment: the newest comes last.
  const worker = async () =>
    context.serviceWorkers().findLast((w) => w.url().includes(id)) ??
    context.waitForEvent('serviceworker', { predicate: (w) => w.url().includes(id) });
  return {
    context,
    profile,
    id,
    worker,
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
    quit: () => context.close(),
  };
}

/**
 * Updates the extension in place, as the browser does when a new version arrives: DevTools loads the built
 * folder again under the same id (runtime.onInstalled with reason "update"), and the old service worker and
 * content scripts are cut off. (chrome.runtime.reload() means the same, but an extension loaded from the
 * command line does not come back from it in headless Chromium.)
 */
export async function updateExtension(ext: Extension): Promise<void> {
  const browser = ext.context.browser();
  if (!browser) throw new Error('no browser to update the extension in');
  const session = await browser.newBrowserCDPSession();
  try {
    const newWorker = ext.context.waitForEvent('serviceworker', {
      predicate: (w) => w.url().includes(ext.id),
      timeout: 15_000,
    });
    await session.send('Extensions.loadUnpacked', { path: EXTENSION_DIR });
    await newWorker;
  } finally {
    await session.detach();
  }
}

/** Serves fixture pages at their real URLs: `pages` maps a URL (without hash) to a fixture path under tests/fixtures/providers. */
export async function routeFixtures(
  context: BrowserContext,
  hostGlob: string,
  pages: Record<string, string>,
): Promise<void> {
  await context.route(hostGlob, (route) => {
    const url = route.request().url().split('#')[0];
    const fixture = pages[url];
    if (!fixture) return route.fulfill({ status: 404, contentType: 'text/html', body: '<h1>Not found</h1>' });
    return route.fulfill({
      status: 200,
      contentType: 'text/html; charset=utf-8',
      body: readFileSync(join(FIXTURES, fixture)),
    });
  });
}

export async function tabIdOf(ext: Extension, url: string): Promise<number> {
  const worker = await ext.worker();
  const id = await worker.evaluate(async (u) => (await chrome.tabs.query({})).find((t) => t.url === u)?.id, url);
  if (id === undefined) throw new Error(`no tab at ${url}`);
  return id;
}

export async function badge(ext: Extension, tabId: number): Promise<{ text: string; title: string }> {
  const worker = await ext.worker();
  return worker.evaluate(
    async (tab) => ({
      text: await chrome.action.getBadgeText({ tabId: tab }),
      title: await chrome.action.getTitle({ tabId: tab }),
    }),
    tabId,
  );
}

/** Waits until the tab's badge shows `text`. */
export async function waitForBadge(
  ext: Extension,
  tabId: number,
  text: string,
  timeoutMs = 10_000,
): Promise<{ text: string; title: string }> {
  const deadline = Date.now() + timeoutMs;
  let last = { text: '', title: '' };
  while (Date.now() < deadline) {
    last = await badge(ext, tabId);
    if (last.text === text) return last;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`badge stayed "${last.text}" (${last.title}), expected "${text}"`);
}

/**
 * The real popup, opened as a click on the toolbar icon would, over the given page.
 * Playwright does not attach to extension popups, so it is driven over its own DevTools connection.
 */
export async function openPopup(ext: Extension, page: Page): Promise<PopupPage> {
  await page.bringToFront();
  const worker = await ext.worker();
  await worker.evaluate(() => chrome.action.openPopup());
  return PopupPage.attach(ext.profile, ext.id);
}

/**
 * The real popup, opened by a click on the toolbar icon over the given page, as a user's click: unlike
 * chrome.action.openPopup() (openPopup above), it grants activeTab on that page, which "Capture this page"
 * needs on a site the extension has no host permission for. DevTools' Extensions.triggerAction does the click.
 */
export async function clickToolbarIcon(ext: Extension, page: Page): Promise<PopupPage> {
  await page.bringToFront();
  const browser = ext.context.browser();
  if (!browser) throw new Error('no browser to send the click to');
  const session = await browser.newBrowserCDPSession();
  try {
    // The click goes to the tab (a target of type "tab", brought to the front above), not to the page it shows.
    const { targetInfos } = await session.send('Target.getTargets', { filter: [{ type: 'tab' }] });
    const active = targetInfos.filter((t) => String(t.embedderData?.tabActive) === 'true');
    // One active tab per window; a page whose load failed shows an error page under its own address.
    const tab = active.length === 1 ? active[0] : active.find((t) => t.url === page.url());
    if (!tab) throw new Error(`no active tab shows ${page.url()}`);
    await session.send('Extensions.triggerAction', { id: ext.id, targetId: tab.targetId });
  } finally {
    await session.detach();
  }
  return PopupPage.attach(ext.profile, ext.id);
}

/** The activities in the extension's database, read straight from IndexedDB in an extension page. */
export async function storedActivities(page: { evaluate: Page['evaluate'] }): Promise<Array<Record<string, unknown>>> {
  return page.evaluate(
    () =>
      new Promise((resolve, reject) => {
        const open = indexedDB.open('ce-tally');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          if (!db.objectStoreNames.contains('activities')) return resolve([]);
          const request = db.transaction('activities').objectStore('activities').getAll();
          request.onsuccess = () => {
            resolve(request.result);
            db.close();
          };
          request.onerror = () => reject(request.error);
        };
      }),
  );
}
