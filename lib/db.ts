import { Dexie, type EntityTable } from 'dexie';
import { creditRow, creditSummaryMiddleware, parseSummary, SUMMARY_KEY, SUMMARY_TABLE, summaryRecord, type CreditRow, type SummaryRecord } from './credit-summary';
import type { Activity, Certification } from './schema';

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
export function openDb(options: { name?: string; indexedDB?: IDBFactory; IDBKeyRange?: typeof IDBKeyRange } = {}): CeTallyDb {
  // Pass the factory only when given: an explicit `undefined` would hide the global one from Dexie.
  const { name = DB_NAME, ...factory } = options;
  const db = new Dexie(name, factory.indexedDB ? factory : {}) as CeTallyDb;
  db.version(1).stores({
    activities: 'id, &dedupKey, completedOn, provider, updatedAt',
    certifications: 'id, body, cycleEnd',
    certificates: 'id, activityId',
  });
  // Version 2: the credit summary the popup reads (lib/credit-summary.ts), built from the activities.
  db.version(2)
    .stores({ [SUMMARY_TABLE]: 'key' })
    .upgrade(async (tx) => {
      const activities = (await tx.table('activities').toArray()) as Activity[];
      await tx.table(SUMMARY_TABLE).put(summaryRecord(activities.map(creditRow)));
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

/** The last summary parsed for each database, with the text it was parsed from. */
const parsedSummaries = new WeakMap<CeTallyDb, { text: string; rows: readonly CreditRow[] }>();

/**
 * Every activity's date, CPR/AED mark, credits and search text, from the summary record (fast at any
 * size). Views that read an unchanged summary (the log and the certifications, both on the options
 * page) share one parse and one copy of the rows: with 100,000 activities a copy is some 35 MB,
 * and a second one doubled the pauses of the garbage collector. Read-only, then.
 */
export async function creditRows(db: CeTallyDb): Promise<readonly CreditRow[]> {
  const record = await db.creditSummary.get(SUMMARY_KEY);
  if (!record) return [];
  const cached = parsedSummaries.get(db);
  if (cached?.text === record.rows) return cached.rows;
  const rows = parseSummary(record);
  parsedSummaries.set(db, { text: record.rows, rows });
  return rows;
}
