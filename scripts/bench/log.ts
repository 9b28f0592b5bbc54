/**
 * The log with a large history, in headless Chromium with the built extension (npm run build first):
 * open the log, search, export every activity to CSV, back up, wipe, restore. Opening is the time
 * from the page's navigation start to its first screen of activities (median of OPEN_RUNS); every
 * other figure is the time from the click to the result the user sees (the download, the preview,
 * "Restored"), and the longest main-thread task during it (a freeze of the page, if any).
 *   npx tsx scripts/bench/log.ts [activities=10000] [certificate files=100]
 * or from scripts/bench.ts: `await benchLog(10_000)`.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Page } from 'playwright-core';
import { PERF_MARKS } from '../../lib/perf-marks';
import type { Activity } from '../../lib/model/schema';
import { launchExtension } from '../../tests/support/browser/extension';
import { seedDatabase } from '../../tests/support/browser/seed';
import { syntheticActivities } from './log-data';
import { median } from './median';

/** Size of each synthetic certificate file: a typical scanned one-page PDF. */
const FILE_BYTES = 200 * 1024;
/** Opens of the log whose median is log_open_ms. */
const OPEN_RUNS = 5;

/** Gives the first `fileCount` activities a certificate file: `certificate-<i>.pdf`, FILE_BYTES long. */
function withCertificateFiles(activities: Activity[], fileCount: number): Activity[] {
  return activities.map((activity, i) => (i < fileCount ? { ...activity, certificateFileId: `file-${i}` } : activity));
}

/** Writes the certificate files of `withCertificateFiles` (raw writes are fine here: the credit summary concerns activities only). */
async function seedCertificateFiles(page: Page, activities: Activity[]): Promise<void> {
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

/** Starts recording long tasks (main-thread work over 50 ms) in the page. */
async function watchLongTasks(page: Page): Promise<void> {
  await page.evaluate(() => {
    const w = window as unknown as { longTasks: number[] };
    w.longTasks = [];
    new PerformanceObserver((list) => w.longTasks.push(...list.getEntries().map((e) => e.duration))).observe({
      type: 'longtask',
    });
  });
}

/** The longest task since the last call, and resets the record. */
async function longestTask(page: Page): Promise<number> {
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
  return Math.round(performance.now() - start);
}

/** `withBackup: false` measures opening, searching and exporting only (for very large logs). */
export async function benchLog(
  count = 10_000,
  fileCount = 100,
  { withBackup = true } = {},
): Promise<Record<string, number>> {
  const activities = withCertificateFiles(syntheticActivities(count), fileCount);
  const ext = await launchExtension();
  try {
    const page = await ext.context.newPage();
    const url = `chrome-extension://${ext.id}/options.html`;
    await page.goto(url);
    await page.getByText('Your log is empty.', { exact: false }).waitFor();
    await seedDatabase(page, { activities });
    await seedCertificateFiles(page, activities);
    const figures: Record<string, number> = { activities: count, certificate_files: fileCount };
    const summary = `${count.toLocaleString('en-US').replace(/,/g, '')} activities`;

    // From the page's navigation start to its first screen of activities (the mark LogApp sets).
    const openTimes: number[] = [];
    for (let run = 0; run < OPEN_RUNS; run++) {
      await page.goto(`${url}?open=${run}`);
      await page.waitForFunction((mark) => performance.getEntriesByName(mark).length > 0, PERF_MARKS.logReady, {
        timeout: 60_000,
      });
      openTimes.push(
        await page.evaluate((mark) => performance.getEntriesByName(mark)[0].startTime, PERF_MARKS.logReady),
      );
      // The figure must be real: the whole log is counted, and its first page is on screen.
      await page.getByText(summary, { exact: true }).waitFor();
      await page.locator('table.log-table tbody tr').first().waitFor();
    }
    figures.log_open_ms = Math.round(median(openTimes));
    await watchLongTasks(page);

    figures.search_ms = await timed(async () => {
      await page.getByLabel('Search').fill('kettlebell module 12');
      await page.getByText(/^Showing \d+ of/).waitFor();
    });
    figures.search_longest_task_ms = await longestTask(page);
    await page.getByRole('button', { name: 'Clear filters' }).click();

    await page.getByLabel('Which activities to export').selectOption('all');
    // The export's own freezes only (clearing the filters re-renders the whole log first).
    await longestTask(page);
    let csvBytes = 0;
    figures.export_csv_ms = await timed(async () => {
      const [download] = await Promise.all([
        page.waitForEvent('download', { timeout: 120_000 }),
        page.getByRole('button', { name: 'Export CSV' }).click(),
      ]);
      csvBytes = readFileSync(await download.path()).length;
    });
    figures.export_csv_longest_task_ms = await longestTask(page);
    figures.export_csv_mb = Math.round(csvBytes / 1e4) / 100;
    if (!withBackup) return figures;

    let backup = Buffer.alloc(0);
    figures.backup_ms = await timed(async () => {
      const [download] = await Promise.all([
        page.waitForEvent('download', { timeout: 120_000 }),
        page.getByRole('button', { name: 'Back up' }).click(),
      ]);
      backup = readFileSync(await download.path());
    });
    figures.backup_longest_task_ms = await longestTask(page);
    figures.backup_mb = Math.round(backup.length / 1e4) / 100;

    await seedDatabase(page, { clear: true });
    await page.goto(`${url}?restore`);
    await page.getByText('Your log is empty.', { exact: false }).waitFor();
    await watchLongTasks(page);
    // A file on disk, as the user picks it: a buffer would be copied into the page first, and timed with it.
    const folder = mkdtempSync(join(tmpdir(), 'ce-tally-bench-'));
    const backupPath = join(folder, 'ce-tally-backup.json');
    writeFileSync(backupPath, backup);
    const [chooser] = await Promise.all([
      page.waitForEvent('filechooser'),
      page.getByRole('button', { name: 'Restore' }).click(),
    ]);
    figures.restore_check_ms = await timed(async () => {
      await chooser.setFiles(backupPath);
      await page.getByText(`Activities: ${count} to add`).waitFor({ timeout: 120_000 });
    });
    figures.restore_check_longest_task_ms = await longestTask(page);
    rmSync(folder, { recursive: true, force: true });
    figures.restore_write_ms = await timed(async () => {
      await page.getByRole('button', { name: 'Confirm restore' }).click();
      await page.getByText(/^Restored:/).waitFor({ timeout: 120_000 });
    });
    figures.restore_write_longest_task_ms = await longestTask(page);
    await page.getByText(summary, { exact: true }).waitFor({ timeout: 60_000 });
    return figures;
  } finally {
    await ext.close();
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const [count = '10000', files = '100'] = process.argv.slice(2);
  benchLog(Number(count), Number(files)).then(
    (figures) => console.log(JSON.stringify(figures)),
    (error: unknown) => {
      console.error(error);
      process.exit(1);
    },
  );
}
