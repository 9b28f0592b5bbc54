import type { CeTallyDb, CertificateFile } from './db';
import { dedupKey, possibleDuplicates } from './dedup';
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

/** Activities that may be the same completion as the draft (same dedup key, or same title on the same day). */
export async function findPossibleDuplicates(db: CeTallyDb, input: ActivityDraft, exceptId?: string): Promise<Activity[]> {
  const draft = activityDraftSchema.parse(input);
  // The dedup key ends with the date, so the same day's activities include any same-key record.
  const sameDay = await db.activities.where('completedOn').equals(draft.completedOn).toArray();
  return possibleDuplicates(draft, sameDay, exceptId);
}

export type UpdateResult =
  | { status: 'updated'; activity: Activity }
  | { status: 'conflict'; other: Activity }
  | { status: 'missing' };

/**
 * Replaces an activity's content with the draft, keeping its id, capture method, certificate file
 * and creation time. The dedup key follows the content; an edit that would make it the same
 * completion as another record is refused (`conflict`) and writes nothing.
 */
export async function updateActivity(db: CeTallyDb, id: string, input: ActivityDraft, now = Date.now()): Promise<UpdateResult> {
  const draft = activityDraftSchema.parse(input);
  const key = dedupKey(draft);
  return db.transaction('rw', db.activities, async () => {
    const existing = await db.activities.get(id);
    if (!existing) return { status: 'missing' as const };
    const other = await db.activities.where('dedupKey').equals(key).first();
    if (other && other.id !== id) return { status: 'conflict' as const, other };
    const activity: Activity = {
      ...draft,
      id,
      capturedBy: existing.capturedBy,
      ...(existing.certificateFileId ? { certificateFileId: existing.certificateFileId } : {}),
      createdAt: existing.createdAt,
      updatedAt: Math.max(now, existing.updatedAt),
      dedupKey: key,
    };
    await db.activities.put(activity);
    return { status: 'updated' as const, activity };
  });
}

export type DateOrder = 'newest' | 'oldest';

/**
 * The log's activities between two ISO dates (inclusive; empty: open), in date order, read
 * through the completedOn index so a narrow range never loads the whole log.
 */
export async function activitiesByDate(db: CeTallyDb, range: { from: string; to: string }, order: DateOrder): Promise<Activity[]> {
  const collection = range.from || range.to
    ? db.activities.where('completedOn').between(range.from || '0000-01-01', range.to || '9999-12-31', true, true)
    : db.activities.orderBy('completedOn');
  return (order === 'newest' ? collection.reverse() : collection).toArray();
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
