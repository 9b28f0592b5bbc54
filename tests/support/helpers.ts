import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { creditRow, isBucket, parseSummary, summaryRecords, type CreditRow } from '../../lib/store/credit-summary';
import { openDb, type CeTallyDb } from '../../lib/store/db';
import { dedupKey } from '../../lib/model/dedup';
import type { Activity, ActivityDraft, Certification } from '../../lib/model/schema';

/** A database of its own for each test: a fresh fake IndexedDB factory. */
export function testDb(): CeTallyDb {
  return openDb({ name: `test-${crypto.randomUUID()}`, indexedDB: new IDBFactory(), IDBKeyRange });
}

export function draft(overrides: Partial<ActivityDraft> = {}): ActivityDraft {
  return {
    title: 'Functional Training for Older Adults',
    provider: 'ace',
    completedOn: '2026-09-14',
    courseCode: 'CEP251107',
    credits: [{ kind: 'CEC', amount: 0.2, unit: 'CEC', body: 'ace', hours: 2 }],
    sourceUrl: 'https://www.acefitness.org/myace/certificates/CEP251107/',
    certificateUrl: null,
    ...overrides,
  };
}

/** A stored activity (the draft's content), its dedup key matching its content. */
export function activity(overrides: Partial<Activity> = {}): Activity {
  const content = { ...draft(), ...overrides };
  return {
    id: crypto.randomUUID(),
    capturedBy: 'detected',
    createdAt: 1_780_000_000_000,
    updatedAt: 1_780_000_000_000,
    ...content,
    dedupKey: dedupKey(content),
  };
}

export function certification(overrides: Partial<Certification> = {}): Certification {
  return {
    id: crypto.randomUUID(),
    body: 'ace',
    name: 'ACE Personal Trainer',
    cycleEnd: '2027-06-30',
    cycleMonths: 24,
    requirement: 2,
    cprRequired: true,
    createdAt: 1_780_000_000_000,
    updatedAt: 1_780_000_000_000,
    ...overrides,
  };
}

export const FIXTURES = join(import.meta.dirname, '../fixtures/providers');

export interface ProviderFixture {
  provider: string;
  name: string;
  html: string;
  url: string;
  /**
   * The page is an app shell whose script renders the certificate: read statically (the detect CLI) it
   * shows nothing; in the browser it is a completion (tests/e2e/providers-spa.e2e.test.ts).
   */
  rendersByScript: boolean;
  /** What detection says beyond the CLI's output: the page's length of a text it had to shorten. */
  shortened?: { title: number };
  /** Beyond the CLI's output too: the categories the page states for each credit, in the credits' order ([] for none). */
  categories?: Array<Array<{ id: string; amount: number }>>;
  /** The shares the page states for part of each credit, proposed to the user ([] for none). */
  statedShares?: Array<Array<{ id: string; amount: number }>>;
  /** The detect CLI's output for this page. */
  expected: { detected: false } | { detected: true; provider: string; activity: Record<string, unknown> };
}

/** Every fixture page: tests/fixtures/providers/<id>/<name>.html beside <name>.json ({ url, shortened?, categories?, statedShares?, expected }). */
export function providerFixtures(): ProviderFixture[] {
  return readdirSync(FIXTURES).flatMap((provider) =>
    readdirSync(join(FIXTURES, provider))
      .filter((file) => file.endsWith('.html'))
      .map((file) => {
        const name = file.slice(0, -'.html'.length);
        const meta = JSON.parse(readFileSync(join(FIXTURES, provider, `${name}.json`), 'utf8'));
        return {
          provider,
          name,
          html: readFileSync(join(FIXTURES, provider, file), 'utf8'),
          url: meta.url,
          rendersByScript: meta.rendersByScript === true,
          shortened: meta.shortened,
          categories: meta.categories,
          statedShares: meta.statedShares,
          expected: meta.expected,
        };
      }),
  );
}

/** Everything in a database, in a stable order, with certificate files as bytes: for deep-equal checks. */
export async function dbSnapshot(db: CeTallyDb) {
  const byId = <T extends { id: string }>(rows: T[]) => rows.sort((a, b) => (a.id < b.id ? -1 : 1));
  const files = await Promise.all(
    (await db.certificates.toArray()).map(async ({ blob, ...meta }) => ({
      ...meta,
      blobType: blob.type,
      bytes: new Uint8Array(await blob.arrayBuffer()),
    })),
  );
  return {
    activities: byId(await db.activities.toArray()),
    certifications: byId(await db.certifications.toArray()),
    certificates: byId(files),
    summary: Object.fromEntries(
      (await db.creditSummary.toArray()).filter(isBucket).map((record) => [record.key, byId(parseSummary(record))]),
    ),
  };
}

/** The credit summary these activities must have, as dbSnapshot shows it: each bucket's rows by id. */
export function summaryOf(activities: Activity[]): Record<string, CreditRow[]> {
  return Object.fromEntries(
    summaryRecords(activities.map(creditRow)).map((record) => [
      record.key,
      parseSummary(record).sort((a, b) => (a.id < b.id ? -1 : 1)),
    ]),
  );
}
