import { splitByStatedShares } from '../model/stated-shares';
import type { CeTallyDb, CertificateFile } from './db';
import { dedupKey, possibleDuplicates } from '../model/dedup';
import { activityDraftSchema, type Activity, type ActivityDraft } from '../model/schema';
import type { DateRange } from '../model/calendar';

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
      const activity: Activity = {
        ...draft,
        id: crypto.randomUUID(),
        capturedBy,
        createdAt: now,
        updatedAt: now,
        dedupKey: key,
      };
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
export async function findPossibleDuplicates(
  db: CeTallyDb,
  input: ActivityDraft,
  exceptId?: string,
): Promise<Activity[]> {
  const draft = activityDraftSchema.parse(input);
  // The dedup key ends with the date, so the same day's activities include any same-key record.
  const sameDay = await db.activities.where('completedOn').equals(draft.completedOn).toArray();
  return possibleDuplicates(draft, sameDay, exceptId);
}

export type UpdateResult =
  { status: 'updated'; activity: Activity } | { status: 'conflict'; other: Activity } | { status: 'missing' };

/**
 * Replaces an activity's content with the draft, keeping its id, capture method, certificate file
 * and creation time. The dedup key follows the content; an edit that would make it the same
 * completion as another record is refused (`conflict`) and writes nothing.
 */
export async function updateActivity(
  db: CeTallyDb,
  id: string,
  input: ActivityDraft,
  now = Date.now(),
): Promise<UpdateResult> {
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

/**
 * Puts one credit wholly in a category (a category the title only suggested, which the user confirmed), or
 * takes it out of every category; the rest of the activity is unchanged.
 */
export async function setCreditCategory(
  db: CeTallyDb,
  id: string,
  creditIndex: number,
  categoryId: string | null,
): Promise<UpdateResult> {
  const activity = await db.activities.get(id);
  if (!activity?.credits[creditIndex]) return { status: 'missing' };
  const credits = activity.credits.map((credit, i) => {
    if (i !== creditIndex) return credit;
    const { categories: _, ...plain } = credit;
    return categoryId ? { ...plain, categories: [{ id: categoryId, amount: credit.amount }] } : plain;
  });
  return updateActivity(db, id, { ...activity, credits });
}

/**
 * Splits a credit as its page stated part of it ("6 CE hours, 3 of them ethics"), the user having accepted
 * it: the part in its categories, the rest in none (lib/model/stated-shares.ts).
 */
export async function acceptStatedShares(db: CeTallyDb, id: string, creditIndex: number): Promise<UpdateResult> {
  const activity = await db.activities.get(id);
  if (!activity?.credits[creditIndex]?.statedShares) return { status: 'missing' };
  const credits = activity.credits.flatMap((credit, i) => (i === creditIndex ? splitByStatedShares(credit) : [credit]));
  return updateActivity(db, id, { ...activity, credits });
}

export type DateOrder = 'newest' | 'oldest';

/** A date range (inclusive; null ends: open) through the completedOn index, oldest first. */
function byDate(db: CeTallyDb, range: DateRange) {
  return range.from || range.to
    ? db.activities.where('completedOn').between(range.from ?? '0000-01-01', range.to ?? '9999-12-31', true, true)
    : db.activities.orderBy('completedOn');
}

/**
 * The log's activities between two ISO dates (inclusive; null: open), in date order, read
 * through the completedOn index so a narrow range never loads the whole log.
 */
export async function activitiesByDate(db: CeTallyDb, range: DateRange, order: DateOrder): Promise<Activity[]> {
  const collection = byDate(db, range);
  return (order === 'newest' ? collection.reverse() : collection).toArray();
}

/**
 * Activities or their summary rows in the order activitiesByDate reads them: by date, then by id
 * (the completedOn index's order); newest first is that order reversed.
 */
export function sortByDate<T extends Pick<Activity, 'id' | 'completedOn'>>(
  entries: readonly T[],
  order: DateOrder,
): T[] {
  const sign = order === 'oldest' ? 1 : -1;
  const compare = (a: string, b: string) => (a < b ? -sign : a > b ? sign : 0);
  return [...entries].sort((a, b) => compare(a.completedOn, b.completedOn) || compare(a.id, b.id));
}

/**
 * Activities per read. The browser rebuilds every record of one read (its structured clone) in the one
 * task that hands the read over: 2,000 made that task 300-700 ms on a loaded machine, so a read is kept
 * small. Reading one batch ahead and no more keeps few activities alive at once: more reads in flight
 * made long garbage-collection pauses (docs/performance.md).
 */
export const READ_BATCH = 250;

type Entry = Pick<Activity, 'id' | 'completedOn'>;

/** Activities to be read a batch at a time. */
export interface ActivityBatches {
  count: number;
  /** The activities wanted, in the order wanted. */
  entries: readonly Entry[];
  /**
   * Their activities, a batch at a time: in the entries' order, or (`mostOfLog`) every activity of the
   * log in primary-key order, with any that is not among the entries (one added meanwhile, say).
   */
  batches: AsyncIterable<Activity[]>;
}

/**
 * The activities of `entries` (summary rows, say), a batch at a time, so that reading 100,000 never
 * holds the page in one long task. Activities deleted meanwhile are left out.
 * - `mostOfLog`: the entries are most of the log (all of it, say), so every activity is read in
 *   primary-key order, the order IndexedDB reads fastest (twice as fast as ranges of dates). The reader
 *   leaves out those it does not want.
 * - `wholeDays`: the entries are every activity of their dates (all of the log between two dates), so
 *   each batch is one range read through the completedOn index.
 * - otherwise (a search's scattered matches) a get per id.
 */
export function activitiesInBatches(
  db: CeTallyDb,
  entries: readonly Entry[],
  { mostOfLog = false, wholeDays = false, batchSize = READ_BATCH } = {},
): ActivityBatches {
  return {
    count: entries.length,
    entries,
    batches: mostOfLog ? readByKey(db, batchSize) : readBatches(db, entries, wholeDays, batchSize),
  };
}

/**
 * The activities of `entries`, a batch at a time, read the fastest way for how much of the log they are:
 * every activity by key once they are more than half of the log (the log's count is read here), else
 * as `activitiesInBatches` reads them (`wholeDays`: every activity of their dates).
 */
export async function batchesFor(
  db: CeTallyDb,
  entries: readonly Entry[],
  { wholeDays = false } = {},
): Promise<ActivityBatches> {
  const logCount = await db.activities.count();
  return activitiesInBatches(db, entries, { mostOfLog: entries.length * 2 > logCount, wholeDays });
}

/**
 * A read started before its batch is wanted: its failure reaches whoever awaits it, and is no unhandled
 * rejection while the caller still works on the batch before (or has stopped on an error of its own).
 */
function readAhead<T>(read: Promise<T>): Promise<T> {
  read.catch(() => undefined);
  return read;
}

async function* readByKey(db: CeTallyDb, batchSize: number): AsyncGenerator<Activity[]> {
  // Ids are strings of at least one character: every one is above ''.
  const read = (after: string) => db.activities.where(':id').above(after).limit(batchSize).toArray();
  // The next batch is read while the caller works on this one.
  let next: Promise<Activity[]> | undefined = readAhead(read(''));
  while (next) {
    const batch: Activity[] = await next;
    next = batch.length === batchSize ? readAhead(read(batch[batch.length - 1].id)) : undefined;
    yield batch;
  }
}

/**
 * Every activity of the log, read by key a batch at a time so that no read is one long task. Only Dexie's
 * own promises are awaited: it may run inside a transaction (a restore's, a backup's).
 */
export async function everyActivity(db: CeTallyDb): Promise<Activity[]> {
  const activities: Activity[] = [];
  // A plain loop, no async generator: Dexie's transaction follows only promises awaited directly.
  for (;;) {
    const last = activities.at(-1)?.id;
    const query = last === undefined ? db.activities.orderBy(':id') : db.activities.where(':id').above(last);
    const batch = await query.limit(READ_BATCH).toArray();
    activities.push(...batch);
    if (batch.length < READ_BATCH) return activities;
  }
}

async function* readBatches(
  db: CeTallyDb,
  entries: readonly Entry[],
  wholeDays: boolean,
  batchSize: number,
): AsyncGenerator<Activity[]> {
  const batches: Array<readonly Entry[]> = [];
  for (let start = 0; start < entries.length; start += batchSize) batches.push(entries.slice(start, start + batchSize));
  const read = (batch: readonly Entry[]) => (wholeDays ? readDays(db, batch) : readIds(db, batch));
  // The next batch is read while the caller works on this one.
  let next = batches.length > 0 ? readAhead(read(batches[0])) : undefined;
  for (let i = 0; i < batches.length; i++) {
    const batch = await next!;
    next = i + 1 < batches.length ? readAhead(read(batches[i + 1])) : undefined;
    yield batch;
  }
}

async function readDays(db: CeTallyDb, entries: readonly Entry[]): Promise<Activity[]> {
  const dates = entries.map((e) => e.completedOn).sort();
  // A batch may end within a day: the next batch reads that day again, and each keeps its own entries.
  return inEntryOrder(entries, await byDate(db, { from: dates[0], to: dates[dates.length - 1] }).toArray());
}

async function readIds(db: CeTallyDb, entries: readonly Entry[]): Promise<Activity[]> {
  return inEntryOrder(entries, await db.activities.bulkGet(entries.map((e) => e.id)));
}

function inEntryOrder(entries: readonly Entry[], read: ReadonlyArray<Activity | undefined>): Activity[] {
  const byId = new Map(read.flatMap((a) => (a ? [[a.id, a] as const] : [])));
  return entries.flatMap((e) => byId.get(e.id) ?? []);
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
  return firstByDate(db, 'newest', limit);
}

/** The first `limit` activities in the date order (sortByDate's), read through the completedOn index. */
export async function firstByDate(db: CeTallyDb, order: DateOrder, limit: number): Promise<Activity[]> {
  const byDate = db.activities.orderBy('completedOn');
  return (order === 'newest' ? byDate.reverse() : byDate).limit(limit).toArray();
}
