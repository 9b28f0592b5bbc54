import { Dexie, type EntityTable } from 'dexie';
import {
  creditRow,
  creditSummaryMiddleware,
  parseSummary,
  SUMMARY_TABLE,
  summaryRecords,
  type CreditRow,
  type SummaryRecord,
} from './credit-summary';
import type { Activity, Certification } from '../model/schema';

/** A certificate file (PDF or image) attached to an activity. */
export interface CertificateFile {
  id: string;
  activityId: string;
  name: string;
  type: string;
  size: number;
  blob: Blob;
  addedAt: number;
}

export type CeTallyDb = Dexie & {
  activities: EntityTable<Activity, 'id'>;
  certifications: EntityTable<Certification, 'id'>;
  certificates: EntityTable<CertificateFile, 'id'>;
  creditSummary: EntityTable<SummaryRecord, 'key'>;
};

export const DB_NAME = 'ce-tally';

/**
 * Opens the database. Every schema change is a new `version()` with an upgrade and a test
 * that opens a database written by the previous version (tests/db-upgrade.test.ts).
 * `indexedDB` lets each test use its own fake factory.
 */
export function openDb(
  options: { name?: string; indexedDB?: IDBFactory; IDBKeyRange?: typeof IDBKeyRange } = {},
): CeTallyDb {
  // Pass the factory only when given: an explicit `undefined` would hide the global one from Dexie.
  const { name = DB_NAME, ...factory } = options;
  const db = new Dexie(name, factory.indexedDB ? factory : {}) as CeTallyDb;
  db.version(1).stores({
    activities: 'id, &dedupKey, completedOn, provider, updatedAt',
    certifications: 'id, body, cycleEnd',
    certificates: 'id, activityId',
  });
  // Version 2: the store of the credit summary the popup reads (lib/store/credit-summary.ts).
  db.version(2).stores({ [SUMMARY_TABLE]: 'key' });
  // Version 3: the summary in buckets, built from the activities (version 2 kept it as one record, `activities`).
  db.version(3)
    .stores({})
    .upgrade(async (tx) => {
      const activities = (await tx.table('activities').toArray()) as Activity[];
      await tx.table(SUMMARY_TABLE).clear();
      await tx.table(SUMMARY_TABLE).bulkPut(summaryRecords(activities.map(creditRow)));
    });
  db.use(creditSummaryMiddleware);
  return db;
}

let shared: CeTallyDb | undefined;

/** The extension's one database (background, popup, options). Dexie reopens it after the worker wakes. */
export function getDb(): CeTallyDb {
  shared ??= openDb();
  return shared;
}

/** The summary last read for each database: each bucket's text and rows, and all the rows in bucket order. */
const parsedSummaries = new WeakMap<
  CeTallyDb,
  { buckets: Map<string, { text: string; rows: readonly CreditRow[] }>; rows: readonly CreditRow[] }
>();

/**
 * Every activity's date, CPR/AED mark, credits and search text, from the summary records (fast at any
 * size). Views that read an unchanged summary (the log and the certifications, both on the options
 * page) share one parse and one copy of the rows: with 100,000 activities a copy is some 35 MB,
 * and a second one doubled the pauses of the garbage collector. Read-only, then. After a write, only
 * the buckets it changed are parsed again.
 */
export async function creditRows(db: CeTallyDb): Promise<readonly CreditRow[]> {
  const records = await db.creditSummary.toArray();
  const cached = parsedSummaries.get(db);
  if (
    cached &&
    cached.buckets.size === records.length &&
    records.every((r) => cached.buckets.get(r.key)?.text === r.rows)
  )
    return cached.rows;
  const buckets = new Map(
    records.map((r) => {
      const same = cached?.buckets.get(r.key);
      return [r.key, same?.text === r.rows ? same : { text: r.rows, rows: parseSummary(r) }] as const;
    }),
  );
  const rows = [...buckets.values()].flatMap((bucket) => bucket.rows);
  parsedSummaries.set(db, { buckets, rows });
  return rows;
}
