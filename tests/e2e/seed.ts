import type { Page } from 'playwright-core';
import type { Activity, Certification } from '../../lib/schema';

/**
 * Writes records straight into the extension's IndexedDB from one of its pages (the page must have
 * opened the database through Dexie first, so the stores exist), and rebuilds the credit summary as
 * lib/credit-summary.ts keeps it (raw writes pass by its middleware). Views already open do not see
 * them: open or reload the view afterwards.
 */
export async function seedDatabase(page: Page, data: { activities?: Activity[]; certifications?: Certification[]; clear?: boolean }): Promise<void> {
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
  await page.evaluate(
    ({ activities, certifications, clear }) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('ce-tally');
        open.onsuccess = () => {
          const db = open.result;
          const tx = db.transaction(['activities', 'certifications', 'creditSummary'], 'readwrite');
          if (clear) for (const store of ['activities', 'certifications']) tx.objectStore(store).clear();
          for (const a of activities) tx.objectStore('activities').put(a);
          for (const c of certifications) tx.objectStore('certifications').put(c);
          const all = tx.objectStore('activities').getAll();
          all.onsuccess = () => {
            const rows = (all.result as Activity[]).map((a) => ({ id: a.id, completedOn: a.completedOn, cprAed: a.cprAed, credits: a.credits }));
            tx.objectStore('creditSummary').put({ key: 'activities', rows: JSON.stringify(rows) });
          };
          tx.oncomplete = () => {
            db.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
        open.onerror = () => reject(open.error);
      }),
    { activities: data.activities ?? [], certifications: data.certifications ?? [], clear: data.clear ?? false },
  );
}
