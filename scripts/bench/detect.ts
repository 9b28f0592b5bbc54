/**
 * Detection on a 1 MB provider page, in the page, beside its floor: one textContent walk of the same
 * page's content root (lib/detect/text.ts contentRoot: its main element).
 */
import { chromium, type Browser, type Page } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../tests/support/browser/chromium';
import { detectorBundle } from './detect-bundle';
import { interleave, type Measured, type Suite } from './figure';
import { median } from './median';
import { bareProviderPage, largeProviderPage, largeTranscriptPage, PROVIDER_URL } from './pages';

/**
 * Each sample repeats the work for at least this long and gives the time of one: a walk of a small content
 * root takes microseconds, below the timer's resolution.
 */
const SAMPLE_MS = 40;

type DetectApi = { CeTallyDetect: { detectPage: (d: Document, u: URL) => unknown } };

/** A page served at the provider's address with the detector loaded into it; throws if nothing is detected. */
async function certificatePage(browser: Browser, bundle: string, html: string, shape: string): Promise<Page> {
  const page = await browser.newPage();
  await page.route('https://www.acefitness.org/**', (route) =>
    route.fulfill({ contentType: 'text/html; charset=utf-8', body: html }),
  );
  await page.goto(PROVIDER_URL);
  await page.addScriptTag({ content: bundle });
  const detected = await page.evaluate(
    () => (window as unknown as DetectApi).CeTallyDetect.detectPage(document, new URL(location.href)) !== null,
  );
  if (!detected) throw new Error(`nothing detected on the ${shape} page`);
  return page;
}

/** The time of one detection on the page, repeated for SAMPLE_MS. */
const timeDetection = (page: Page) =>
  page.evaluate((sampleMs) => {
    const api = (window as unknown as DetectApi).CeTallyDetect;
    const start = performance.now();
    let times = 0;
    do {
      api.detectPage(document, new URL(location.href));
      times++;
    } while (performance.now() - start < sampleMs);
    return (performance.now() - start) / times;
  }, SAMPLE_MS);

/** The time of one textContent of the page's content root, repeated for SAMPLE_MS. */
const timeTextWalk = (page: Page) =>
  page.evaluate((sampleMs) => {
    const start = performance.now();
    let times = 0;
    let length = 0;
    do {
      const root = document.getElementsByTagName('main')[0] ?? document.body;
      length += (root.textContent ?? '').length;
      times++;
    } while (performance.now() - start < sampleMs);
    if (length === 0) throw new Error('no text');
    return (performance.now() - start) / times;
  }, SAMPLE_MS);

export const detectSuite: Suite = {
  name: 'detection',
  async run(runs) {
    const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
    const bundle = await detectorBundle();
    const results: Measured[] = [];
    try {
      // The certificate alone: what detection costs whatever the page weighs (its fixed part), beside
      // which the 1 MB figures show how much the weight adds.
      const bare = await certificatePage(browser, bundle, bareProviderPage(), 'bare certificate');
      const bareTimes: number[] = [];
      for (let run = 0; run <= runs; run++) bareTimes.push(await timeDetection(bare));
      await bare.close();
      for (const [name, html, shape] of [
        ['detect', largeProviderPage(), 'weight in scripts, menus and asides'],
        ['detect_transcript', largeTranscriptPage(), 'weight in the content (a transcript)'],
      ] as const) {
        const page = await certificatePage(browser, bundle, html, shape);
        const pairs = await interleave(
          runs,
          () => timeDetection(page),
          () => timeTextWalk(page),
        );
        results.push({
          figure: {
            name,
            label: `detection on a 1 MB provider page (${shape})`,
            floor: "one textContent of the page's content root",
            goal: { ratio: 3 },
          },
          pairs,
          extras: {
            [`${name}_page_bytes`]: html.length,
            ...(name === 'detect' ? { detect_bare_page_ms: median(bareTimes.slice(1)) } : {}),
          },
        });
        await page.close();
      }
    } finally {
      await browser.close();
    }
    return results;
  },
};
