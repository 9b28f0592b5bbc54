import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { badge, clickToolbarIcon, launchExtension, tabIdOf, type Extension } from './extension';
import { ExtensionView } from './extension-view';
import { isServedHost, sitePageResponse, type BrowserUnderTest, type SitePages, type Tab } from './harness';

/** A tab of the extension (the log) driven by Playwright. */
class ChromiumExtensionPage extends ExtensionView {
  constructor(readonly page: Page) {
    super();
  }
  protected evaluateExpression<T>(expression: string): Promise<T> {
    return this.page.evaluate(expression) as Promise<T>;
  }
  close(): Promise<void> {
    return this.page.close();
  }
}

/** The shared flows' browser in Chromium: the real popup (over DevTools), downloads caught by Playwright. */
export async function launchChromium(pages: SitePages): Promise<BrowserUnderTest> {
  const ext: Extension = await launchExtension();
  await ext.context.route(/^https?:\/\//, (route) => {
    const url = route.request().url();
    const response = sitePageResponse(pages, url);
    if (response) return route.fulfill(response);
    if (isServedHost(pages, url)) return route.fulfill({ status: 404, contentType: 'text/html', body: 'Not found' });
    return route.abort();
  });
  const tabPages = new Map<number, Page>();
  return {
    name: 'chromium',
    async openTab(url) {
      const page = await ext.context.newPage();
      await page.goto(url);
      // A site without host permission shows the extension no URL: there the tab is the one in front.
      const id = await tabIdOf(ext, url).catch(async () =>
        (await ext.worker()).evaluate(
          async () => (await chrome.tabs.query({ active: true, lastFocusedWindow: true }))[0]?.id,
        ),
      );
      if (id === undefined) throw new Error(`no tab at ${url}`);
      tabPages.set(id, page);
      const tab: Tab = {
        id,
        url,
        evaluate: <T, A>(fn: (arg: A) => T | Promise<T>, arg: A) =>
          page.evaluate(`(${fn.toString()})(${JSON.stringify(arg ?? null)})`) as Promise<T>,
        close: () => page.close(),
      };
      return tab;
    },
    badge: (tabId) => badge(ext, tabId),
    clickToolbarIcon: (tab) => clickToolbarIcon(ext, tabPages.get(tab.id)!),
    async openExtensionPage(path) {
      const page = await ext.context.newPage();
      await page.goto(`chrome-extension://${ext.id}/${path}`);
      return new ChromiumExtensionPage(page);
    },
    async download(view, buttonName) {
      // The popup's downloads are not Playwright's to catch: read them from the link the page makes.
      if (!(view instanceof ChromiumExtensionPage)) return view.download(buttonName);
      const [file] = await Promise.all([
        view.page.waitForEvent('download'),
        view.page.getByRole('button', { name: buttonName, exact: true }).click(),
      ]);
      return { fileName: file.suggestedFilename(), text: readFileSync(await file.path(), 'utf8') };
    },
    close: () => ext.close(),
  };
}
