import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { PageView } from './extension-view';
import { isServedHost, siteTab, sitePageResponse, type BrowserUnderTest, type SitePages } from './harness';

/** Debian's Firefox ESR (the security suite's: bookworm's main pool has one older than the manifest allows). */
export const FIREFOX_PATH = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
export const FIREFOX_EXTENSION_DIR = resolve(import.meta.dirname, '../../../.output/firefox-mv2');

/** The add-on's id in the Firefox manifest (wxt.config.ts), and the fixed moz-extension:// host the tests give it. */
const GECKO_ID = 'ce-tally@ce-tally.app';
const EXTENSION_UUID = '3f6c2a1e-8b4d-4e7a-9c15-6d2e0b7a4f90';
export const EXTENSION_ORIGIN = `moz-extension://${EXTENSION_UUID}`;

/** Global `browser` of an extension page (Firefox's own namespace), as the evaluated functions see it. */
type PageBrowser = {
  tabs: { query(q: object): Promise<Array<{ id?: number; url?: string }>> };
  browserAction: {
    getBadgeText(d: { tabId: number }): Promise<string>;
    getTitle(d: { tabId: number }): Promise<string>;
  };
};

/**
 * Opens an extension page in a tab. Firefox sends WebDriver BiDi no navigation events for moz-extension://
 * loads, so the navigation is started, not awaited, and the document is waited for instead.
 */
async function openExtensionTab(browser: Browser, path: string, background: boolean): Promise<Page> {
  const page = await browser.newPage({ background });
  const url = `${EXTENSION_ORIGIN}/${path}`;
  void page.goto(url).catch(() => undefined);
  const deadline = Date.now() + 20_000;
  for (;;) {
    const loaded = await page
      .evaluate((u) => location.href === u && document.readyState === 'complete', url)
      .catch(() => false);
    if (loaded) return page;
    if (Date.now() > deadline) throw new Error(`${url} did not load`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/**
 * The shared flows' browser in Firefox ESR, driven by puppeteer-core over WebDriver BiDi (Playwright cannot
 * drive this Firefox, and geckodriver is not on the machine). The build is installed as a temporary add-on.
 */
export async function launchFirefox(pages: SitePages): Promise<BrowserUnderTest> {
  const downloads = mkdtempSync(join(tmpdir(), 'ce-tally-firefox-downloads-'));
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX_PATH,
    headless: true,
    // A fixed viewport would resize every background tab, slowly.
    defaultViewport: null,
    // Extension pages and the browser window are reachable only with system access.
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: EXTENSION_UUID }),
      'browser.download.folderList': 2,
      'browser.download.dir': downloads,
      'browser.download.useDownloadDir': true,
      'browser.download.always_ask_before_handling_new_types': false,
      'browser.download.alwaysOpenPanel': false,
    },
  });
  try {
    await browser.installExtension(FIREFOX_EXTENSION_DIR);
    // The extension's view of the tabs and the toolbar, from a page of its own kept in the background.
    const driver = await openExtensionTab(browser, 'options.html', true);
    const chromeWindow = await browserWindowContext(browser);
    const tabPages = new Map<number, Page>();

    const serve = async (page: Page) => {
      await page.setRequestInterception(true);
      page.on('request', (request) => {
        const url = request.url();
        if (!/^https?:/.test(url)) return void request.continue();
        const response = sitePageResponse(pages, url);
        if (response) return void request.respond({ ...response, body: response.body });
        if (isServedHost(pages, url))
          return void request.respond({ status: 404, contentType: 'text/html', body: 'Not found' });
        return void request.abort();
      });
    };

    return {
      name: 'firefox',
      async openTab(url) {
        const page = await browser.newPage();
        await serve(page);
        await page.goto(url);
        // By its URL on a provider's site; elsewhere the extension sees no URL, and the tab is the one in front.
        const id = await driver.evaluate(async (u) => {
          const tabs = (globalThis as unknown as { browser: PageBrowser }).browser.tabs;
          const byUrl = (await tabs.query({})).find((t) => t.url === u);
          return (byUrl ?? (await tabs.query({ active: true, lastFocusedWindow: true }))[0])?.id;
        }, url);
        if (id === undefined) throw new Error(`no tab at ${url}`);
        tabPages.set(id, page);
        return siteTab(id, url, page);
      },
      badge: (tabId) =>
        driver.evaluate(async (id) => {
          const action = (globalThis as unknown as { browser: PageBrowser }).browser.browserAction;
          return { text: await action.getBadgeText({ tabId: id }), title: await action.getTitle({ tabId: id }) };
        }, tabId),
      async clickToolbarIcon(tab) {
        await tabPages.get(tab.id)!.bringToFront();
        // What a click on the icon grants (the browser's own click is out of WebDriver's reach, in its chrome).
        await evaluateInChrome(
          browser,
          chromeWindow,
          `WebExtensionPolicy.getByID(${JSON.stringify(GECKO_ID)}).extension.tabManager.addActiveTabPermission(gBrowser.selectedTab)`,
        );
        // The popup itself is a panel WebDriver cannot reach either: its page is opened in a background tab of
        // the same window, where it finds the tab under test as the popup does (the active tab of its window).
        return new PageView(await openExtensionTab(browser, 'popup.html', true));
      },
      openExtensionPage: async (path) => new PageView(await openExtensionTab(browser, path, false)),
      async download(view, buttonName) {
        const before = new Set(readdirSync(downloads));
        await view.clickButton(buttonName);
        const deadline = Date.now() + 15_000;
        for (;;) {
          // Firefox writes a download to a .part file beside an empty one of the final name, then renames it.
          const names = readdirSync(downloads).filter((n) => !before.has(n));
          const done = names.find((n) => !n.endsWith('.part') && statSync(join(downloads, n)).size > 0);
          if (done && !names.some((n) => n.endsWith('.part')))
            return { fileName: done, text: readFileSync(join(downloads, done), 'utf8') };
          if (Date.now() > deadline) throw new Error(`nothing was downloaded by "${buttonName}"`);
          await new Promise((r) => setTimeout(r, 100));
        }
      },
      async close() {
        await browser.close();
        rmSync(downloads, { recursive: true, force: true });
      },
    };
  } catch (error) {
    await browser.close();
    throw error;
  }
}

/** puppeteer-core's WebDriver BiDi connection (not in its public types), for Firefox's own chrome commands. */
function bidi(browser: Browser): { send(method: string, params: object): Promise<{ result: unknown }> } {
  return (browser as unknown as { connection: ReturnType<typeof bidi> }).connection;
}

/** The browser window's own (chrome) context, reachable with system access. */
async function browserWindowContext(browser: Browser): Promise<string> {
  const { result } = await bidi(browser).send('browsingContext.getTree', { 'moz:scope': 'chrome' });
  const window = (result as { contexts: Array<{ context: string; url: string }> }).contexts.find(
    (c) => c.url === 'chrome://browser/content/browser.xhtml',
  );
  if (!window) throw new Error('no browser window');
  return window.context;
}

async function evaluateInChrome(browser: Browser, context: string, expression: string): Promise<void> {
  const { result } = await bidi(browser).send('script.evaluate', {
    expression,
    target: { context },
    awaitPromise: true,
    resultOwnership: 'none',
  });
  const outcome = result as { type: string; exceptionDetails?: { text: string } };
  if (outcome.type === 'exception') throw new Error(`in the browser window: ${outcome.exceptionDetails?.text}`);
}
