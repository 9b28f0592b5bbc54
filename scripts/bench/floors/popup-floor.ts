/**
 * The popup's floor: the credit summary and certifications read with plain IndexedDB, the figures summed
 * and written into the page without React; marked once painted, as the popup is.
 */
import { markWhenPainted } from '../../../lib/perf-marks';
import { FLOOR_READY, done, openDatabase, type Credit } from './idb';

void (async () => {
  const db = await openDatabase();
  const tx = db.transaction(['creditSummary', 'certifications']);
  const summary = tx.objectStore('creditSummary').getAll();
  const certifications = tx.objectStore('certifications').getAll();
  await done(tx);
  const hours = { CEC: 0, CEU: 0 };
  // The buckets of rows, not the summary's stamp and kept figures.
  const buckets = (summary.result as Array<{ key: string; rows: string }>).filter((r) =>
    r.key.startsWith('activities:'),
  );
  for (const record of buckets)
    for (const row of JSON.parse(record.rows) as Array<{ credits: Credit[] }>)
      for (const credit of row.credits) hours[credit.kind] += credit.hours;
  document.getElementById('figures')!.textContent =
    `${hours.CEC.toFixed(1)} CEC hours, ${hours.CEU.toFixed(1)} CEU hours; ${certifications.result.length} certifications`;
  markWhenPainted(FLOOR_READY);
})();
