// @vitest-environment node
import type { DateRange } from '../../lib/model/calendar';
import { describe, expect, it } from 'vitest';
import {
  activitiesByDate,
  deleteActivity,
  findPossibleDuplicates,
  restoreActivity,
  saveActivity,
  updateActivity,
} from '../../lib/store/activities';
import { attachCertificate } from '../../lib/store/certificate-files';
import { dedupKey } from '../../lib/model/dedup';
import { minimalPdf } from '../support/certificate-files';
import { activity, dbSnapshot, draft, testDb } from '../support/helpers';

describe('updateActivity', () => {
  it('replaces the content, keeps id, capture method, file and creation time, and recomputes the dedup key', async () => {
    const db = testDb();
    const { activity: saved } = await saveActivity(db, draft({ courseCode: null }), 'detected', 1000);
    await db.activities.update(saved.id, { certificateFileId: 'file-1' });
    const edited = draft({ courseCode: null, title: 'Functional Training for Older Adults, Part 2', notes: 'Checked' });
    const result = await updateActivity(db, saved.id, edited, 2000);
    expect(result).toEqual({
      status: 'updated',
      activity: {
        ...edited,
        id: saved.id,
        capturedBy: 'detected',
        certificateFileId: 'file-1',
        createdAt: 1000,
        updatedAt: 2000,
        dedupKey: dedupKey(edited),
      },
    });
    expect(await db.activities.get(saved.id)).toEqual(result.status === 'updated' && result.activity);
    expect(await db.activities.where('dedupKey').equals(saved.dedupKey).count()).toBe(0);
  });

  it('drops optional fields the edit cleared', async () => {
    const db = testDb();
    const { activity: saved } = await saveActivity(
      db,
      draft({ notes: 'old', cprAed: true, format: 'online' }),
      'manual',
    );
    const { notes: _n, cprAed: _c, format: _f, ...cleared } = draft();
    await updateActivity(db, saved.id, cleared);
    const stored = await db.activities.get(saved.id);
    expect(stored).not.toHaveProperty('notes');
    expect(stored).not.toHaveProperty('cprAed');
  });

  it('refuses an edit that would make it the same completion as another record, and writes nothing', async () => {
    const db = testDb();
    const { activity: first } = await saveActivity(db, draft({ courseCode: 'CEP100001' }), 'detected');
    const { activity: second } = await saveActivity(
      db,
      draft({ courseCode: 'CEP200002', title: 'Another' }),
      'detected',
    );
    const before = await dbSnapshot(db);
    const result = await updateActivity(db, second.id, draft({ courseCode: 'cep100001 ', title: 'Another' }));
    expect(result).toEqual({ status: 'conflict', other: first });
    expect(await dbSnapshot(db)).toEqual(before);
    expect(await updateActivity(db, 'gone', draft())).toEqual({ status: 'missing' });
  });

  it('refuses a draft the schema refuses', async () => {
    const db = testDb();
    const { activity: saved } = await saveActivity(db, draft(), 'detected');
    await expect(updateActivity(db, saved.id, draft({ sourceUrl: 'javascript:alert(1)' }))).rejects.toThrow();
    expect(await db.activities.get(saved.id)).toEqual(saved);
  });
});

describe('findPossibleDuplicates', () => {
  it('finds the same dedup key, and the same title on the same day from another organizer', async () => {
    const db = testDb();
    const { activity: detected } = await saveActivity(db, draft(), 'detected');
    const { activity: workshop } = await saveActivity(
      db,
      draft({
        provider: undefined,
        organizer: 'Gym',
        courseCode: null,
        title: 'Kettlebell Basics',
        completedOn: '2026-05-01',
      }),
      'manual',
    );
    await saveActivity(
      db,
      draft({
        provider: undefined,
        organizer: 'Gym',
        courseCode: null,
        title: 'Kettlebell Basics',
        completedOn: '2026-05-02',
      }),
      'manual',
    );
    expect(await findPossibleDuplicates(db, draft({ title: 'Retyped title' }))).toEqual([detected]);
    expect(
      await findPossibleDuplicates(
        db,
        draft({
          provider: undefined,
          organizer: 'Other Gym',
          courseCode: null,
          title: 'kettlebell  basics!',
          completedOn: '2026-05-01',
        }),
      ),
    ).toEqual([workshop]);
    expect(
      await findPossibleDuplicates(
        db,
        draft({ courseCode: 'CEP999999', title: 'Different', completedOn: '2026-09-14' }),
      ),
    ).toEqual([]);
    // Editing a record never warns about itself.
    expect(await findPossibleDuplicates(db, draft(), detected.id)).toEqual([]);
  });
});

describe('activitiesByDate', () => {
  it('reads a date range through the index, newest or oldest first', async () => {
    const db = testDb();
    const dates = ['2024-01-01', '2025-06-15', '2025-12-31', '2026-03-01'];
    await db.activities.bulkAdd(dates.map((completedOn, i) => activity({ completedOn, courseCode: `CEP10000${i}` })));
    const dated = async (range: DateRange, order: 'newest' | 'oldest') =>
      (await activitiesByDate(db, range, order)).map((a) => a.completedOn);
    expect(await dated({ from: null, to: null }, 'newest')).toEqual([...dates].reverse());
    expect(await dated({ from: '2025-06-15', to: '2025-12-31' }, 'oldest')).toEqual(['2025-06-15', '2025-12-31']);
    expect(await dated({ from: '2025-07-01', to: null }, 'oldest')).toEqual(['2025-12-31', '2026-03-01']);
    expect(await dated({ from: null, to: '2024-12-31' }, 'newest')).toEqual(['2024-01-01']);
    expect(await dated({ from: '2026-01-01', to: '2025-01-01' }, 'newest')).toEqual([]);
  });
});

describe('delete and Undo', () => {
  it('delete takes the certificate file along, and Undo brings both back byte for byte', async () => {
    const db = testDb();
    const { activity: saved } = await saveActivity(db, draft(), 'manual');
    const pdf = minimalPdf();
    await attachCertificate(db, saved.id, new File([pdf], 'cert.pdf'));
    const before = await dbSnapshot(db);
    const removed = await deleteActivity(db, saved.id);
    expect(removed?.certificates.map((c) => c.name)).toEqual(['cert.pdf']);
    expect(await db.certificates.count()).toBe(0);
    await restoreActivity(db, removed!);
    expect(await dbSnapshot(db)).toEqual(before);
  });
});
