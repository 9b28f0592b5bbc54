import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { badge, clickToolbarIcon, launchExtension, tabIdOf, type Extension } from './extension';
import { PageView } from './extension-view';
import { isServedHost, siteTab, sitePageResponse, type BrowserUnderTest, type SitePages } from './harness';

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
      return siteTab(id, url, page);
    },
    badge: (tabId) => badge(ext, tabId),
    clickToolbarIcon: (tab) => clickToolbarIcon(ext, tabPages.get(tab.id)!),
    async openExtensionPage(path) {
      const page = await ext.context.newPage();
      await page.goto(`chrome-extension://${ext.id}/${path}`);
      return new PageView(page);
    },
    async download(view, buttonName) {
      // The popup's downloads are not Playwright's to catch: read them from the link the page makes.
      if (!(view instanceof PageView)) return view.download(buttonName);
      const { page } = view as PageView<Page>;
      const [file] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name: buttonName, exact: true }).click(),
      ]);
      return { fileName: file.suggestedFilename(), text: readFileSync(await file.path(), 'utf8') };
    },
    close: () => ext.close(),
  };
}
