import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { openDb, type CeTallyDb } from '../lib/db';
import type { ActivityDraft } from '../lib/schema';

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

export const FIXTURES = join(import.meta.dirname, 'fixtures', 'providers');

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
  /** The detect CLI's output for this page. */
  expected: { detected: false } | { detected: true; provider: string; activity: Record<string, unknown> };
}

/** Every fixture page: tests/fixtures/providers/<id>/<name>.html beside <name>.json ({ url, expected }). */
export function providerFixtures(): ProviderFixture[] {
  return readdirSync(FIXTURES).flatMap((provider) =>
    readdirSync(join(FIXTURES, provider))
      .filter((file) => file.endsWith('.html'))
      .map((file) => {
        const name = file.slice(0, -'.html'.length);
        const meta = JSON.parse(readFileSync(join(FIXTURES, provider, `${name}.json`), 'utf8'));
        return { provider, name, html: readFileSync(join(FIXTURES, provider, file), 'utf8'), url: meta.url, rendersByScript: meta.rendersByScript === true, expected: meta.expected };
      }),
  );
}
