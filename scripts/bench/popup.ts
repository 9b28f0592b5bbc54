/**
 * The popup and the save, timed from the click (chrome.action.openPopup, as the toolbar icon) to the
 * figures on screen, beside floors opened as the same popup in the same browser (pages of the bench
 * extension, scripts/bench/bench-extension.ts):
 * - popup: a page of the popup's size that reads the credit summary with plain IndexedDB and writes the
 *   figures without React; beside it (extras) the same page with no script, the browser's own cost;
 * - popup at 10,000 against the popup with none: a copy of the extension loaded beside it (its own id and
 *   database) holds the same certifications and no activity, and the two popups take turns;
 * - save: that page plus one IndexedDB write of the same activity and one setBadgeText.
 */
import { cpSync, rmSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { todayIso } from '../../lib/model/calendar';
import { PERF_MARKS } from '../../lib/perf-marks';
import {
  launchExtension,
  loadedBeside,
  routeFixtures,
  storedActivities,
  tabIdOf,
  waitForBadge,
  type Extension,
} from '../../tests/support/browser/extension';
import { PopupPage } from '../../tests/support/browser/popup-page';
import { deleteRecord, popupFiguresKept, seedDatabase } from '../../tests/support/browser/seed';
import { sampleLog } from '../sample-data';
import { BENCH_EXTENSION_DIR, popupSizedPage, writeBenchFile } from './bench-extension';
import { interleave, type Measured, type Suite } from './figure';
import { syntheticActivities } from './log-data';
import { median } from './median';
import { PROVIDER_URL } from './pages';

const FLOOR_READY = 'ce-tally-bench:floor-ready';
/** The copy of the bench extension that holds no activity, opened in turn with the one that holds 10,000. */
const EMPTY_COPY_DIR = `${BENCH_EXTENSION_DIR}-empty`;

/**
 * Opens the page at `path` as the toolbar popup over `page` and returns the milliseconds from the click to
 * `mark` in the popup (to its load event's end without one). Both moments are read on the browser's clock.
 */
async function popupTime(
  ext: Extension,
  page: Page,
  path: string,
  mark: string | null,
  check?: (popup: PopupPage) => Promise<void>,
): Promise<number> {
  await page.bringToFront();
  const worker = await ext.worker();
  const clickAt = await worker.evaluate(async (popup) => {
    await chrome.action.setPopup({ popup });
    const at = performance.timeOrigin + performance.now();
    await chrome.action.openPopup();
    return at;
  }, path);
  const popup = await PopupPage.attach(ext.profile, ext.id, 10_000, path);
  try {
    await popup.waitFor(
      (m) =>
        m
          ? performance.getEntriesByName(m).length > 0
          : (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming)?.loadEventEnd > 0,
      mark,
      30_000,
    );
    const readyAt = await popup.evaluate(
      (m) =>
        performance.timeOrigin +
        (m
          ? performance.getEntriesByName(m)[0].startTime
          : (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming).loadEventEnd),
      mark,
    );
    await check?.(popup);
    return readyAt - clickAt;
  } finally {
    await popup.close();
  }
}

/** The real popup's size (CSS pixels), for floors of the same size. */
async function popupSize(ext: Extension, page: Page): Promise<{ width: number; height: number }> {
  await page.bringToFront();
  const worker = await ext.worker();
  await worker.evaluate(async () => {
    await chrome.action.setPopup({ popup: 'popup.html' });
    await chrome.action.openPopup();
  });
  const popup = await PopupPage.attach(ext.profile, ext.id);
  try {
    await popup.waitFor((m) => performance.getEntriesByName(m).length > 0, PERF_MARKS.popupReady, 30_000);
    return await popup.evaluate(() => ({
      width: document.documentElement.scrollWidth,
      height: document.documentElement.scrollHeight,
    }));
  } finally {
    await popup.close();
  }
}

const SIZES = [
  ['_empty', 0],
  ['_1k', 1000],
  ['_10k', 10_000],
] as const;

/** Puts `count` activities and the sample certifications in the extension's database, nothing else. */
async function seedPopup(ext: Extension, count: number): Promise<void> {
  const log = await ext.context.newPage();
  await log.goto(`chrome-extension://${ext.id}/options.html`);
  await seedDatabase(log, {
    clear: true,
    certifications: sampleLog(todayIso()).certifications,
    activities: syntheticActivities(count),
  });
  await log.close();
}

/** The real popup opened and its figures shown; with activities saved, the totals must show contact hours. */
function realPopupTime(ext: Extension, page: Page, count: number): Promise<number> {
  return popupTime(ext, page, 'popup.html', PERF_MARKS.popupReady, async (popup) => {
    if (count > 0)
      await popup.waitFor(
        () => !/^0 contact hours$/.test(document.querySelector('.total-CEC .total-hours')?.textContent ?? ''),
      );
    // Figures counted at this opening are kept before it closes, as they are when a person reads them.
    await popup.waitFor(popupFiguresKept);
  });
}

async function popupFigures(ext: Extension, runs: number): Promise<Measured[]> {
  const results: Measured[] = [];
  const empty = loadedBeside(ext, EMPTY_COPY_DIR);
  await seedPopup(empty, 0);
  for (const [suffix, count] of SIZES) {
    await seedPopup(ext, count);
    const page = await ext.context.newPage();
    await page.goto('about:blank');
    const size = await popupSize(ext, page);
    writeBenchFile(`popup-blank${suffix}.html`, popupSizedPage(size));
    writeBenchFile(`popup-floor${suffix}.html`, popupSizedPage(size, ['popup-floor.js']));
    const blank: number[] = [];
    const pairs = await interleave(
      runs,
      async () => {
        // The blank page takes its turn with the others, so that a busy moment hits all three.
        blank.push(await popupTime(ext, page, `bench/popup-blank${suffix}.html`, null));
        return realPopupTime(ext, page, count);
      },
      () => popupTime(ext, page, `bench/popup-floor${suffix}.html`, FLOOR_READY),
    );
    if (count === 10_000) {
      // The first opening after a change (a save, an edit) counts the summary again: timed on its own, the
      // figures kept by the opening before forgotten each time (lib/store/figures-cache.ts).
      const log = await ext.context.newPage();
      await log.goto(`chrome-extension://${ext.id}/options.html`);
      results.push({
        figure: {
          name: 'popup_counted',
          suffix,
          label: 'popup open at 10,000 activities, its figures counted again (the first opening after a change)',
          floor: 'a page of its size reading the credit summary with plain IndexedDB, figures written without React',
          goal: { ratio: 1.5 },
        },
        pairs: await interleave(
          runs,
          async () => {
            // As a change to the log does.
            await deleteRecord(log, 'creditSummary', 'figures:popup');
            return realPopupTime(ext, page, count);
          },
          () => popupTime(ext, page, `bench/popup-floor${suffix}.html`, FLOOR_READY),
        ),
      });
      await log.close();
    }
    if (count === 10_000)
      results.push({
        figure: {
          name: 'popup',
          suffix: '_10k_over_empty',
          label: 'popup open at 10,000 activities, taking turns with the same popup holding none',
          floor: 'the popup with no activity (a copy of the extension loaded beside it, same certifications)',
          goal: { ratio: 1.1 },
        },
        pairs: await interleave(
          runs,
          () => realPopupTime(ext, page, count),
          () => realPopupTime(empty, page, 0),
        ),
      });
    await page.close();
    results.push({
      figure: {
        name: 'popup',
        suffix,
        label: `popup open, click to figures shown, ${count.toLocaleString('en-US')} activities`,
        floor: 'a page of its size reading the credit summary with plain IndexedDB, figures written without React',
        goal: { ratio: 1.5 },
      },
      pairs,
      extras: {
        [`popup_blank_ms${suffix}`]: median(blank.slice(1)),
        [`popup_width${suffix}`]: size.width,
        [`popup_height${suffix}`]: size.height,
      },
    });
  }
  return results;
}

async function saveFigure(ext: Extension, runs: number): Promise<Measured> {
  await routeFixtures(ext.context, 'https://www.acefitness.org/**', { [PROVIDER_URL]: 'ace/certificate.html' });
  const page = await ext.context.newPage();
  await page.goto(PROVIDER_URL);
  const tabId = await tabIdOf(ext, PROVIDER_URL);
  const log = await ext.context.newPage();
  await log.goto(`chrome-extension://${ext.id}/options.html`);
  // Undo, so that the next click saves again.
  const undo = async (popup: PopupPage) => {
    await popup.clickButton('Undo');
    await popup.waitForText('Removed');
  };
  // A first save shows what the floor writes (the same activity, under its own id and key) and the size of its page.
  await waitForBadge(ext, tabId, '0.2');
  let size = { width: 0, height: 0 };
  let saved: Record<string, unknown> | undefined;
  await popupTime(ext, page, 'popup.html', PERF_MARKS.saved, async (popup) => {
    await popup.waitForText('Undo');
    size = await popup.evaluate(() => ({
      width: document.documentElement.scrollWidth,
      height: document.documentElement.scrollHeight,
    }));
    [saved] = await storedActivities(log);
    await undo(popup);
  });
  if (!saved) throw new Error('the save wrote nothing');
  writeBenchFile(
    'save-floor-activity.js',
    `window.benchActivity = ${JSON.stringify({ ...saved, id: 'bench-floor', dedupKey: 'bench-floor' })};\n`,
  );
  writeBenchFile('save-floor.html', popupSizedPage(size, ['save-floor-activity.js', 'save-floor.js']));
  const pairs = await interleave(
    runs,
    async () => {
      await waitForBadge(ext, tabId, '0.2');
      return popupTime(ext, page, 'popup.html', PERF_MARKS.saved, undo);
    },
    async () => {
      const ms = await popupTime(ext, page, 'bench/save-floor.html', FLOOR_READY);
      // Put back what the floor changed: its activity, and the tab's badge.
      await deleteRecord(log, 'activities', 'bench-floor');
      const worker = await ext.worker();
      await worker.evaluate((tab) => chrome.action.setBadgeText({ tabId: tab, text: '0.2' }), tabId);
      return ms;
    },
  );
  await log.close();
  await page.close();
  return {
    figure: {
      name: 'save',
      label: 'click to the activity saved and the badge updated (the popup starting included)',
      floor: "the popup's floor page plus one IndexedDB write of the same activity and one setBadgeText",
      goal: { ratio: 1.3 },
    },
    pairs,
  };
}

export const popupSuite: Suite = {
  name: 'popup and save',
  async run(runs) {
    rmSync(EMPTY_COPY_DIR, { recursive: true, force: true });
    cpSync(BENCH_EXTENSION_DIR, EMPTY_COPY_DIR, { recursive: true });
    const ext = await launchExtension({ dir: BENCH_EXTENSION_DIR, alsoLoad: [EMPTY_COPY_DIR] });
    try {
      return [...(await popupFigures(ext, runs)), await saveFigure(ext, runs)];
    } finally {
      await ext.close();
    }
  },
};
