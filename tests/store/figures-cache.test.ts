import { describe, expect, it } from 'vitest';
import { deleteActivity, saveActivity, updateActivity } from '../../lib/store/activities';
import { gatheringSummary, SUMMARY_STAMP_KEY } from '../../lib/store/credit-summary';
import { stampedCreditRows } from '../../lib/store/credit-rows';
import type { CeTallyDb } from '../../lib/store/db';
import { forgetKeptFigures, keepFigures, readKeptFigures } from '../../lib/store/figures-cache';
import { activity, certification, draft, testDb } from '../support/helpers';

const stamp = async (db: CeTallyDb) => (await stampedCreditRows(db)).stamp;

describe("the summary's stamp", () => {
  it('is new after every kind of write to the activities, whatever code makes it, and only then', async () => {
    const db = testDb();
    const seen = [await stamp(db)];
    const changed = async () => {
      const now = await stamp(db);
      expect(seen).not.toContain(now);
      seen.push(now);
    };
    const saved = await saveActivity(db, draft(), 'detected');
    await changed();
    await updateActivity(db, saved.activity.id, draft({ title: 'Renamed course' }));
    await changed();
    await db.activities.bulkPut([activity({ id: 'b', courseCode: 'B1' }), activity({ id: 'c', courseCode: 'C1' })]);
    await changed();
    await deleteActivity(db, 'b');
    await changed();
    await db.transaction('rw', db.activities, db.creditSummary, () =>
      gatheringSummary(db.creditSummary, () => db.activities.bulkPut([activity({ id: 'd', courseCode: 'D1' })])),
    );
    await changed();
    await db.activities.clear();
    await changed();
    // Reading, and writing the certifications, change nothing the summary holds.
    await db.activities.toArray();
    await db.certifications.put(certification());
    expect(await stamp(db)).toBe(seen.at(-1));
  });
});

describe('kept figures', () => {
  it('are current only at the stamp and for the basis they were kept with', async () => {
    const db = testDb();
    await saveActivity(db, draft(), 'detected');
    const { stamp: now } = await stampedCreditRows(db);
    await keepFigures(db, 'popup', now, 'basis A', { hours: 2 });
    expect(await readKeptFigures(db, 'popup', 'basis A')).toEqual({ stamp: now, figures: { hours: 2 } });
    expect((await readKeptFigures(db, 'popup', 'basis B')).figures).toBeUndefined();
    expect((await readKeptFigures(db, 'log', 'basis A')).figures).toBeUndefined();
    await saveActivity(db, draft({ courseCode: 'OTHER-1', title: 'Another course' }), 'manual');
    expect((await readKeptFigures(db, 'popup', 'basis A')).figures).toBeUndefined();
  });

  it('counted from rows read before a write are never current after it', async () => {
    const db = testDb();
    const before = await stampedCreditRows(db);
    await saveActivity(db, draft(), 'detected');
    // Kept late, by a view that read the rows before the save.
    await keepFigures(db, 'popup', before.stamp, 'basis', { hours: 0 });
    expect((await readKeptFigures(db, 'popup', 'basis')).figures).toBeUndefined();
  });

  it('are forgotten at once (a new release may count differently), the summary kept', async () => {
    const db = testDb();
    await saveActivity(db, draft(), 'detected');
    const { stamp: now, rows } = await stampedCreditRows(db);
    await keepFigures(db, 'popup', now, 'basis', { hours: 2 });
    await forgetKeptFigures(db);
    expect((await readKeptFigures(db, 'popup', 'basis')).figures).toBeUndefined();
    expect(await db.creditSummary.get(SUMMARY_STAMP_KEY)).toBeDefined();
    expect((await stampedCreditRows(db)).rows).toEqual(rows);
  });
});
