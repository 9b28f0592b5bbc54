/**
 * Which main-thread tasks of the log's page are long during a CSV export, a backup or a restore, and what
 * is inside them: a Chromium trace through the page's DevTools session, summarized per long task (its
 * biggest child events: a function call, a garbage collection, an IndexedDB callback...).
 *   npx tsx scripts/bench/trace-tasks.ts csv 100000 | backup 10000 | restore 10000
 * Uses the product build (.output/chrome-mv3; npm run build first).
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launchExtension } from '../../tests/support/browser/extension';
import { seedDatabase } from '../../tests/support/browser/seed';
import { clickToBlob, seedCertificateFiles, withCertificateFiles } from './log';
import { syntheticActivities } from './log-data';

interface TraceEvent {
  name: string;
  cat: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  args?: { data?: Record<string, unknown>; [k: string]: unknown };
}

const [what = 'csv', countText = '100000'] = process.argv.slice(2);
const count = Number(countText);
const LONG_MS = Number(process.env.LONG_MS ?? 50);

const ext = await launchExtension();
const base = `chrome-extension://${ext.id}`;
try {
  const activities = withCertificateFiles(syntheticActivities(count), what === 'csv' ? 0 : 100);
  const page = await ext.context.newPage();
  await page.goto(`${base}/options.html`);
  await page.getByText('Your log is empty.', { exact: false }).waitFor();
  await seedDatabase(page, { activities });
  await seedCertificateFiles(page, activities);
  await page.goto(`${base}/options.html?trace`);
  await page.getByText(`${count} activities`, { exact: true }).waitFor({ timeout: 60_000 });
  await page.getByLabel('Which activities to export').selectOption('all');

  let backupPath = '';
  const folder = mkdtempSync(join(tmpdir(), 'ce-tally-trace-'));
  if (what === 'restore') {
    await clickToBlob(page, 'Back up');
    const text = await page.evaluate(async () => {
      const w = window as unknown as { benchDownload: { href: string } };
      return (await fetch(w.benchDownload.href)).text();
    });
    backupPath = join(folder, 'backup.jsonl');
    writeFileSync(backupPath, text);
    await page.evaluate(
      () =>
        new Promise<void>((resolve) => {
          const open = indexedDB.open('ce-tally');
          open.onsuccess = () => {
            const stores = ['activities', 'certifications', 'certificates', 'creditSummary'];
            const tx = open.result.transaction(stores, 'readwrite');
            for (const s of stores) tx.objectStore(s).clear();
            tx.oncomplete = () => (open.result.close(), resolve());
          };
        }),
    );
    await page.goto(`${base}/options.html?restore`);
    await page.getByText('Your log is empty.', { exact: false }).waitFor();
  }

  // Let the log finish reading its rows first: the trace is then the work of the click alone.
  await page.waitForTimeout(Number(process.env.SETTLE_MS ?? 0));
  console.error('seeded, tracing');
  const cdp = await page.context().newCDPSession(page);
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', ({ value }) => events.push(...(value as unknown as TraceEvent[])));
  const complete = new Promise<void>((resolve) => cdp.once('Tracing.tracingComplete', () => resolve()));
  await cdp.send('Tracing.start', {
    transferMode: 'ReportEvents',
    traceConfig: {
      includedCategories: [
        'toplevel',
        'devtools.timeline',
        'disabled-by-default-devtools.timeline',
        'v8',
        'v8.execute',
        'blink',
        'IndexedDB',
      ],
    },
  });
  const started = Date.now();
  if (what === 'restore') {
    const [chooser] = await Promise.all([
      page.waitForEvent('filechooser'),
      page.getByRole('button', { name: 'Restore' }).click(),
    ]);
    await chooser.setFiles(backupPath);
    await page.getByText(`Activities: ${count} to add`).waitFor({ timeout: 120_000 });
    await page.getByRole('button', { name: 'Confirm restore' }).click();
    await page.getByText(/^Restored:/).waitFor({ timeout: 120_000 });
  } else {
    await clickToBlob(page, what === 'csv' ? 'Export CSV' : 'Back up');
  }
  const elapsed = Date.now() - started;
  await cdp.send('Tracing.end');
  await complete;
  rmSync(folder, { recursive: true, force: true });

  // The page's main thread: the renderer thread with the most top-level tasks named CrRendererMain.
  const names = events.filter((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain');
  const threads = names.map((n) => ({ pid: n.pid, tid: n.tid }));
  const tasks = (t: { pid: number; tid: number }) =>
    events.filter(
      (e) => e.pid === t.pid && e.tid === t.tid && e.ph === 'X' && e.name === 'ThreadControllerImpl::RunTask',
    );
  const main = threads.sort((a, b) => tasks(b).length - tasks(a).length)[0];
  const mainEvents = events.filter((e) => e.pid === main.pid && e.tid === main.tid && e.ph === 'X' && e.dur);
  const long = tasks(main).filter((t) => t.dur! / 1000 > LONG_MS);
  console.log(`${what} of ${count}: ${elapsed} ms, ${long.length} tasks over ${LONG_MS} ms`);
  const describe = (e: TraceEvent) => {
    const d = e.args?.data ?? {};
    const detail = [d.functionName, d.url && String(d.url).split('/').pop(), d.type, d.eventType]
      .filter(Boolean)
      .join(' ');
    return `${e.name}${detail ? ` (${detail})` : ''}`;
  };
  for (const task of long.sort((a, b) => b.dur! - a.dur!).slice(0, 12)) {
    const inside = mainEvents.filter(
      (e) => e !== task && e.ts >= task.ts && e.ts + e.dur! <= task.ts + task.dur! && e.dur! > 5000,
    );
    console.log(`\ntask ${(task.dur! / 1000).toFixed(0)} ms at +${((task.ts - long[0].ts) / 1000).toFixed(0)}`);
    for (const e of inside.slice(0, 25))
      console.log(`  +${((e.ts - task.ts) / 1000).toFixed(0)} ${(e.dur! / 1000).toFixed(1)} ms ${describe(e)}`);
  }
  if (process.env.TRACE_OUT) writeFileSync(process.env.TRACE_OUT, JSON.stringify({ traceEvents: events }));
} finally {
  await ext.close();
}
