import Papa from 'papaparse';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  activitiesByDate,
  activitiesInBatches,
  batchesFor,
  sortByDate,
  type ActivityBatches,
} from '../../lib/store/activities';
import { creditRows } from '../../lib/store/credit-rows';
import { activitiesToCsv } from '../../lib/export/csv';
import type { Activity } from '../../lib/model/schema';
import { exportActivitiesCsv } from '../../lib/export/download';
import { activity, testDb } from '../support/helpers';

/** Twelve activities over five days, several on the same day (ids in no particular order). */
function sampleLog(): Activity[] {
  const days = [
    '2026-01-05',
    '2026-01-05',
    '2026-01-05',
    '2026-02-01',
    '2026-02-01',
    '2026-03-10',
    '2026-03-10',
    '2026-03-10',
    '2026-03-10',
    '2026-04-22',
    '2026-05-30',
    '2026-05-30',
  ];
  return days.map((completedOn, i) =>
    activity({ id: `id-${(i * 7) % 12}`, title: `Course ${i}`, courseCode: `CEP${100 + i}`, completedOn }),
  );
}

async function batchesOf(batches: AsyncIterable<Activity[]>): Promise<string[][]> {
  const read: string[][] = [];
  for await (const batch of batches) read.push(batch.map((a) => a.id));
  return read;
}

describe('sortByDate', () => {
  it('orders as the completedOn index reads, newest first being the exact reverse', async () => {
    const db = testDb();
    await db.activities.bulkAdd(sampleLog());
    const rows = await creditRows(db);
    for (const order of ['oldest', 'newest'] as const) {
      expect(sortByDate(rows, order).map((r) => r.id)).toEqual(
        (await activitiesByDate(db, { from: null, to: null }, order)).map((a) => a.id),
      );
    }
  });
});

describe('activitiesInBatches', () => {
  it('gives the activities of the entries in their order, a batch at a time, by date range or by id alike', async () => {
    const db = testDb();
    const log = sampleLog();
    await db.activities.bulkAdd(log);
    const newest = sortByDate(await creditRows(db), 'newest');
    const expected = newest.map((r) => r.id);
    // Pages of 4 end inside a day (2026-03-10 has four activities, split 1 + 3).
    for (const wholeDays of [true, false]) {
      const { count, batches } = activitiesInBatches(db, newest, { wholeDays, batchSize: 4 });
      expect(count).toBe(12);
      const read = await batchesOf(batches);
      expect(read.map((p) => p.length)).toEqual([4, 4, 4]);
      expect(read.flat()).toEqual(expected);
    }
    // A search's scattered matches, by id; whole days told wrongly still keeps only the entries.
    const scattered = [newest[1], newest[6], newest[11]];
    for (const wholeDays of [true, false]) {
      expect((await batchesOf(activitiesInBatches(db, scattered, { wholeDays, batchSize: 2 }).batches)).flat()).toEqual(
        scattered.map((r) => r.id),
      );
    }
    const first = (await batchesOf(activitiesInBatches(db, newest.slice(0, 1)).batches))[0];
    expect(first).toEqual([newest[0].id]);
    expect(await batchesOf(activitiesInBatches(db, []).batches)).toEqual([]);
  });

  it('reads most of the log as every activity in primary-key order, a batch at a time', async () => {
    const db = testDb();
    const log = sampleLog();
    await db.activities.bulkAdd(log);
    const wanted = sortByDate(await creditRows(db), 'oldest').slice(1);
    const { count, entries, batches } = activitiesInBatches(db, wanted, { mostOfLog: true, batchSize: 5 });
    expect(count).toBe(11);
    expect(entries).toBe(wanted);
    const byKey = log.map((a) => a.id).sort();
    expect(await batchesOf(batches)).toEqual([byKey.slice(0, 5), byKey.slice(5, 10), byKey.slice(10)]);
  });

  it('chooses the read by how much of the log the entries are: by key past half of it, else by date or id', async () => {
    const db = testDb();
    const log = sampleLog();
    await db.activities.bulkAdd(log);
    const rows = sortByDate(await creditRows(db), 'oldest');
    const byKey = log.map((a) => a.id).sort();
    // Seven of twelve: every activity in key order (the reader leaves out the others).
    expect((await batchesOf((await batchesFor(db, rows.slice(0, 7))).batches)).flat()).toEqual(byKey);
    // Six of twelve: only those, in the entries' order.
    const half = rows.slice(0, 6);
    expect((await batchesOf((await batchesFor(db, half)).batches)).flat()).toEqual(half.map((r) => r.id));
    expect((await batchesOf((await batchesFor(db, half, { wholeDays: true })).batches)).flat()).toEqual(
      half.map((r) => r.id),
    );
  });

  it('leaves out activities deleted since the entries were taken', async () => {
    const db = testDb();
    await db.activities.bulkAdd(sampleLog());
    const rows = sortByDate(await creditRows(db), 'oldest');
    await db.activities.bulkDelete([rows[0].id, rows[5].id]);
    for (const wholeDays of [true, false]) {
      const read = (await batchesOf(activitiesInBatches(db, rows, { wholeDays, batchSize: 5 }).batches)).flat();
      expect(read).toEqual(rows.filter((_, i) => i !== 0 && i !== 5).map((r) => r.id));
    }
    const byKey = (await batchesOf(activitiesInBatches(db, rows, { mostOfLog: true, batchSize: 5 }).batches)).flat();
    expect(byKey).toEqual(
      rows
        .filter((_, i) => i !== 0 && i !== 5)
        .map((r) => r.id)
        .sort(),
    );
  });
});

describe('exportActivitiesCsv', () => {
  afterEach(() => vi.restoreAllMocks());

  /** The file exportActivitiesCsv offers for download. */
  async function exported(batches: ActivityBatches, onProgress?: (done: number) => void): Promise<string> {
    const blobs: Blob[] = [];
    vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
      blobs.push(blob as Blob);
      return 'blob:test';
    });
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
    await exportActivitiesCsv(batches, onProgress);
    expect(blobs).toHaveLength(1);
    return blobs[0].text();
  }

  it('writes batches read by key in the order of the entries, the same file as read by date', async () => {
    const db = testDb();
    await db.activities.bulkAdd(sampleLog());
    const rows = await creditRows(db);
    for (const order of ['oldest', 'newest'] as const) {
      const entries = sortByDate(rows, order);
      const byKey = await exported(activitiesInBatches(db, entries, { mostOfLog: true, batchSize: 5 }));
      expect(byKey).toBe(activitiesToCsv(await activitiesByDate(db, { from: null, to: null }, order)));
      vi.restoreAllMocks();
      expect(await exported(activitiesInBatches(db, entries, { wholeDays: true, batchSize: 5 }))).toBe(byKey);
      vi.restoreAllMocks();
    }
  });

  it('leaves out of a file read by key the activities that are not among the entries', async () => {
    const db = testDb();
    await db.activities.bulkAdd(sampleLog());
    const entries = sortByDate(await creditRows(db), 'newest').filter((_, i) => i % 3 !== 0);
    const text = await exported(activitiesInBatches(db, entries, { mostOfLog: true, batchSize: 5 }));
    expect(text).toBe(activitiesToCsv((await db.activities.bulkGet(entries.map((e) => e.id))) as Activity[]));
  });

  it('writes batch after batch into the same file as the one-batch CSV, reporting its progress', async () => {
    const db = testDb();
    await db.activities.bulkAdd(sampleLog());
    const rows = sortByDate(await creditRows(db), 'oldest');
    const progress: number[] = [];
    const text = await exported(activitiesInBatches(db, rows, { wholeDays: true, batchSize: 5 }), (done) =>
      progress.push(done),
    );
    expect(progress).toEqual([5 / 12, 10 / 12, 1]);
    expect(text).toBe(activitiesToCsv(await activitiesByDate(db, { from: null, to: null }, 'oldest')));
    expect(
      Papa.parse<Record<string, string>>(text.slice(1), { header: true, skipEmptyLines: true }).data.map(
        (r) => r.activity_id,
      ),
    ).toEqual(rows.map((r) => r.id));
  });
});
