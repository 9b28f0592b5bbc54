import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { PageView, type DriverPage, type ExtensionView } from './extension-view';

/**
 * The built extension in a real browser, as the shared flows (tests/e2e/flows/) see it: the same calls in
 * Chromium (chromium-harness.ts, Playwright and DevTools) and in Firefox (firefox-harness.ts, WebDriver BiDi).
 */
export interface BrowserUnderTest {
  readonly name: 'chromium' | 'firefox';
  /** A page in a new tab, in front (as the user has it when clicking the icon); answered from SitePages. */
  openTab(url: string): Promise<Tab>;
  badge(tabId: number): Promise<ToolbarBadge>;
  /** The popup over the tab, opened as a click on the toolbar icon opens it (which grants activeTab). */
  clickToolbarIcon(tab: Tab): Promise<ExtensionView>;
  /** An extension page (`options.html`, the log) in a tab of its own. */
  openExtensionPage(path: string): Promise<ExtensionView>;
  /** Clicks a button that downloads a file, and returns the file as the browser saved it. */
  download(view: ExtensionView, buttonName: string): Promise<{ fileName: string; text: string }>;
  close(): Promise<void>;
}

export interface Tab {
  /** The browser's tab id, as the extension knows the tab. */
  readonly id: number;
  readonly url: string;
  /** Runs a function in the page itself, the site's realm (its source is sent: it must not close over variables). */
  evaluate<T, A>(fn: (arg: A) => T | Promise<T>, arg: A): Promise<T>;
  close(): Promise<void>;
}

/** A site's tab as the flows see it: the driver's page, and the id the extension knows it by. */
export function siteTab(id: number, url: string, page: DriverPage): Tab {
  const view = new PageView(page);
  return { id, url, evaluate: (fn, arg) => view.evaluate(fn, arg), close: () => page.close() };
}

export interface ToolbarBadge {
  text: string;
  title: string;
}

/** A site's page at its real address, served by the harness instead of the network. */
export interface SitePage {
  fixture: string;
  contentType?: string;
}
/** Every address a flow visits; anything else on the web is refused, so nothing leaves the machine. */
export type SitePages = Record<string, SitePage>;

const FIXTURES = resolve(import.meta.dirname, '../../fixtures');

/** The response for an address (without its hash), or undefined: the harness answers 404 on a served host. */
export function sitePageResponse(
  pages: SitePages,
  url: string,
): { status: number; contentType: string; body: Buffer } | undefined {
  const page = pages[url.split('#')[0]];
  if (!page) return undefined;
  return {
    status: 200,
    contentType: page.contentType ?? 'text/html; charset=utf-8',
    body: readFileSync(resolve(FIXTURES, page.fixture)),
  };
}

/** Whether an address is on a host the flows serve (a missing page there is a 404, not a refused request). */
export function isServedHost(pages: SitePages, url: string): boolean {
  const host = new URL(url).host;
  return Object.keys(pages).some((page) => new URL(page).host === host);
}

/** Waits until the tab's badge shows `text`, and returns it with the title. */
export async function waitForBadge(
  browser: BrowserUnderTest,
  tabId: number,
  text: string,
  timeoutMs = 15_000,
): Promise<ToolbarBadge> {
  const deadline = Date.now() + timeoutMs;
  let last: ToolbarBadge = { text: '', title: '' };
  while (Date.now() < deadline) {
    last = await browser.badge(tabId);
    if (last.text === text) return last;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`badge stayed "${last.text}" (${last.title}), expected "${text}"`);
}
