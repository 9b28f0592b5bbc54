import { Dexie, type DBCore, type DBCoreMutateRequest, type EntityTable, type Middleware } from 'dexie';
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

/**
 * The summary's stamp: a new one with every change to the summary, written in the same transaction, so that
 * figures counted from the summary can be kept and known to be current without reading it (figures-cache.ts).
 */
export interface SummaryStamp {
  key: typeof SUMMARY_STAMP_KEY;
  stamp: string;
}
export const SUMMARY_STAMP_KEY = 'stamp';
/** The stamp of a summary not written since stamps began: every write since has stamped it. */
export const FIRST_STAMP = '';

/** The stamp among the summary table's records. */
export function stampOf(records: ReadonlyArray<SummaryTableRecord | undefined>): string {
  const stamp = records.find((r): r is SummaryStamp => r?.key === SUMMARY_STAMP_KEY);
  return stamp?.stamp ?? FIRST_STAMP;
}

/** Figures counted from the summary, kept with the stamp they were counted at (lib/store/figures-cache.ts). */
export interface KeptFiguresRecord {
  key: `figures:${string}`;
  stamp: string;
  /** What else the figures were counted from (today, the certifications...), as the view states it. */
  basis: string;
  figures: unknown;
}

/** The records of the summary's table, each by its key. */
export type SummaryTableRecord = SummaryRecord | SummaryStamp | KeptFiguresRecord;

const BUCKET_PREFIX = 'activities:';

/** A bucket of rows, not one of the summary table's other records (its stamp, figures kept from it). */
export function isBucket(record: SummaryTableRecord): record is SummaryRecord {
  return record.key.startsWith(BUCKET_PREFIX);
}

const newStamp = (): SummaryStamp => ({ key: SUMMARY_STAMP_KEY, stamp: crypto.randomUUID() });

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

const bucketKey = (bucket: number) => `${BUCKET_PREFIX}${String(bucket).padStart(2, '0')}`;

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

/** What writes to the activities store do to each bucket: its rows by id, set (a row) or removed (undefined). */
type BucketChanges = Map<string, Map<string, CreditRow | undefined>>;

function addChanges(
  changes: BucketChanges,
  request: Exclude<DBCoreMutateRequest, { type: 'deleteRange' }>,
  failures: Record<number, unknown>,
): void {
  const of = (id: string) => {
    const key = summaryKey(id);
    let change = changes.get(key);
    if (!change) changes.set(key, (change = new Map()));
    return change;
  };
  if (request.type === 'delete') {
    for (const key of request.keys) of(String(key)).set(String(key), undefined);
  } else {
    request.values.forEach((value, i) => {
      const activity = value as Activity;
      if (!(i in failures)) of(activity.id).set(activity.id, creditRow(activity));
    });
  }
}

/** A bucket's record after its changes: the record to write, or undefined when no row is left. */
function changedRecord(
  key: string,
  record: SummaryRecord | undefined,
  change: Map<string, CreditRow | undefined>,
): SummaryRecord | undefined {
  const rows = new Map(parseSummary(record).map((row) => [row.id, row]));
  for (const [id, row] of change) {
    if (row) rows.set(id, row);
    else rows.delete(id);
  }
  return rows.size > 0 ? { key, rows: JSON.stringify([...rows.values()]) } : undefined;
}

/**
 * Transactions that write many activities (a restore), with what their writes did to the summary so far:
 * gathered, and written once at their end by `gatheringSummary`, not rewritten at every batch.
 */
const gathering = new WeakMap<object, { cleared: boolean; changes: BucketChanges }>();

/**
 * Runs `work`, which writes many activities in batches, inside the current read-write transaction
 * (it holds the summary's store too), and writes the summary once after it: a bucket at a time, each
 * bucket its own short task. Without this, every batch rewrites each bucket it touches (32 buckets of up
 * to 90 kB of JSON each with 10,000 activities). If `work` fails, nothing is written and the transaction
 * aborts as usual.
 */
export async function gatheringSummary<T>(
  summary: EntityTable<SummaryTableRecord, 'key'>,
  work: () => Promise<T>,
): Promise<T> {
  const trans = Dexie.currentTransaction?.idbtrans;
  if (!trans || Dexie.currentTransaction.mode !== 'readwrite')
    throw new Error('gatheringSummary runs inside a read-write transaction');
  const gathered = { cleared: false, changes: new Map() as BucketChanges };
  gathering.set(trans, gathered);
  let result: T;
  try {
    result = await work();
  } finally {
    gathering.delete(trans);
  }
  const keys = gathered.cleared ? ALL_KEYS : [...gathered.changes.keys()];
  for (const key of keys) {
    const record = gathered.cleared ? undefined : ((await summary.get(key)) as SummaryRecord | undefined);
    const written = changedRecord(key, record, gathered.changes.get(key) ?? new Map());
    if (written) await summary.put(written);
    else if (record || gathered.cleared) await summary.delete(key);
  }
  await summary.put(newStamp());
  return result;
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
            const gathered = gathering.get(trans);
            if (request.type === 'deleteRange') {
              // Only clear() deletes by range on this table (a where() clause resolves to keys first).
              if (gathered) {
                gathered.cleared = true;
                gathered.changes.clear();
              } else {
                await summary().mutate({ type: 'delete', trans, keys: ALL_KEYS });
                await summary().mutate({ type: 'put', trans, values: [newStamp()] });
              }
              return result;
            }
            if (gathered) {
              addChanges(gathered.changes, request, result.failures);
              return result;
            }
            const changes: BucketChanges = new Map();
            addChanges(changes, request, result.failures);
            const keys = [...changes.keys()];
            const records = (await summary().getMany({ trans, keys })) as Array<SummaryRecord | undefined>;
            const written: SummaryRecord[] = [];
            const emptied: string[] = [];
            keys.forEach((key, i) => {
              const record = changedRecord(key, records[i], changes.get(key)!);
              if (record) written.push(record);
              else if (records[i]) emptied.push(key);
            });
            if (written.length > 0) await summary().mutate({ type: 'put', trans, values: written });
            if (emptied.length > 0) await summary().mutate({ type: 'delete', trans, keys: emptied });
            await summary().mutate({ type: 'put', trans, values: [newStamp()] });
            return result;
          },
        };
      },
    };
  },
};
