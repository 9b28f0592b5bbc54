import type { DBCore, DBCoreMutateRequest, Middleware } from 'dexie';
import { BODIES } from '../model/bodies';
import { foldText } from '../model/dedup';
import type { Activity } from '../model/schema';

/**
 * What the popup and the log's filters need of every activity (its date, CPR/AED mark, credits and
 * searchable text), kept beside the activities: reading it is an order of magnitude faster than reading
 * the activities, so the popup opens as fast with years of history as with none (docs/architecture.md).
 *
 * It is maintained below Dexie (a DBCore middleware): every write to `activities`, whatever code makes
 * it, updates the summary in the same transaction, so the two can never disagree.
 *
 * The rows are spread over SUMMARY_BUCKETS records by a hash of the activity id, so a write rewrites
 * only its bucket, not the whole summary (docs/performance.md has the figures).
 */
export const SUMMARY_TABLE = 'creditSummary';
/**
 * Few enough that each bucket stays over 64 kB with a large log: Chromium keeps such a value in a file of
 * its own, which it reads far faster than many small values (docs/performance.md).
 */
export const SUMMARY_BUCKETS = 32;

export type CreditRow = Pick<Activity, 'id' | 'completedOn' | 'cprAed' | 'credits'> & {
  /** searchableText(activity): what the log's search matches. */
  search: string;
};

export interface SummaryRecord {
  /** `activities:NN`, the bucket (summaryKey of each row's id). */
  key: string;
  /** JSON of CreditRow[]: one string clones far faster than thousands of objects. */
  rows: string;
}

/** Everything a user may type to find an activity, folded like titles are (case, accents, punctuation). */
export function searchableText(activity: Activity): string {
  const parts = [
    activity.title,
    activity.organizer,
    // The id, folded, reads as the provider's name ('linkedin-learning': "LinkedIn Learning"); the names
    // live in the provider files, above the store (tests/detect/providers.test.ts holds every id to it).
    activity.provider,
    activity.courseCode,
    activity.format,
    activity.notes,
    activity.completedOn,
    ...activity.credits.flatMap((c) => [c.kind, c.unit, c.body && BODIES[c.body].label]),
  ];
  return ` ${foldText(parts.filter(Boolean).join(' '))} `;
}

export function creditRow(activity: Activity): CreditRow {
  return {
    id: activity.id,
    completedOn: activity.completedOn,
    cprAed: activity.cprAed,
    credits: activity.credits,
    search: searchableText(activity),
  };
}

const bucketKey = (bucket: number) => `activities:${String(bucket).padStart(2, '0')}`;

/** The summary record that holds an activity's row: a 32-bit FNV-1a hash of its id picks the bucket. */
export function summaryKey(activityId: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < activityId.length; i++) hash = Math.imul(hash ^ activityId.charCodeAt(i), 0x01000193);
  return bucketKey((hash >>> 0) % SUMMARY_BUCKETS);
}

/** Every bucket's key, filled or not. */
const ALL_KEYS = Array.from({ length: SUMMARY_BUCKETS }, (_, i) => bucketKey(i));

/** The summary records of these rows (empty buckets have none). */
export function summaryRecords(rows: Iterable<CreditRow>): SummaryRecord[] {
  const buckets = new Map<string, CreditRow[]>();
  for (const row of rows) {
    const key = summaryKey(row.id);
    const bucket = buckets.get(key);
    if (bucket) bucket.push(row);
    else buckets.set(key, [row]);
  }
  return [...buckets].map(([key, bucket]) => ({ key, rows: JSON.stringify(bucket) }));
}

export function parseSummary(record: SummaryRecord | undefined): CreditRow[] {
  return record ? (JSON.parse(record.rows) as CreditRow[]) : [];
}

/** What a write to the activities store does to each bucket: rows to set, ids to remove. */
type BucketChanges = Map<string, { set: CreditRow[]; removed: string[] }>;

function changesOf(
  request: Exclude<DBCoreMutateRequest, { type: 'deleteRange' }>,
  failures: Record<number, unknown>,
): BucketChanges {
  const changes: BucketChanges = new Map();
  const of = (id: string) => {
    const key = summaryKey(id);
    let change = changes.get(key);
    if (!change) changes.set(key, (change = { set: [], removed: [] }));
    return change;
  };
  if (request.type === 'delete') {
    for (const key of request.keys) of(String(key)).removed.push(String(key));
  } else {
    request.values.forEach((value, i) => {
      if (!(i in failures)) of((value as Activity).id).set.push(creditRow(value as Activity));
    });
  }
  return changes;
}

export const creditSummaryMiddleware: Middleware<DBCore> = {
  stack: 'dbcore',
  name: 'CreditSummary',
  create(down) {
    const summary = () => down.table(SUMMARY_TABLE);
    return {
      ...down,
      // Every transaction that may write activities also holds the summary.
      transaction(stores, mode, options) {
        const scope =
          mode === 'readwrite' && stores.includes('activities') && !stores.includes(SUMMARY_TABLE)
            ? [...stores, SUMMARY_TABLE]
            : stores;
        return down.transaction(scope, mode, options);
      },
      table(name) {
        const table = down.table(name);
        if (name !== 'activities') return table;
        return {
          ...table,
          async mutate(request) {
            const result = await table.mutate(request);
            const { trans } = request;
            if (request.type === 'deleteRange') {
              // Only clear() deletes by range on this table (a where() clause resolves to keys first).
              await summary().mutate({ type: 'delete', trans, keys: ALL_KEYS });
              return result;
            }
            const changes = changesOf(request, result.failures);
            const keys = [...changes.keys()];
            const records = (await summary().getMany({ trans, keys })) as Array<SummaryRecord | undefined>;
            const written: SummaryRecord[] = [];
            const emptied: string[] = [];
            keys.forEach((key, i) => {
              const rows = new Map(parseSummary(records[i]).map((row) => [row.id, row]));
              const { set, removed } = changes.get(key)!;
              for (const id of removed) rows.delete(id);
              for (const row of set) rows.set(row.id, row);
              if (rows.size > 0) written.push({ key, rows: JSON.stringify([...rows.values()]) });
              else if (records[i]) emptied.push(key);
            });
            if (written.length > 0) await summary().mutate({ type: 'put', trans, values: written });
            if (emptied.length > 0) await summary().mutate({ type: 'delete', trans, keys: emptied });
            return result;
          },
        };
      },
    };
  },
};
