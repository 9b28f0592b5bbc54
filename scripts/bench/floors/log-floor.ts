/** The log's first screen, its floor: the newest 50 activities and the count read, put into a plain table. */
import { markWhenPainted } from '../../../lib/perf-marks';
import { FLOOR_READY, done, openDatabase, type Credit } from './idb';

interface Row {
  title: string;
  completedOn: string;
  provider?: string;
  organizer?: string;
  credits: Credit[];
}

void (async () => {
  const db = await openDatabase();
  const tx = db.transaction('activities');
  const store = tx.objectStore('activities');
  const count = store.count();
  const rows: Row[] = [];
  const cursor = store.index('completedOn').openCursor(null, 'prev');
  cursor.onsuccess = () => {
    if (!cursor.result) return;
    rows.push(cursor.result.value as Row);
    if (rows.length < 50) cursor.result.continue();
  };
  await done(tx);
  const body = document.getElementById('rows')!;
  for (const row of rows) {
    const tr = document.createElement('tr');
    for (const text of [
      row.completedOn,
      row.title,
      row.provider ?? row.organizer ?? '',
      row.credits.map((c) => `${c.amount} ${c.unit}`).join(', '),
    ]) {
      const td = document.createElement('td');
      td.textContent = text;
      tr.append(td);
    }
    body.append(tr);
  }
  document.getElementById('count')!.textContent = `${count.result} activities`;
  markWhenPainted(FLOOR_READY);
})();
