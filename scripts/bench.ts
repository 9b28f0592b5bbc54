/**
 * npm run bench: the figures of docs/performance.md, measured in headless Chromium in one run.
 * Prints a table for people and, as its last line, one JSON object.
 */
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type Page } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../tests/support/browser/chromium';
import { todayIso } from '../lib/model/calendar';
import { PERF_MARKS } from '../lib/perf-marks';
import {
  EXTENSION_DIR,
  launchExtension,
  openPopup,
  routeFixtures,
  tabIdOf,
  waitForBadge,
  type Extension,
} from '../tests/support/browser/extension';
import { seedDatabase } from '../tests/support/browser/seed';
import { benchLog } from './bench/log';
import { median } from './bench/median';
import { syntheticActivities } from './bench/log-data';
import { sampleLog } from './sample-data';
import { detectorBundle } from './bench/detect-bundle';
import { largeProviderPage, largeTranscriptPage } from './bench/pages';

const RUNS = Number(process.env.BENCH_RUNS ?? 15);
const PROVIDER_URL = 'https://www.acefitness.org/myace/certificates/CEP251107/';

const round = (n: number) => Math.round(n * 100) / 100;

/** The content script's detection on a 1 MB page, in the page, median of RUNS. */
async function detectMs1mb(html: string): Promise<{ ms: number; bytes: number; detected: boolean }> {
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  const page = await browser.newPage();
  await page.route('https://www.acefitness.org/**', (route) =>
    route.fulfill({ contentType: 'text/html; charset=utf-8', body: html }),
  );
  await page.goto(PROVIDER_URL);
  await page.addScriptTag({ content: await detectorBundle() });
  const result = await page.evaluate((runs) => {
    const api = (window as unknown as { CeTallyDetect: { detectPage: (d: Document, u: URL) => unknown } })
      .CeTallyDetect;
    const times: number[] = [];
    let detection: unknown = null;
    for (let i = 0; i < runs; i++) {
      const start = performance.now();
      detection = api.detectPage(document, new URL(location.href));
      times.push(performance.now() - start);
    }
    return { times, detected: detection !== null };
  }, RUNS);
  await browser.close();
  return { ms: median(result.times), bytes: html.length, detected: result.detected };
}

/**
 * A provider page's load-to-idle time with the extension over without: from navigation start until the page
 * has loaded and its main thread (where the content script runs, at document_idle) is first idle. The two
 * browsers run side by side, with the same flags, and take turns, so that a busy moment hits both alike.
 */
async function pageLoadRatio(html: string): Promise<{ ratio: number; withMs: number; withoutMs: number }> {
  const ext = await launchExtension();
  // Without: the same kind of browser (a profile on disk, the same flags), with no extension in it.
  const plainProfile = mkdtempSync(join(tmpdir(), 'ce-tally-bench-'));
  const plain = await chromium.launchPersistentContext(plainProfile, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: CHROMIUM_ARGS,
  });
  try {
    const contexts = { with: ext.context, without: plain };
    const times = { with: [] as number[], without: [] as number[] };
    const pages = {} as Record<keyof typeof contexts, Page>;
    for (const key of ['with', 'without'] as const) {
      await contexts[key].route('https://www.acefitness.org/**', (route) =>
        route.fulfill({ contentType: 'text/html; charset=utf-8', body: html }),
      );
      pages[key] = await contexts[key].newPage();
      await pages[key].goto(`${PROVIDER_URL}?warm-up`); // the first load of each pays for the browser's start
    }
    for (let i = 0; i < RUNS; i++) {
      for (const key of i % 2 ? (['with', 'without'] as const) : (['without', 'with'] as const)) {
        await pages[key].goto(`${PROVIDER_URL}?run=${i}`, { waitUntil: 'commit' });
        // (No named functions inside evaluate: tsx would wrap them in a helper the page does not have.)
        times[key].push(
          await pages[key].evaluate(async () => {
            if (document.readyState !== 'complete')
              await new Promise((loaded) => addEventListener('load', loaded, { once: true }));
            return new Promise<number>((resolve) => requestIdleCallback(() => resolve(performance.now())));
          }),
        );
      }
    }
    const withMs = median(times.with);
    const withoutMs = median(times.without);
    return { ratio: withMs / withoutMs, withMs, withoutMs };
  } finally {
    await ext.close();
    await plain.close();
    rmSync(plainProfile, { recursive: true, force: true });
  }
}

/** From the popup's navigation start to its totals and certifications on screen, with `count` activities saved. */
async function popupMs(ext: Extension, count: number): Promise<number> {
  const log = await ext.context.newPage();
  await log.goto(`chrome-extension://${ext.id}/options.html`);
  const today = todayIso();
  await seedDatabase(log, {
    clear: true,
    certifications: sampleLog(today).certifications,
    activities: syntheticActivities(count),
  });
  await log.close();
  const page = await ext.context.newPage();
  await page.goto('about:blank');
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const popup = await openPopup(ext, page);
    await popup.waitFor((mark) => performance.getEntriesByName(mark).length > 0, PERF_MARKS.popupReady, 30_000);
    times.push(await popup.evaluate((mark) => performance.getEntriesByName(mark)[0].startTime, PERF_MARKS.popupReady));
    // The figures must be real: with activities saved, the totals show contact hours.
    if (count > 0)
      await popup.waitFor(
        () => !/^0 contact hours$/.test(document.querySelector('.total-CEC .total-hours')?.textContent ?? ''),
      );
    await popup.close();
  }
  await page.close();
  return median(times);
}

/** From the click (the popup's navigation start) to the activity committed and the badge updated. */
async function saveMs(ext: Extension): Promise<number> {
  await routeFixtures(ext.context, 'https://www.acefitness.org/**', { [PROVIDER_URL]: 'ace/certificate.html' });
  const page = await ext.context.newPage();
  await page.goto(PROVIDER_URL);
  const tabId = await tabIdOf(ext, PROVIDER_URL);
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    await waitForBadge(ext, tabId, '0.2');
    const popup = await openPopup(ext, page);
    await popup.waitFor((mark) => performance.getEntriesByName(mark).length > 0, PERF_MARKS.saved);
    times.push(await popup.evaluate((mark) => performance.getEntriesByName(mark)[0].startTime, PERF_MARKS.saved));
    // Undo, so that the next click saves again.
    await popup.clickButton('Undo');
    await popup.waitForText('Removed');
    await popup.close();
  }
  await page.close();
  return median(times);
}

async function main() {
  const figures: Record<string, number> = {};
  const notes: Record<string, string> = {};

  // Two shapes of a 1 MB page; the figure is the slower one.
  const html = largeProviderPage();
  const chromeHeavy = await detectMs1mb(html);
  const contentHeavy = await detectMs1mb(largeTranscriptPage());
  figures.detect_ms_1mb = round(Math.max(chromeHeavy.ms, contentHeavy.ms));
  notes.detect_ms_1mb = `weight in scripts and menus: ${round(chromeHeavy.ms)} ms; in the content (a transcript): ${round(contentHeavy.ms)} ms`;

  const load = await pageLoadRatio(html);
  figures.page_load_ratio = round(load.ratio);
  notes.page_load_ratio = `${round(load.withMs)} ms with / ${round(load.withoutMs)} ms without`;

  figures.content_script_bytes = statSync(resolve(EXTENSION_DIR, 'content-scripts/providers.js')).size;

  const ext = await launchExtension();
  try {
    for (const [key, count] of [
      ['popup_ms_empty', 0],
      ['popup_ms_1k', 1000],
      ['popup_ms_10k', 10000],
    ] as const) {
      figures[key] = round(await popupMs(ext, count));
    }
    notes.popup_ms_10k = `${round(figures.popup_ms_10k / figures.popup_ms_empty)} x empty`;
    figures.save_ms = round(await saveMs(ext));
    notes.save_ms = 'includes the popup starting';
  } finally {
    await ext.close();
  }

  const log10k = await benchLog(10_000, 100);
  figures.csv_ms_10k = log10k.export_csv_ms;
  notes.csv_ms_10k = `${log10k.export_csv_mb} MB; longest freeze ${log10k.export_csv_longest_task_ms} ms`;
  const log100k = await benchLog(100_000, 0, { withBackup: false });
  figures.csv_ms_100k = log100k.export_csv_ms;
  notes.csv_ms_100k = `${log100k.export_csv_mb} MB; longest freeze ${log100k.export_csv_longest_task_ms} ms`;
  figures.log_ms_10k = log10k.log_open_ms;
  notes.log_ms_10k = `search ${log10k.search_ms} ms; back up ${log10k.backup_ms} ms (${log10k.backup_mb} MB); restore check ${log10k.restore_check_ms} ms, write ${log10k.restore_write_ms} ms`;

  console.log(`\nCE Tally benchmark (medians of ${RUNS} runs, headless Chromium)\n`);
  console.table(Object.entries(figures).map(([key, value]) => ({ figure: key, value, note: notes[key] ?? '' })));
  console.log(JSON.stringify(figures));
}

await main();
