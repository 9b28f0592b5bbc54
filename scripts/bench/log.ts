/**
 * The log with a large history, in the bench extension, each figure beside its floor (scripts/bench/floors/):
 * - its first screen: navigation start to the first screen of activities, beside the newest 50 rows
 *   read and put into a plain table (bench/log-floor.html);
 * - CSV export of everything: the click to the file's Blob in hand (its download link clicked), beside one
 *   getAll per batch and a plain join of the rows to a Blob (bench/floor.html);
 * - back up: the click to the file's Blob, beside getAll of every store and JSON.stringify;
 * - restore: the file chosen to "Restored" (the check and the write, without the user's reading of the
 *   preview), beside JSON.parse of the same file and one bulk IndexedDB write.
 * The longest main-thread task during each is kept (a freeze of the page, if any).
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { PERF_MARKS } from '../../lib/perf-marks';
import type { Activity } from '../../lib/model/schema';
import { launchExtension } from '../../tests/support/browser/extension';
import { seedDatabase } from '../../tests/support/browser/seed';
import { BENCH_EXTENSION_DIR } from './bench-extension';
import { interleave, type Measured, type Timing } from './figure';
import { syntheticActivities } from './log-data';

/** Size of each synthetic certificate file: a typical scanned one-page PDF. */
export const FILE_BYTES = 200 * 1024;
/** The export's batch (lib/store/activities.ts BATCH_SIZE), for its floor. */
const BATCH_SIZE = 2000;
const FLOOR_READY = 'ce-tally-bench:floor-ready';

/** Gives the first `fileCount` activities a certificate file: `certificate-<i>.pdf`, FILE_BYTES long. */
export function withCertificateFiles(activities: Activity[], fileCount: number): Activity[] {
  return activities.map((activity, i) => (i < fileCount ? { ...activity, certificateFileId: `file-${i}` } : activity));
}

/** Writes the certificate files of `withCertificateFiles` (raw writes are fine here: the credit summary concerns activities only). */
export async function seedCertificateFiles(page: Page, activities: Activity[]): Promise<void> {
  const files = activities.flatMap((a) => (a.certificateFileId ? [{ id: a.certificateFileId, activityId: a.id }] : []));
  await page.evaluate(
    ({ files, fileBytes }) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('ce-tally');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const tx = open.result.transaction('certificates', 'readwrite');
          const header = new TextEncoder().encode('%PDF-1.4\n');
          files.forEach(({ id, activityId }, i) => {
            const bytes = new Uint8Array(fileBytes).map((_, j) => (j < header.length ? header[j] : (i + j) % 251));
            tx.objectStore('certificates').put({
              id,
              activityId,
              name: `certificate-${i}.pdf`,
              type: 'application/pdf',
              size: bytes.length,
              blob: new Blob([bytes], { type: 'application/pdf' }),
              addedAt: 0,
            });
          });
          tx.oncomplete = () => {
            open.result.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
    { files, fileBytes: FILE_BYTES },
  );
}

/** Lets sample() collect the page's garbage before each measurement (window.gc). */
export const BENCH_GC_ARGS = ['--js-flags=--expose-gc'];

/** Starts recording long tasks (main-thread work over 50 ms) in the page. */
export async function watchLongTasks(page: Page): Promise<void> {
  await page.evaluate(() => {
    const w = window as unknown as { longTasks: number[] };
    w.longTasks = [];
    new PerformanceObserver((list) => w.longTasks.push(...list.getEntries().map((e) => e.duration))).observe({
      type: 'longtask',
    });
  });
}

/** The longest task since the last call, and resets the record. */
export async function longestTask(page: Page): Promise<number> {
  return page.evaluate(() => {
    const w = window as unknown as { longTasks: number[] };
    const longest = Math.max(0, ...w.longTasks);
    w.longTasks = [];
    return Math.round(longest);
  });
}

async function timed(work: () => Promise<unknown>): Promise<number> {
  const start = performance.now();
  await work();
  return performance.now() - start;
}

/** Milliseconds from the mark's page's navigation start to `mark`. */
async function markTime(page: Page, mark: string): Promise<number> {
  await page.waitForFunction((m) => performance.getEntriesByName(m).length > 0, mark, { timeout: 60_000 });
  return page.evaluate((m) => performance.getEntriesByName(m)[0].startTime, mark);
}

/**
 * Clicks the button named `name` and returns the time, in the page, from the click to the download link's
 * click (the file's Blob in hand). The link's click is caught, so no file is written to disk.
 */
export async function clickToBlob(page: Page, name: string): Promise<number> {
  await page.evaluate((buttonName) => {
    const w = window as unknown as { benchDownload?: { at: number; href: string }; benchHooked?: boolean };
    w.benchDownload = undefined;
    if (!w.benchHooked) {
      w.benchHooked = true;
      const click = HTMLAnchorElement.prototype.click;
      HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
        if (!this.download) return click.call(this);
        w.benchDownload = { at: performance.now(), href: this.href };
      };
    }
    const button = [...document.querySelectorAll('button')].find((b) => b.textContent?.trim() === buttonName);
    if (!button) throw new Error(`no button ${buttonName}`);
    (w as unknown as { benchClickAt: number }).benchClickAt = performance.now();
    button.click();
  }, name);
  await page.waitForFunction(() => (window as unknown as { benchDownload?: unknown }).benchDownload, null, {
    timeout: 120_000,
  });
  return page.evaluate(() => {
    const w = window as unknown as { benchDownload: { at: number }; benchClickAt: number };
    return w.benchDownload.at - w.benchClickAt;
  });
}

/** The text of the file last caught by clickToBlob. */
async function caughtFile(page: Page): Promise<string> {
  return page.evaluate(async () => {
    const w = window as unknown as { benchDownload: { href: string } };
    return (await fetch(w.benchDownload.href)).text();
  });
}

type Floors = 'csv' | 'backup' | 'restore';

/** Runs a floor of scripts/bench/floors/in-page.ts in the page and returns its time, in the page. */
async function floorTime(page: Page, floor: Floors, arg?: unknown): Promise<number> {
  return page.evaluate(
    async ({ floor, arg }) => {
      const floors = (window as unknown as { ceTallyFloors: Record<string, (arg: unknown) => Promise<unknown>> })
        .ceTallyFloors;
      const input = document.getElementById('bench-file') as HTMLInputElement | null;
      const start = performance.now();
      await floors[floor](floor === 'restore' ? input!.files![0] : arg);
      return performance.now() - start;
    },
    { floor, arg },
  );
}

/** Waits for the log's first screen, then adds the in-page floors and starts watching long tasks. */
async function logReady(page: Page, base: string, count: number): Promise<void> {
  await markTime(page, PERF_MARKS.logReady);
  await page.getByText(`${count} activities`, { exact: true }).waitFor({ timeout: 60_000 });
  await page.addScriptTag({ url: `${base}/bench/in-page.js` });
  await watchLongTasks(page);
}

/**
 * One measurement of `work` with the longest task during it. It starts from a collected heap (where the
 * browser was started with BENCH_GC_ARGS): the work and its floor take turns in one page, and the garbage
 * one leaves must not be collected, a long task, during the other.
 */
export async function sample(page: Page, work: () => Promise<number>): Promise<Timing> {
  await page.evaluate(() => (window as unknown as { gc?: () => void }).gc?.());
  await longestTask(page);
  const ms = await work();
  return { ms, longestTaskMs: await longestTask(page) };
}

/** Empties the database (raw: the figures that follow start from a new profile's state). */
async function wipe(page: Page): Promise<void> {
  await page.evaluate(
    () =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('ce-tally');
        open.onsuccess = () => {
          const stores = ['activities', 'certifications', 'certificates', 'creditSummary'];
          const tx = open.result.transaction(stores, 'readwrite');
          for (const store of stores) tx.objectStore(store).clear();
          tx.oncomplete = () => {
            open.result.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
  );
}

/**
 * The log's figures with `count` activities (the first `fileCount` with a certificate file). `suffix` names
 * them ('_10k'); `withLog`, `withExport` and `withBackup: false` leave out the first screen, the export (with the
 * backup and restore after it) and the backup (for very large logs).
 */
export async function benchLog(
  count: number,
  fileCount: number,
  runs: number,
  { withLog = true, withExport = true, withBackup = true, suffix = '', backupRuns = runs } = {},
): Promise<Measured[]> {
  const activities = withCertificateFiles(syntheticActivities(count), fileCount);
  const ext = await launchExtension({ dir: BENCH_EXTENSION_DIR, args: BENCH_GC_ARGS });
  const base = `chrome-extension://${ext.id}`;
  const results: Measured[] = [];
  const of = count.toLocaleString('en-US');
  try {
    const page = await ext.context.newPage();
    await page.goto(`${base}/options.html`);
    await page.getByText('Your log is empty.', { exact: false }).waitFor();
    await seedDatabase(page, { activities });
    await seedCertificateFiles(page, activities);

    if (withLog) {
      const logPairs = await interleave(
        runs,
        async (run) => {
          await page.goto(`${base}/options.html?open=${run}`);
          const ms = await markTime(page, PERF_MARKS.logReady);
          // The figure must be real: the whole log is counted, and its first page is on screen.
          await page.getByText(`${count} activities`, { exact: true }).waitFor({ timeout: 60_000 });
          await page.locator('table.log-table tbody tr').first().waitFor();
          return ms;
        },
        async (run) => {
          await page.goto(`${base}/bench/log-floor.html?open=${run}`);
          return markTime(page, FLOOR_READY);
        },
      );
      results.push({
        figure: {
          name: 'log',
          suffix,
          label: `the log's first screen, ${of} activities (navigation start to rows shown)`,
          floor: 'the newest 50 rows and the count read with plain IndexedDB, put into a plain table',
          goal: { ratio: 1.5 },
        },
        pairs: logPairs,
      });
    }
    if (!withExport) return results;

    await page.goto(`${base}/options.html?export`);
    await logReady(page, base, count);
    await page.getByLabel('Which activities to export').selectOption('all');
    let csvBytes = 0;
    const csvPairs = await interleave(
      runs,
      (run) =>
        sample(page, async () => {
          const ms = await clickToBlob(page, 'Export CSV');
          if (run === -1) csvBytes = (await caughtFile(page)).length;
          return ms;
        }),
      () => sample(page, () => floorTime(page, 'csv', BATCH_SIZE)),
    );
    results.push({
      figure: {
        name: 'csv',
        suffix,
        label: `CSV export of ${of} activities (click to the file's Blob)`,
        floor: 'one getAll per batch of 2,000 and a plain join of the rows, to a Blob',
        goal: { ratio: 1.5, longestTaskMs: 50 },
      },
      pairs: csvPairs,
      extras: { [`csv_mb${suffix}`]: Math.round(csvBytes / 1e4) / 100 },
    });
    if (!withBackup) return results;

    let backup = '';
    const backupPairs = await interleave(
      backupRuns,
      (run) =>
        sample(page, async () => {
          const ms = await clickToBlob(page, 'Back up');
          if (run === -1) backup = await caughtFile(page);
          return ms;
        }),
      () => sample(page, () => floorTime(page, 'backup')),
    );
    results.push({
      figure: {
        name: 'backup',
        suffix,
        label: `back up ${of} activities and ${fileCount} certificate files (click to the file's Blob)`,
        floor: 'getAll of every store, the files in base64 (FileReader), JSON.stringify to a Blob',
        goal: { ratio: 1.5, longestTaskMs: 200 },
      },
      pairs: backupPairs,
      extras: { [`backup_mb${suffix}`]: Math.round(backup.length / 1e4) / 100 },
    });

    // A file on disk, as the user picks it.
    const folder = mkdtempSync(join(tmpdir(), 'ce-tally-bench-'));
    const backupPath = join(folder, 'ce-tally-backup.json');
    writeFileSync(backupPath, backup);
    const emptyLog = async () => {
      await wipe(page);
      await page.goto(`${base}/options.html?restore=${Math.random()}`);
      await page.getByText('Your log is empty.', { exact: false }).waitFor();
      await page.addScriptTag({ url: `${base}/bench/in-page.js` });
      await watchLongTasks(page);
    };
    try {
      const restorePairs = await interleave(
        backupRuns,
        async () => {
          await emptyLog();
          const [chooser] = await Promise.all([
            page.waitForEvent('filechooser'),
            page.getByRole('button', { name: 'Restore' }).click(),
          ]);
          return sample(page, async () => {
            const check = await timed(async () => {
              await chooser.setFiles(backupPath);
              await page.getByText(`Activities: ${count} to add`).waitFor({ timeout: 120_000 });
            });
            const write = await timed(async () => {
              await page.getByRole('button', { name: 'Confirm restore' }).click();
              await page.getByText(/^Restored:/).waitFor({ timeout: 120_000 });
            });
            // The restore must be real: the whole log is back.
            await page.getByText(`${count} activities`, { exact: true }).waitFor({ timeout: 60_000 });
            return check + write;
          });
        },
        async () => {
          await emptyLog();
          await page.evaluate(() => {
            const input = document.createElement('input');
            input.type = 'file';
            input.id = 'bench-file';
            document.body.append(input);
          });
          await page.setInputFiles('#bench-file', backupPath);
          return sample(page, () => floorTime(page, 'restore'));
        },
      );
      results.push({
        figure: {
          name: 'restore',
          suffix,
          label: `restore that backup into an empty log (file chosen to "Restored", the preview's reading left out)`,
          floor: 'JSON.parse of the same file, the files decoded, one bulk IndexedDB write',
          goal: { ratio: 1.5, longestTaskMs: 200 },
        },
        pairs: restorePairs,
      });
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
    return results;
  } finally {
    await ext.close();
  }
}

/** The log's first screen alone (BENCH_ONLY=log), apart from the export, back up and restore of the same log. */
export const logSuite = {
  name: "log's first screen",
  run: (runs: number) => benchLog(10_000, 100, runs, { suffix: '_10k', withExport: false }),
};

export const exportSuite = {
  name: 'export, back up and restore',
  run: (runs: number) =>
    benchLog(10_000, 100, runs, { suffix: '_10k', withLog: false, backupRuns: Math.max(2, Math.ceil(runs / 3)) }),
};

export const bigLogSuite = {
  name: 'export of 100,000 activities',
  run: (runs: number) =>
    benchLog(100_000, 0, Math.max(2, Math.ceil(runs / 3)), { withLog: false, withBackup: false, suffix: '_100k' }),
};
