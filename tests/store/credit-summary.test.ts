// @vitest-environment node
// (Certificate blobs must survive fake-indexeddb's structured clone: Node's Blob does, happy-dom's does not.)
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  deleteActivity,
  restoreActivity,
  saveActivity,
  updateActivity,
  type Removed,
} from '../../lib/store/activities';
import { attachCertificate } from '../../lib/store/certificate-files';
import { creditRow, gatheringSummary, isBucket, SUMMARY_BUCKETS } from '../../lib/store/credit-summary';
import type { CeTallyDb } from '../../lib/store/db';
import { creditRows } from '../../lib/store/credit-rows';
import { activity, draft, testDb } from '../support/helpers';

async function expectSummaryMatches(db: CeTallyDb) {
  const byId = (a: { id: string }, b: { id: string }) => a.id.localeCompare(b.id);
  const expected = (await db.activities.toArray()).map(creditRow).sort(byId);
  // JSON drops an undefined cprAed, as the stored summary does.
  expect([...(await creditRows(db))].sort(byId)).toEqual(JSON.parse(JSON.stringify(expected)));
}

const PDF = () =>
  new File([new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x2d, 0x31, 0x2e, 0x37])], 'cert.pdf', { type: 'application/pdf' });

describe('the credit summary', () => {
  it('starts empty and follows every kind of write to the activities, whatever code makes it', async () => {
    const db = testDb();
    expect(await creditRows(db)).toEqual([]);
    const a = await saveActivity(db, draft(), 'detected');
    const b = await saveActivity(
      db,
      draft({ courseCode: 'CEP000002', cprAed: true, credits: [{ kind: 'CEU', amount: 0.5, unit: 'CEU', hours: 5 }] }),
      'manual',
    );
    await expectSummaryMatches(db);
    await updateActivity(
      db,
      a.activity.id,
      draft({ credits: [{ kind: 'CEC', amount: 0.5, unit: 'CEC', body: 'ace', hours: 5 }] }),
    );
    await expectSummaryMatches(db);
    await attachCertificate(db, b.activity.id, PDF());
    await expectSummaryMatches(db);
    const removed = await deleteActivity(db, a.activity.id);
    await expectSummaryMatches(db);
    await restoreActivity(db, removed!);
    await expectSummaryMatches(db);
    await db.activities
      .bulkAdd([
        { ...a.activity, id: 'dup' },
        { ...a.activity, id: 'new', dedupKey: 'other' },
      ])
      .catch(() => undefined);
    await expectSummaryMatches(db);
    await db.activities.where('completedOn').below('2100-01-01').modify({ cprAed: false });
    await expectSummaryMatches(db);
    await db.activities.clear();
    expect(await creditRows(db)).toEqual([]);
  });

  it('leaves the summary as it was when the write fails', async () => {
    const db = testDb();
    await saveActivity(db, draft(), 'detected');
    const before = await creditRows(db);
    await expect(
      db.transaction('rw', db.activities, async () => {
        await db.activities.put({ ...(await db.activities.toArray())[0], credits: [] });
        throw new Error('abort');
      }),
    ).rejects.toThrow('abort');
    expect(await creditRows(db)).toEqual(before);
  });

  it('matches the activities after any sequence of saves, edits, deletes and undos', async () => {
    type Op =
      | { kind: 'save'; code: number; day: number }
      | { kind: 'update'; pick: number; amount: number }
      | { kind: 'delete'; pick: number }
      | { kind: 'undo' };
    const op: fc.Arbitrary<Op> = fc.oneof(
      fc.record({
        kind: fc.constant('save' as const),
        code: fc.integer({ min: 0, max: 8 }),
        day: fc.integer({ min: 1, max: 28 }),
      }),
      fc.record({ kind: fc.constant('update' as const), pick: fc.nat(), amount: fc.integer({ min: 1, max: 20 }) }),
      fc.record({ kind: fc.constant('delete' as const), pick: fc.nat() }),
      fc.record({ kind: fc.constant('undo' as const) }),
    );
    await fc.assert(
      fc.asyncProperty(fc.array(op, { maxLength: 25 }), async (ops) => {
        const db = testDb();
        const undo: Removed[] = [];
        for (const step of ops) {
          const ids = (await db.activities.toCollection().primaryKeys()) as string[];
          if (step.kind === 'save')
            await saveActivity(
              db,
              draft({ courseCode: `C${step.code}`, completedOn: `2026-01-${String(step.day).padStart(2, '0')}` }),
              'manual',
            );
          else if (step.kind === 'update' && ids.length) {
            const id = ids[step.pick % ids.length];
            const current = (await db.activities.get(id))!;
            await updateActivity(db, id, {
              ...current,
              credits: [{ kind: 'CEC', amount: step.amount / 10, unit: 'CEC', body: 'ace', hours: step.amount }],
            });
          } else if (step.kind === 'delete' && ids.length) {
            const removed = await deleteActivity(db, ids[step.pick % ids.length]);
            if (removed) undo.push(removed);
          } else if (step.kind === 'undo' && undo.length) await restoreActivity(db, undo.pop()!);
        }
        await expectSummaryMatches(db);
        db.close();
      }),
      { numRuns: 40 },
    );
  });

  it('gives views reading an unchanged summary the same rows, and fresh rows after a write', async () => {
    const db = testDb();
    const { activity } = await saveActivity(db, draft(), 'detected');
    const [first, second] = await Promise.all([creditRows(db), creditRows(db)]);
    expect(second).toBe(first);
    await updateActivity(db, activity.id, draft({ title: 'Renamed course' }));
    const after = await creditRows(db);
    expect(after).not.toBe(first);
    expect(after.map((row) => row.search)).toEqual([expect.stringContaining(' renamed course ')]);
    expect(first.map((row) => row.search)).toEqual([expect.not.stringContaining('renamed')]);
  });

  it('rewrites only the summary record of the activity a write touches', async () => {
    const db = testDb();
    await db.activities.bulkAdd(Array.from({ length: 300 }, (_, i) => activity({ id: `a${i}`, courseCode: `C${i}` })));
    const before = new Map((await db.creditSummary.toArray()).filter(isBucket).map((r) => [r.key, r.rows]));
    expect(before.size).toBeGreaterThan(SUMMARY_BUCKETS / 2);
    const [first] = await db.activities.limit(1).toArray();
    await updateActivity(db, first.id, draft({ courseCode: first.courseCode, title: 'Renamed course' }));
    const after = (await db.creditSummary.toArray()).filter(isBucket);
    expect(after.filter((r) => r.rows !== before.get(r.key))).toHaveLength(1);
    await expectSummaryMatches(db);
  });

  it('written once after a transaction that gathers it: untouched while its writes run, then right', async () => {
    const db = testDb();
    const kept = activity({ id: 'kept', courseCode: 'C-kept' });
    const gone = activity({ id: 'gone', courseCode: 'C-gone' });
    await db.activities.bulkAdd([kept, gone]);
    const before = await db.creditSummary.toArray();
    const many = Array.from({ length: 600 }, (_, i) => activity({ id: `a${i}`, courseCode: `C${i}` }));
    await db.transaction('rw', db.activities, db.creditSummary, () =>
      gatheringSummary(db.creditSummary, async () => {
        for (let i = 0; i < many.length; i += 250) await db.activities.bulkPut(many.slice(i, i + 250));
        await db.activities.delete('gone');
        await db.activities.put({ ...many[0], title: 'Renamed course' });
        // Nothing of the summary is rewritten while the activities are written.
        expect(await db.creditSummary.toArray()).toEqual(before);
      }),
    );
    await expectSummaryMatches(db);
    expect((await creditRows(db)).find((row) => row.id === 'a0')?.search).toContain(' renamed course ');
    // A clear() among the writes empties the summary first.
    await db.transaction('rw', db.activities, db.creditSummary, () =>
      gatheringSummary(db.creditSummary, async () => {
        await db.activities.clear();
        await db.activities.put(kept);
      }),
    );
    await expectSummaryMatches(db);
    expect((await db.creditSummary.toArray()).filter(isBucket)).toHaveLength(1);
  });

  it('a transaction that gathers it and fails leaves the summary as it was', async () => {
    const db = testDb();
    await db.activities.add(activity({ id: 'kept' }));
    const before = await db.creditSummary.toArray();
    await expect(
      db.transaction('rw', db.activities, db.creditSummary, () =>
        gatheringSummary(db.creditSummary, async () => {
          await db.activities.bulkPut([activity({ id: 'new', courseCode: 'C-new' })]);
          throw new Error('abort');
        }),
      ),
    ).rejects.toThrow('abort');
    expect(await db.creditSummary.toArray()).toEqual(before);
    await expect(gatheringSummary(db.creditSummary, async () => undefined)).rejects.toThrow(/read-write transaction/);
  });
});
