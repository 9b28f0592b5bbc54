import { Dexie, type EntityTable } from 'dexie';
import {
  creditRow,
  creditSummaryMiddleware,
  SUMMARY_TABLE,
  summaryRecords,
  type SummaryTableRecord,
} from './credit-summary';
import type { Activity, Certification } from '../model/schema';
import { requirementRules } from '../model/requirement-defaults';

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
  creditSummary: EntityTable<SummaryTableRecord, 'key'>;
};

export const DB_NAME = 'ce-tally';

/**
 * Opens the database. Every schema change is a new `version()` with an upgrade and a test
 * that opens a database written by the previous version (tests/store/db-upgrade.test.ts).
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
  // Version 4: requirement rules (categories, caps, grace). Each certification gets its body's defaults
  // written in, so that a later release's defaults never change what a user's certification counts
  // unasked; credits keep no category (they count toward the total only until the user assigns one).
  db.version(4)
    .stores({})
    .upgrade(async (tx) => {
      await tx
        .table('certifications')
        .toCollection()
        .modify((certification: Certification) => {
          certification.rules ??= structuredClone(requirementRules(certification));
        });
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
