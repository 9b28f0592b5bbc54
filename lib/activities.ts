import type { CeTallyDb, CertificateFile } from './db';
import { dedupKey } from './dedup';
import { activityDraftSchema, type Activity, type ActivityDraft } from './schema';

export type SaveResult = { status: 'saved' | 'already'; activity: Activity };

/**
 * Saves a completion once: a second save of the same completion (same dedup key) returns the
 * record already there. The lookup and the insert share one read-write transaction, and the
 * unique index on dedupKey stops a race between two windows.
 */
export async function saveActivity(
  db: CeTallyDb,
  input: ActivityDraft,
  capturedBy: Activity['capturedBy'],
  now = Date.now(),
): Promise<SaveResult> {
  const draft = activityDraftSchema.parse(input);
  const key = dedupKey(draft);
  try {
    return await db.transaction('rw', db.activities, async () => {
      const existing = await db.activities.where('dedupKey').equals(key).first();
      if (existing) return { status: 'already' as const, activity: existing };
      const activity: Activity = { ...draft, id: crypto.randomUUID(), capturedBy, createdAt: now, updatedAt: now, dedupKey: key };
      await db.activities.add(activity);
      return { status: 'saved' as const, activity };
    });
  } catch (error) {
    // Another context inserted the same completion between our lookup and insert.
    if (error instanceof Error && error.name === 'ConstraintError') {
      const existing = await db.activities.where('dedupKey').equals(key).first();
      if (existing) return { status: 'already', activity: existing };
    }
    throw error;
  }
}

export async function findByDedupKey(db: CeTallyDb, draft: ActivityDraft): Promise<Activity | undefined> {
  return db.activities.where('dedupKey').equals(dedupKey(draft)).first();
}

/** What a delete removed, kept so that Undo can put it back exactly. */
export interface Removed {
  activity: Activity;
  certificates: CertificateFile[];
}

export async function deleteActivity(db: CeTallyDb, id: string): Promise<Removed | undefined> {
  return db.transaction('rw', db.activities, db.certificates, async () => {
    const activity = await db.activities.get(id);
    if (!activity) return undefined;
    const certificates = await db.certificates.where('activityId').equals(id).toArray();
    await db.certificates.bulkDelete(certificates.map((c) => c.id));
    await db.activities.delete(id);
    return { activity, certificates };
  });
}

export async function restoreActivity(db: CeTallyDb, removed: Removed): Promise<void> {
  await db.transaction('rw', db.activities, db.certificates, async () => {
    await db.activities.put(removed.activity);
    await db.certificates.bulkPut(removed.certificates);
  });
}

export async function recentActivities(db: CeTallyDb, limit = 5): Promise<Activity[]> {
  return db.activities.orderBy('completedOn').reverse().limit(limit).toArray();
}
