import { Dexie, type EntityTable } from 'dexie';
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
  return db;
}

let shared: CeTallyDb | undefined;

/** The extension's one database (background, popup, options). Dexie reopens it after the worker wakes. */
export function getDb(): CeTallyDb {
  shared ??= openDb();
  return shared;
}
