// @vitest-environment node
// (Node’s Blob survives fake-indexeddb’s structured clone; happy-dom’s does not.)
import { Dexie } from 'dexie';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { creditRow, summaryKey, summaryRecords } from '../../lib/store/credit-summary';
import { openDb } from '../../lib/store/db';
import { creditRows } from '../../lib/store/credit-rows';
import { activitySchema, certificationSchema } from '../../lib/model/schema';
import { DEFAULT_RULES, NO_RULES } from '../../lib/model/requirement-defaults';

/**
 * Every release's database must open in the next one with every record intact. This file keeps each
 * released schema frozen as it shipped; a new Dexie version adds its own case here (see README, Contributing).
 */
const RELEASED_SCHEMAS: Record<number, Record<string, string>> = {
  1: {
    activities: 'id, &dedupKey, completedOn, provider, updatedAt',
    certifications: 'id, body, cycleEnd',
    certificates: 'id, activityId',
  },
};

/** Records exactly as version 1 wrote them. */
const V1_ACTIVITIES = [
  {
    id: 'a1',
    title: 'Functional Training for Older Adults',
    provider: 'ace',
    completedOn: '2026-09-14',
    courseCode: 'CEP251107',
    credits: [{ kind: 'CEC', amount: 0.2, unit: 'CEC', body: 'ace', hours: 2 }],
    format: 'online',
    sourceUrl: 'https://www.acefitness.org/myace/certificates/CEP251107/',
    certificateUrl: null,
    capturedBy: 'detected',
    createdAt: 1790000000000,
    updatedAt: 1790000000000,
    dedupKey: 'ace|code:CEP251107|2026-09-14',
  },
  {
    id: 'a2',
    title: 'Aqua Fit Workshop',
    organizer: 'City Rec Center',
    completedOn: '2025-03-01',
    courseCode: null,
    credits: [{ kind: 'CEU', amount: 0.6, unit: 'CEU', hours: 6 }],
    format: 'workshop',
    sourceUrl: null,
    certificateUrl: null,
    notes: 'Hands-on, pool deck',
    cprAed: false,
    capturedBy: 'manual',
    certificateFileId: 'f1',
    createdAt: 1740000000000,
    updatedAt: 1741000000000,
    dedupKey: 'city rec center|title:aqua fit workshop|2025-03-01',
  },
];
const V1_CERTIFICATIONS = [
  {
    id: 'c1',
    body: 'nasm',
    name: 'NASM-CPT',
    cycleEnd: '2027-06-30',
    cycleMonths: 24,
    requirement: 2,
    cprRequired: true,
    createdAt: 1,
    updatedAt: 1,
  },
];

describe('database upgrades', () => {
  it.each(Object.keys(RELEASED_SCHEMAS).map(Number))(
    'opens a database written by version %i with every record intact',
    async (version) => {
      const indexedDB = new IDBFactory();
      const old = new Dexie('ce-tally', { indexedDB, IDBKeyRange });
      for (let v = 1; v <= version; v++) old.version(v).stores(RELEASED_SCHEMAS[v]);
      await old.open();
      await old.table('activities').bulkAdd(V1_ACTIVITIES);
      await old.table('certifications').bulkAdd(V1_CERTIFICATIONS);
      await old.table('certificates').add({
        id: 'f1',
        activityId: 'a2',
        name: 'cert.pdf',
        type: 'application/pdf',
        size: 5,
        blob: new Blob(['%PDF-']),
        addedAt: 2,
      });
      old.close();

      const current = openDb({ indexedDB, IDBKeyRange });
      await current.open();
      expect(current.verno).toBeGreaterThanOrEqual(version);
      const activities = await current.activities.orderBy('id').toArray();
      expect(activities).toEqual(V1_ACTIVITIES.map((a) => expect.objectContaining(a)));
      for (const activity of activities) expect(activitySchema.safeParse(activity).success).toBe(true);
      // Version 4 writes each certification's body rules in, and changes nothing else.
      expect(await current.certifications.toArray()).toEqual(
        V1_CERTIFICATIONS.map((c) => ({ ...c, rules: DEFAULT_RULES.nasm })),
      );
      for (const certification of await current.certifications.toArray())
        expect(certificationSchema.safeParse(certification).success).toBe(true);
      const file = await current.certificates.get('f1');
      expect(await file?.blob.text()).toBe('%PDF-');
      // Version 3 builds the popup's credit summary from the activities it finds.
      expect(await creditRows(current)).toEqual(JSON.parse(JSON.stringify(activities.map(creditRow))));
      // The unique dedup index still refuses a duplicate after the upgrade.
      await expect(current.activities.add({ ...activities[0], id: 'a3' })).rejects.toThrow();
      current.close();
    },
  );

  it("replaces version 2's one summary record with the buckets, rebuilt from the activities", async () => {
    const indexedDB = new IDBFactory();
    const old = new Dexie('ce-tally', { indexedDB, IDBKeyRange });
    old.version(1).stores(RELEASED_SCHEMAS[1]);
    old.version(2).stores({ creditSummary: 'key' });
    await old.open();
    await old.table('activities').bulkAdd(V1_ACTIVITIES);
    // As version 2 kept it, out of date here (a2 missing), which the rebuild must not carry over.
    await old.table('creditSummary').put({
      key: 'activities',
      rows: JSON.stringify(V1_ACTIVITIES.slice(0, 1).map((a) => creditRow(activitySchema.parse(a)))),
    });
    old.close();

    const current = openDb({ indexedDB, IDBKeyRange });
    await current.open();
    expect(current.verno).toBe(4);
    const activities = await current.activities.orderBy('id').toArray();
    expect(activities).toEqual(V1_ACTIVITIES.map((a) => expect.objectContaining(a)));
    const byId = (a: { id: string }, b: { id: string }) => a.id.localeCompare(b.id);
    expect([...(await creditRows(current))].sort(byId)).toEqual(JSON.parse(JSON.stringify(activities.map(creditRow))));
    expect((await current.creditSummary.toCollection().primaryKeys()).sort()).toEqual(
      [...new Set(activities.map((a) => summaryKey(a.id)))].sort(),
    );
    current.close();
  });

  it('gives version 3 certifications their body rules and leaves every activity as it was, no credit in a category', async () => {
    const indexedDB = new IDBFactory();
    const old = new Dexie('ce-tally', { indexedDB, IDBKeyRange });
    old.version(1).stores(RELEASED_SCHEMAS[1]);
    old.version(2).stores({ creditSummary: 'key' });
    old.version(3).stores({});
    await old.open();
    await old.table('activities').bulkAdd(V1_ACTIVITIES);
    const summary = summaryRecords(V1_ACTIVITIES.map((a) => creditRow(activitySchema.parse(a))));
    await old.table('creditSummary').bulkAdd(summary);
    const certifications = [
      ...V1_CERTIFICATIONS,
      { ...V1_CERTIFICATIONS[0], id: 'c2', body: 'nsca', name: 'NSCA-CSCS', cycleEnd: '2027-12-31', requirement: 6 },
      { ...V1_CERTIFICATIONS[0], id: 'c3', body: 'ncbtmb', name: 'NCBTMB', requirement: 24 },
      { ...V1_CERTIFICATIONS[0], id: 'c4', body: 'other', name: 'State license', unit: 'CE credit', hoursPerUnit: 1 },
      { ...V1_CERTIFICATIONS[0], id: 'c5', body: 'ancc', name: 'RN-BC', requirement: 75 },
    ];
    await old.table('certifications').bulkAdd(certifications);
    old.close();

    const current = openDb({ indexedDB, IDBKeyRange });
    await current.open();
    expect(current.verno).toBe(4);
    expect(await current.activities.orderBy('id').toArray()).toEqual(V1_ACTIVITIES);
    for (const activity of await current.activities.toArray())
      for (const credit of activity.credits) expect(credit.categories).toBeUndefined();
    expect(await current.creditSummary.orderBy('key').toArray()).toEqual(
      summary.sort((a, b) => a.key.localeCompare(b.key)),
    );
    const upgraded = await current.certifications.orderBy('id').toArray();
    expect(upgraded.map((c) => c.rules)).toEqual([
      DEFAULT_RULES.nasm,
      DEFAULT_RULES.nsca,
      DEFAULT_RULES.ncbtmb,
      NO_RULES,
      NO_RULES,
    ]);
    expect(upgraded.map(({ rules: _rules, ...rest }) => rest)).toEqual(certifications);
    for (const certification of upgraded) expect(certificationSchema.safeParse(certification).success).toBe(true);
    current.close();
  });
});
