import { describe, expect, it } from 'vitest';
import { deleteActivity, recentActivities, restoreActivity, saveActivity } from '../../lib/store/activities';
import { creditTotals } from '../../lib/tally/totals';
import { dedupKey } from '../../lib/model/dedup';
import { draft, testDb } from '../support/helpers';

describe('saveActivity', () => {
  it('saves a completion with its dedup key and capture method', async () => {
    const db = testDb();
    const { status, activity } = await saveActivity(db, draft(), 'detected', 1000);
    expect(status).toBe('saved');
    expect(await db.activities.get(activity.id)).toMatchObject({
      title: 'Functional Training for Older Adults',
      capturedBy: 'detected',
      createdAt: 1000,
      updatedAt: 1000,
      dedupKey: 'ace|code:CEP251107|2026-09-14',
    });
  });

  it('saves the same completion once, however often and however concurrently it is saved', async () => {
    const db = testDb();
    const first = await saveActivity(db, draft(), 'detected');
    const second = await saveActivity(db, draft({ title: 'Functional  Training for older adults!' }), 'detected');
    expect(second).toEqual({ status: 'already', activity: first.activity });
    const racing = await Promise.all(
      Array.from({ length: 5 }, () => saveActivity(db, draft({ completedOn: '2026-10-01' }), 'detected')),
    );
    expect(racing.filter((r) => r.status === 'saved')).toHaveLength(1);
    expect(await db.activities.count()).toBe(2);
  });

  it('tells a course with no code apart by its normalized title and date', async () => {
    const db = testDb();
    await saveActivity(db, draft({ courseCode: null, title: 'Core Training – Level 1' }), 'manual');
    expect((await saveActivity(db, draft({ courseCode: null, title: 'core training level 1' }), 'manual')).status).toBe(
      'already',
    );
    expect((await saveActivity(db, draft({ courseCode: null, title: 'Core Training Level 2' }), 'manual')).status).toBe(
      'saved',
    );
    expect(
      (
        await saveActivity(
          db,
          draft({ courseCode: null, title: 'Core Training Level 2', completedOn: '2027-01-01' }),
          'manual',
        )
      ).status,
    ).toBe('saved');
  });

  it('refuses an invalid draft and writes nothing', async () => {
    const db = testDb();
    await expect(saveActivity(db, draft({ certificateUrl: 'javascript:alert(1)' }), 'detected')).rejects.toThrow();
    await expect(saveActivity(db, draft({ completedOn: '14/09/2026' }), 'detected')).rejects.toThrow();
    expect(await db.activities.count()).toBe(0);
  });
});

describe('deleteActivity and restoreActivity', () => {
  it('removes an activity with its certificate files, and Undo puts both back exactly', async () => {
    const db = testDb();
    const { activity } = await saveActivity(db, draft(), 'detected');
    const file = {
      id: 'f1',
      activityId: activity.id,
      name: 'cert.pdf',
      type: 'application/pdf',
      size: 4,
      blob: new Blob(['%PDF']),
      addedAt: 1,
    };
    await db.certificates.add(file);
    const removed = await deleteActivity(db, activity.id);
    expect(removed?.certificates).toHaveLength(1);
    expect(await db.activities.count()).toBe(0);
    expect(await db.certificates.count()).toBe(0);
    await restoreActivity(db, removed!);
    expect(await db.activities.get(activity.id)).toEqual(activity);
    expect((await db.certificates.get('f1'))?.name).toBe('cert.pdf');
    expect(await deleteActivity(db, 'no-such-id')).toBeUndefined();
  });
});

describe('queries', () => {
  it('lists the most recent completions first', async () => {
    const db = testDb();
    for (const [i, date] of ['2025-01-05', '2026-03-01', '2024-12-31', '2026-09-14'].entries()) {
      await saveActivity(db, draft({ courseCode: `CEP00000${i}`, completedOn: date }), 'detected');
    }
    expect((await recentActivities(db, 3)).map((a) => a.completedOn)).toEqual([
      '2026-09-14',
      '2026-03-01',
      '2025-01-05',
    ]);
  });

  it('totals CECs per body and unit and CEUs apart, in contact hours', async () => {
    const db = testDb();
    await saveActivity(db, draft(), 'detected');
    await saveActivity(
      db,
      draft({ courseCode: 'CEP000001', credits: [{ kind: 'CEC', amount: 0.5, unit: 'CEC', body: 'ace', hours: 5 }] }),
      'detected',
    );
    await saveActivity(
      db,
      draft({
        courseCode: 'X1',
        provider: 'acsm',
        credits: [{ kind: 'CEC', amount: 2, unit: 'CEC', body: 'acsm', hours: 2 }],
      }),
      'detected',
    );
    await saveActivity(
      db,
      draft({
        courseCode: 'W1',
        provider: undefined,
        organizer: 'City Rec Center',
        credits: [{ kind: 'CEU', amount: 1.5, unit: 'CEU', hours: 15 }],
      }),
      'manual',
    );
    await saveActivity(
      db,
      draft({ courseCode: 'W2', provider: undefined, organizer: 'City Rec Center', credits: [] }),
      'manual',
    );
    const totals = creditTotals(await db.activities.toArray());
    expect(totals.activityCount).toBe(5);
    expect(totals.CEC.hours).toBe(9);
    expect(totals.CEC.lines).toEqual([
      { body: 'ace', unit: 'CEC', amount: 0.7, hours: 7 },
      { body: 'acsm', unit: 'CEC', amount: 2, hours: 2 },
    ]);
    expect(totals.CEU).toEqual({ hours: 15, lines: [{ body: undefined, unit: 'CEU', amount: 1.5, hours: 15 }] });
  });

  it('totals an empty log as zero', () => {
    expect(creditTotals([])).toEqual({
      CEC: { hours: 0, lines: [] },
      CEU: { hours: 0, lines: [] },
      hours: 0,
      activityCount: 0,
    });
  });
});

describe('dedupKey', () => {
  it('uses the organizer when there is no provider', () => {
    expect(
      dedupKey({ organizer: 'Aqua Fit Conference', courseCode: null, title: 'Deep Water', completedOn: '2026-05-01' }),
    ).toBe('aqua fit conference|title:deep water|2026-05-01');
  });
});
