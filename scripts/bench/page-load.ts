/**
 * A provider page's load to idle with the extension, beside its floor: the same page in the same kind of
 * browser (a profile on disk, the same flags) without the extension. From navigation start until the page
 * has loaded and its main thread (where the content script runs, at document_idle) is first idle.
 */
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../tests/support/browser/chromium';
import { EXTENSION_DIR, launchExtension } from '../../tests/support/browser/extension';
import { interleave, type Suite } from './figure';
import { largeProviderPage, PROVIDER_URL } from './pages';

async function loadToIdle(page: Page, run: number): Promise<number> {
  await page.goto(`${PROVIDER_URL}?run=${run}`, { waitUntil: 'commit' });
  // (No named functions inside evaluate: tsx would wrap them in a helper the page does not have.)
  return page.evaluate(async () => {
    if (document.readyState !== 'complete')
      await new Promise((loaded) => addEventListener('load', loaded, { once: true }));
    return new Promise<number>((resolve) => requestIdleCallback(() => resolve(performance.now())));
  });
}

export const pageLoadSuite: Suite = {
  name: 'page load',
  async run(runs) {
    const html = largeProviderPage();
    const ext = await launchExtension();
    const plainProfile = mkdtempSync(join(tmpdir(), 'ce-tally-bench-'));
    const plain = await chromium.launchPersistentContext(plainProfile, {
      executablePath: CHROMIUM_PATH,
      headless: true,
      args: CHROMIUM_ARGS,
    });
    try {
      const open = async (context: BrowserContext) => {
        await context.route('https://www.acefitness.org/**', (route) =>
          route.fulfill({ contentType: 'text/html; charset=utf-8', body: html }),
        );
        return context.newPage();
      };
      const withIt = await open(ext.context);
      const without = await open(plain);
      const pairs = await interleave(
        runs,
        (run) => loadToIdle(withIt, run),
        (run) => loadToIdle(without, run),
        { warmUp: 2 },
      );
      return [
        {
          figure: {
            name: 'page_load',
            label: 'a 1 MB provider page, navigation to loaded and idle, with the extension',
            floor: 'the same page in the same kind of browser without the extension',
            goal: { ratio: 1.02 },
          },
          pairs,
          // What the user pays for it is in the ratio; its size is printed, not a budget.
          extras: { content_script_bytes: statSync(resolve(EXTENSION_DIR, 'content-scripts/providers.js')).size },
        },
      ];
    } finally {
      await ext.close();
      await plain.close();
      rmSync(plainProfile, { recursive: true, force: true });
    }
  },
};
