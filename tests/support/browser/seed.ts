import type { Page } from 'playwright-core';
import { creditRow, summaryRecords, type CreditRow } from '../../../lib/store/credit-summary';
import type { Activity, Certification } from '../../../lib/model/schema';

/** Activities per message to the page. */
const SEED_BATCH = 20_000;

/**
 * Writes records straight into the extension's IndexedDB from one of its pages (the page must have
 * opened the database through Dexie first, so the stores exist), with their credit summary rows.
 * `clear` empties the database first, as a new profile or a wiped browser would be.
 * Views already open do not see them: open or reload the view afterwards.
 */
export async function seedDatabase(
  page: Page,
  data: { activities?: Activity[]; certifications?: Certification[]; clear?: boolean },
): Promise<void> {
  await page.waitForFunction(
    () =>
      new Promise((resolve) => {
        const open = indexedDB.open('ce-tally');
        open.onsuccess = () => {
          resolve(open.result.objectStoreNames.contains('activities'));
          open.result.close();
        };
        open.onerror = () => resolve(false);
      }),
  );
  const activities = data.activities ?? [];
  // In batches: DevTools refuses a message over 100 MB, which 100,000 activities with their rows exceed.
  for (let start = 0; start === 0 || start < activities.length; start += SEED_BATCH) {
    const batch = activities.slice(start, start + SEED_BATCH);
    await page.evaluate(
      ({ activities, certifications, summaries, clear }) =>
        new Promise<void>((resolve, reject) => {
          const open = indexedDB.open('ce-tally');
          open.onsuccess = () => {
            const db = open.result;
            const tx = db.transaction(['activities', 'certifications', 'certificates', 'creditSummary'], 'readwrite');
            if (clear)
              for (const store of ['activities', 'certifications', 'certificates']) tx.objectStore(store).clear();
            for (const a of activities) tx.objectStore('activities').put(a);
            for (const c of certifications) tx.objectStore('certifications').put(c);
            const summary = tx.objectStore('creditSummary');
            if (clear) summary.clear();
            // A new stamp, as the middleware writes with every change (lib/store/credit-summary.ts).
            summary.put({ key: 'stamp', stamp: crypto.randomUUID() });
            // Each new bucket record merges into the one already stored, if any.
            for (const { key, rows: added } of summaries) {
              const bucket = summary.get(key);
              bucket.onsuccess = () => {
                const kept: CreditRow[] = bucket.result ? JSON.parse(bucket.result.rows) : [];
                const byId = new Map([...kept, ...(JSON.parse(added) as CreditRow[])].map((row) => [row.id, row]));
                summary.put({ key, rows: JSON.stringify([...byId.values()]) });
              };
            }
            tx.oncomplete = () => {
              db.close();
              resolve();
            };
            tx.onerror = () => reject(tx.error);
          };
          open.onerror = () => reject(open.error);
        }),
      {
        activities: batch,
        certifications: start === 0 ? (data.certifications ?? []) : [],
        // The summary records as lib/store/credit-summary.ts makes them (raw writes pass by its middleware).
        summaries: summaryRecords(batch.map(creditRow)),
        clear: start === 0 && (data.clear ?? false),
      },
    );
  }
}

/** Deletes one record by raw IndexedDB, from a page of the extension: no middleware, no new stamp. */
export function deleteRecord(page: Page, store: string, key: string): Promise<void> {
  return page.evaluate(
    ([store, key]) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('ce-tally');
        open.onsuccess = () => {
          const tx = open.result.transaction(store, 'readwrite');
          tx.objectStore(store).delete(key);
          tx.oncomplete = () => {
            open.result.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
        open.onerror = () => reject(open.error);
      }),
    [store, key] as const,
  );
}

/**
 * For a PopupPage's waitFor: whether the popup has kept its figures (lib/store/figures-cache.ts). Evaluated in
 * the popup, hence self-contained.
 */
export function popupFiguresKept(): Promise<boolean> {
  return new Promise((resolve) => {
    const open = indexedDB.open('ce-tally');
    open.onsuccess = () => {
      const count = open.result.transaction('creditSummary').objectStore('creditSummary').count('figures:popup');
      count.onsuccess = () => {
        open.result.close();
        resolve(count.result > 0);
      };
    };
  });
}
