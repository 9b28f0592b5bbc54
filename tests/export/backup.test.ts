// @vitest-environment node
// Node's own Blob: fake-indexeddb clones values with Node's structuredClone, which keeps only Node Blobs.
import { Dexie } from 'dexie';
import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { bytesToBase64 } from '../../lib/export/base64';
import {
  applyRestore,
  backupFileName,
  createBackup,
  previewRestore,
  readBackupFile,
  type Backup,
} from '../../lib/export/backup';
import { BODY_IDS } from '../../lib/model/bodies';
import { CERTIFICATE_TYPES } from '../../lib/store/certificate-files';
import type { CeTallyDb, CertificateFile } from '../../lib/store/db';
import { dedupKey } from '../../lib/model/dedup';
import { PROVIDER_IDS } from '../../lib/model/provider-ids';
import {
  activitySchema,
  CAPTURE_METHODS,
  certificationSchema,
  FORMATS,
  type Activity,
  type Certification,
} from '../../lib/model/schema';
import { creditHours } from '../../lib/model/units';
import { minimalPdf, TINY_PNG } from '../support/certificate-files';
import { activity, certification, dbSnapshot, summaryOf, testDb } from '../support/helpers';

const MAGIC: Record<(typeof CERTIFICATE_TYPES)[number], number[]> = {
  'application/pdf': [...'%PDF-1.7'].map((c) => c.charCodeAt(0)),
  'image/png': [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a],
  'image/jpeg': [0xff, 0xd8, 0xff, 0xe0],
  'image/gif': [...'GIF89a'].map((c) => c.charCodeAt(0)),
  'image/webp': [...'RIFF\0\0\0\0WEBP'].map((c) => c.charCodeAt(0)),
};

function fileRecord(
  activityId: string,
  bytes: Uint8Array<ArrayBuffer>,
  type: string,
  overrides: Partial<CertificateFile> = {},
): CertificateFile {
  return {
    id: crypto.randomUUID(),
    activityId,
    name: 'certificate.pdf',
    type,
    size: bytes.length,
    blob: new Blob([bytes], { type }),
    addedAt: 1_780_000_000_000,
    ...overrides,
  };
}

async function fill(
  db: CeTallyDb,
  data: { activities?: Activity[]; certifications?: Certification[]; files?: CertificateFile[] },
) {
  await db.activities.bulkAdd(data.activities ?? []);
  await db.certifications.bulkAdd(data.certifications ?? []);
  await db.certificates.bulkAdd(data.files ?? []);
}

async function wipe(db: CeTallyDb) {
  await Promise.all([db.activities.clear(), db.certifications.clear(), db.certificates.clear()]);
}

/** A backup made from the given data, as the text of its file (format 2, JSON Lines). */
async function backupOf(data: Parameters<typeof fill>[1]): Promise<string> {
  const source = testDb();
  await fill(source, data);
  return (await createBackup(source, new Date('2026-10-01T12:00:00Z'))).text();
}

/** The same backup in format 1, as CE Tally wrote it before format 2: one JSON object. */
function toV1(text: string): string {
  const [header, ...lines] = text
    .trimEnd()
    .split('\n')
    .map((line) => JSON.parse(line));
  const of = (kind: string) => lines.filter((l) => l.kind === kind).map((l) => l.record);
  return JSON.stringify({
    format: header.format,
    version: 1,
    createdAt: header.createdAt,
    activities: of('activity'),
    certifications: of('certification'),
    certificateFiles: of('file'),
  });
}

async function readText(text: string) {
  const reading = await readBackupFile(new Blob([text]));
  if (!reading.ok) throw new Error(reading.reason);
  return reading.backup;
}

async function restoreText(db: CeTallyDb, text: string) {
  return applyRestore(db, await readText(text));
}

// --- Arbitraries: schema-valid records (passed through the schema, so trimmed text is what is stored) ---

const isoDate = fc
  .date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2035-12-31T00:00:00Z'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));
const anyText = (maxLength: number) => fc.string({ unit: 'binary', maxLength });
const amount = fc.integer({ min: 1, max: 400 }).map((n) => n / 4);
const url = fc.constantFrom(
  'https://www.acefitness.org/myace/certificates/CEP251107/',
  'http://example.org/a?b=c#d',
  'https://xn--bcher-kva.example/ü',
);
const credit = fc
  .oneof(
    fc.record({
      kind: fc.constant('CEC' as const),
      amount,
      unit: fc.constantFrom('CEC', 'CEU', 'contact hour', 'PDU'),
      body: fc.constantFrom(...BODY_IDS),
    }),
    fc.record(
      { kind: fc.constant('CEU' as const), amount, unit: fc.constantFrom('CEU', 'hour') },
      { requiredKeys: ['kind', 'amount', 'unit'] },
    ),
  )
  .map((c) => ({ ...c, hours: creditHours(c) }));
const timestamp = fc.integer({ min: 0, max: 2_000_000_000_000 });
const activityArb = fc
  .record(
    {
      title: anyText(80),
      provider: fc.constantFrom(...PROVIDER_IDS),
      organizer: anyText(40),
      completedOn: isoDate,
      credits: fc.array(credit, { maxLength: 4 }),
      courseCode: fc.option(fc.stringMatching(/^(CEP|CA|PD)\d{5,6}$/), { nil: null }),
      format: fc.constantFrom(...FORMATS),
      sourceUrl: fc.option(url, { nil: null }),
      certificateUrl: fc.option(url, { nil: null }),
      notes: anyText(300),
      cprAed: fc.boolean(),
      capturedBy: fc.constantFrom(...CAPTURE_METHODS),
      createdAt: timestamp,
      updatedAt: timestamp,
    },
    {
      requiredKeys: [
        'title',
        'completedOn',
        'credits',
        'courseCode',
        'sourceUrl',
        'certificateUrl',
        'capturedBy',
        'createdAt',
        'updatedAt',
      ],
    },
  )
  .map((a) => activitySchema.safeParse({ ...a, id: 'placeholder', dedupKey: 'placeholder' }))
  .filter((r) => r.success)
  .map((r) => r.data!);
const fileArb = fc.record({
  type: fc.constantFrom(...CERTIFICATE_TYPES),
  rest: fc.uint8Array({ maxLength: 3000 }),
  name: anyText(40).filter((n) => n.length > 0),
  addedAt: timestamp,
});
const certificationArb = fc
  .record(
    {
      body: fc.constantFrom(...BODY_IDS, 'other' as const),
      name: anyText(40),
      cycleEnd: isoDate,
      cycleMonths: fc.integer({ min: 1, max: 240 }),
      requirement: amount,
      cprRequired: fc.boolean(),
      createdAt: timestamp,
      updatedAt: timestamp,
      unit: fc.constantFrom('CEU', 'hour'),
      hoursPerUnit: fc.constantFrom(1, 10, 50 / 60),
      cprExpires: isoDate,
      reminders: fc.boolean(),
    },
    {
      requiredKeys: ['body', 'name', 'cycleEnd', 'cycleMonths', 'requirement', 'cprRequired', 'createdAt', 'updatedAt'],
    },
  )
  .map((c) => certificationSchema.safeParse({ ...c, id: 'placeholder' }))
  .filter((r) => r.success)
  .map((r) => r.data!);

/** A whole log: activities with unique ids and dedup keys, some with a certificate file; certifications. */
const logArb = fc
  .record({
    activities: fc.array(fc.tuple(activityArb, fc.option(fileArb, { nil: undefined })), { maxLength: 12 }),
    certifications: fc.array(certificationArb, { maxLength: 4 }),
  })
  .map(({ activities, certifications }) => {
    const files: CertificateFile[] = [];
    const stored = activities.map(([content, file], index) => {
      const id = `activity-${index}`;
      let certificateFileId: string | undefined;
      if (file) {
        const bytes = new Uint8Array([...MAGIC[file.type], ...file.rest]);
        certificateFileId = `file-${index}`;
        files.push(fileRecord(id, bytes, file.type, { id: certificateFileId, name: file.name, addedAt: file.addedAt }));
      }
      return { ...content, id, ...(certificateFileId ? { certificateFileId } : {}), dedupKey: dedupKey(content) };
    });
    return {
      activities: stored,
      certifications: certifications.map((c, i) => ({ ...c, id: `certification-${i}` })),
      files,
    };
  })
  .filter(({ activities }) => new Set(activities.map((a) => a.dedupKey)).size === activities.length);

describe('backup and restore', () => {
  it('round-trips any log: back up, wipe, restore, and every record and file byte is the same', async () => {
    await fc.assert(
      fc.asyncProperty(logArb, async (log) => {
        const db = testDb();
        await fill(db, log);
        const before = await dbSnapshot(db);
        const text = await (await createBackup(db)).text();
        await wipe(db);
        expect((await dbSnapshot(db)).activities).toEqual([]);
        const plan = await restoreText(db, text);
        expect(plan.activities.added).toHaveLength(log.activities.length);
        expect(plan.files.added).toHaveLength(log.files.length);
        const after = await dbSnapshot(db);
        expect(after).toEqual(before);
        expect(after.summary).toEqual(summaryOf(after.activities));
        db.close();
      }),
      { numRuns: 40 },
    );
  });

  it('writes JSON Lines: a header, a line per record (the files in base64), and an end line with the counts', async () => {
    const a = activity();
    const pdf = minimalPdf();
    const text = await backupOf({
      activities: [{ ...a, certificateFileId: 'f1' }],
      certifications: [certification()],
      files: [fileRecord(a.id, pdf, 'application/pdf', { id: 'f1' })],
    });
    expect(text.endsWith('\n')).toBe(true);
    const lines = text
      .trimEnd()
      .split('\n')
      .map((line) => JSON.parse(line));
    expect(lines.map((l) => l.kind ?? 'header')).toEqual(['header', 'activity', 'certification', 'file', 'end']);
    expect(lines[0]).toEqual({ format: 'ce-tally-backup', version: 2, createdAt: '2026-10-01T12:00:00.000Z' });
    expect(lines[1].record.id).toBe(a.id);
    expect(lines[3].record).toEqual({
      id: 'f1',
      activityId: a.id,
      name: 'certificate.pdf',
      type: 'application/pdf',
      size: pdf.length,
      addedAt: 1_780_000_000_000,
      data: bytesToBase64(pdf),
    });
    expect(lines[4]).toEqual({ kind: 'end', counts: { activities: 1, certifications: 1, certificateFiles: 1 } });
    expect(backupFileName(new Date(2026, 9, 1, 23, 30))).toBe('ce-tally-backup-2026-10-01.jsonl');
  });

  it('still reads format 1 (one JSON object): every record and file byte comes back', async () => {
    const db = testDb();
    const a = activity();
    const pdf = minimalPdf();
    await fill(db, {
      activities: [{ ...a, certificateFileId: 'f1' }],
      certifications: [certification()],
      files: [fileRecord(a.id, pdf, 'application/pdf', { id: 'f1' })],
    });
    const before = await dbSnapshot(db);
    const v1 = toV1(await (await createBackup(db)).text());
    expect(JSON.parse(v1)).toMatchObject({ format: 'ce-tally-backup', version: 1 });
    await wipe(db);
    await restoreText(db, v1);
    expect(await dbSnapshot(db)).toEqual(before);
  });
});

describe('a broken or hostile backup is refused and writes nothing', () => {
  async function expectRefused(text: string, reason: RegExp) {
    const db = testDb();
    const kept = activity({ title: 'Already in the log', courseCode: 'CEP100001' });
    await fill(db, {
      activities: [{ ...kept, certificateFileId: 'kept-file' }],
      certifications: [certification()],
      files: [fileRecord(kept.id, TINY_PNG, 'image/png', { id: 'kept-file' })],
    });
    const before = await dbSnapshot(db);
    const reading = await readBackupFile(new Blob([text]));
    expect(reading.ok).toBe(false);
    if (!reading.ok) expect(reading.reason).toMatch(reason);
    expect(await dbSnapshot(db)).toEqual(before);
  }
  // These tests are of format 1 (one JSON object); format 2's have their own below.
  const goodBackup = async () =>
    toV1(
      await backupOf({
        activities: [activity({ title: 'From the backup', courseCode: 'CEP200002' })],
        certifications: [certification()],
      }),
    );
  // The tests break the JSON into shapes no type allows.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  const edited = async (edit: (json: Record<string, any>) => void) => {
    const json = JSON.parse(await goodBackup());
    edit(json);
    return JSON.stringify(json);
  };

  it('a truncated file', async () => {
    const text = await goodBackup();
    await expectRefused(text.slice(0, Math.floor(text.length / 2)), /not complete JSON/);
  });

  it('a backup from a newer version, and an unknown version', async () => {
    await expectRefused(
      await edited((j) => {
        j.version = 3;
      }),
      /newer CE Tally \(backup format 3; this version reads formats 1 to 2\)/,
    );
    await expectRefused(
      await edited((j) => {
        j.version = 2;
      }),
      /format 2\) is damaged: its header line is missing/,
    );
    await expectRefused(
      await edited((j) => {
        j.version = 0;
      }),
      /format 0 is unknown/,
    );
  });

  it('a file that is not a CE Tally backup', async () => {
    await expectRefused('activity_id,completed_on,title\r\n', /not complete JSON/);
    await expectRefused('{"activities": []}', /not a CE Tally backup/);
    await expectRefused('[1, 2, 3]', /not a CE Tally backup/);
  });

  it('a field of the wrong type, and where it is', async () => {
    await expectRefused(
      await edited((j) => {
        j.activities[0].credits[0].amount = '0.2';
      }),
      /activity 1, credits\.0\.amount: .*expected number/,
    );
    await expectRefused(
      await edited((j) => {
        j.certifications = 'none';
      }),
      /certifications: .*expected array/,
    );
  });

  it('a 50 MB string, without echoing it', async () => {
    const huge = 'A'.repeat(50 * 1024 * 1024);
    const text = await edited((j) => {
      j.activities[0].title = huge;
    });
    const reading = await readBackupFile(new Blob([text]));
    expect(reading.ok).toBe(false);
    if (!reading.ok) {
      expect(reading.reason).toMatch(/activity 1, title: Too big/);
      expect(reading.reason.length).toBeLessThan(500);
    }
    await expectRefused(text, /activity 1, title/);
  });

  it('a javascript: or data: link', async () => {
    await expectRefused(
      await edited((j) => {
        j.activities[0].sourceUrl = 'javascript:alert(document.cookie)';
      }),
      /activity 1, sourceUrl/,
    );
    await expectRefused(
      await edited((j) => {
        j.activities[0].certificateUrl = 'data:text/html,<script>alert(1)</script>';
      }),
      /activity 1, certificateUrl/,
    );
  });

  it('a certificate file whose bytes are not what its type says, or whose size lies', async () => {
    const a = activity({ certificateFileId: 'f1' });
    const html = new TextEncoder().encode('<html><script>alert(1)</script></html>');
    const base = { id: 'f1', activityId: a.id, name: 'certificate.pdf', type: 'application/pdf', addedAt: 1 };
    const withFile = (file: object) =>
      edited((j) => {
        j.activities = [a];
        j.certificateFiles = [file];
      });
    await expectRefused(
      await withFile({ ...base, size: html.length, data: bytesToBase64(html) }),
      /certificate file 1, data: is not a application\/pdf file/,
    );
    const pdf = minimalPdf();
    await expectRefused(
      await withFile({ ...base, size: pdf.length + 1, data: bytesToBase64(pdf) }),
      /certificate file 1, data: holds \d+ bytes/,
    );
    await expectRefused(
      await withFile({ ...base, type: 'image/svg+xml', size: pdf.length, data: bytesToBase64(pdf) }),
      /certificate file 1, type/,
    );
    await expectRefused(
      await withFile({ ...base, size: pdf.length, data: 'not base64!' }),
      /certificate file 1, data: is not base64 text/,
    );
  });

  it('broken references and duplicates inside the file', async () => {
    const a = activity();
    await expectRefused(
      await edited((j) => {
        j.activities = [a, { ...a, id: 'other-id' }];
      }),
      /activity 2, dedupKey: the same completion/,
    );
    await expectRefused(
      await edited((j) => {
        j.activities = [a, { ...activity({ courseCode: 'CEP999999' }), id: a.id }];
      }),
      /activity 2, id: the same id/,
    );
    await expectRefused(
      await edited((j) => {
        j.activities = [{ ...a, certificateFileId: 'missing' }];
      }),
      /activity 1, certificateFileId: names no certificate file/,
    );
    const pdf = minimalPdf();
    await expectRefused(
      await edited((j) => {
        j.certificateFiles = [
          {
            id: 'f',
            activityId: 'nobody',
            name: 'x.pdf',
            type: 'application/pdf',
            size: pdf.length,
            addedAt: 1,
            data: bytesToBase64(pdf),
          },
        ];
      }),
      /certificate file 1, activityId: names no activity/,
    );
  });

  it('a file larger than the limit is refused before it is read', async () => {
    const reading = await readBackupFile(new Blob([await goodBackup()]), 100);
    expect(reading).toEqual({ ok: false, reason: expect.stringMatching(/a CE Tally backup can be at most 100 bytes/) });
  });

  it('a restore that fails while writing leaves the database exactly as it was', async () => {
    const db = testDb();
    const kept = activity({ title: 'Already in the log', courseCode: 'CEP100001' });
    await fill(db, { activities: [kept] });
    const before = await dbSnapshot(db);
    const backup = await readText(
      await backupOf({ activities: [activity({ courseCode: 'CEP300003' })], certifications: [certification()] }),
    );
    // The disk fills up on the last write of the transaction (no files: the certifications').
    vi.spyOn(db.certifications, 'bulkPut').mockRejectedValue(new DOMException('quota', 'QuotaExceededError'));
    await expect(applyRestore(db, backup)).rejects.toThrow();
    expect(await dbSnapshot(db)).toEqual(before);
  });
});

describe('a restore is all or nothing', () => {
  it('a full disk in the middle of the activities (their third write) leaves the log and its summary as they were', async () => {
    const db = testDb();
    await fill(db, { activities: [activity({ title: 'Already in the log', courseCode: 'CEP100001' })] });
    const before = await dbSnapshot(db);
    const many = Array.from({ length: 700 }, (_, i) =>
      activity({ title: `Course ${i}`, courseCode: `CEP${String(200000 + i)}` }),
    );
    const backup = await readText(await backupOf({ activities: many }));
    const bulkPut = db.activities.bulkPut.bind(db.activities);
    let writes = 0;
    vi.spyOn(db.activities, 'bulkPut').mockImplementation((...args: Parameters<typeof bulkPut>) => {
      writes++;
      return writes === 3 ? Dexie.Promise.reject(new DOMException('quota', 'QuotaExceededError')) : bulkPut(...args);
    });
    await expect(applyRestore(db, backup)).rejects.toThrow('quota');
    expect(writes).toBe(3);
    vi.restoreAllMocks();
    expect(await dbSnapshot(db)).toEqual(before);
    // Restored again with room: every activity is there, and the summary has each of them once.
    await applyRestore(db, backup);
    const after = await dbSnapshot(db);
    expect(after.activities).toHaveLength(701);
    expect(after.summary).toEqual(summaryOf(after.activities));
  });
});

describe('a restore planned in slices, the page given its turn between them', () => {
  it('keeps its one transaction across every pause: restored whole, or on a full disk not at all', async () => {
    const db = testDb();
    await fill(db, { activities: [activity({ title: 'Already in the log', courseCode: 'CEP100001' })] });
    const before = await dbSnapshot(db);
    const many = Array.from({ length: 300 }, (_, i) =>
      activity({ title: `Course ${i}`, courseCode: `CEP${String(400000 + i)}` }),
    );
    const backup = await readText(await backupOf({ activities: many }));
    // Every slice over its time: the plan pauses at each step, with a read of its own inside the transaction.
    let clock = 0;
    vi.spyOn(performance, 'now').mockImplementation(() => (clock += 100));
    const reads = vi.spyOn(db.certifications, 'get');
    const bulkPut = db.activities.bulkPut.bind(db.activities);
    vi.spyOn(db.activities, 'bulkPut').mockImplementationOnce(() =>
      Dexie.Promise.reject(new DOMException('quota', 'QuotaExceededError')),
    );
    await expect(applyRestore(db, backup)).rejects.toThrow('quota');
    expect(reads.mock.calls.length).toBeGreaterThan(300);
    expect(await dbSnapshot(db)).toEqual(before);
    vi.mocked(db.activities.bulkPut).mockImplementation(bulkPut);
    await applyRestore(db, backup);
    const after = await dbSnapshot(db);
    expect(after.activities).toHaveLength(301);
    expect(after.summary).toEqual(summaryOf(after.activities));
    vi.restoreAllMocks();
  });
});

describe('a broken or hostile backup of format 2 (JSON Lines) is refused and writes nothing', () => {
  async function expectRefused(text: string, reason: RegExp) {
    const db = testDb();
    const kept = activity({ title: 'Already in the log', courseCode: 'CEP100001' });
    await fill(db, { activities: [kept], certifications: [certification()] });
    const before = await dbSnapshot(db);
    const reading = await readBackupFile(new Blob([text]));
    expect(reading.ok).toBe(false);
    if (!reading.ok) {
      expect(reading.reason).toMatch(reason);
      expect(reading.reason.length).toBeLessThan(500);
    }
    expect(await dbSnapshot(db)).toEqual(before);
  }
  const a = activity({ title: 'From the backup', courseCode: 'CEP200002', certificateFileId: 'f1' });
  const pdf = minimalPdf();
  const good = () =>
    backupOf({
      activities: [a, activity({ title: 'Second', courseCode: 'CEP200003' })],
      certifications: [certification()],
      files: [fileRecord(a.id, pdf, 'application/pdf', { id: 'f1' })],
    });
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  const lines = async (edit: (lines: any[]) => void) => {
    const parsed = (await good())
      .trimEnd()
      .split('\n')
      .map((line) => JSON.parse(line));
    edit(parsed);
    return `${parsed.map((line) => JSON.stringify(line)).join('\n')}\n`;
  };

  it('reads the good file (the cases below each break it one way)', async () => {
    const backup = await readText(await good());
    expect(backup.activities).toHaveLength(2);
    expect(backup.certificateFiles[0].data).toEqual(pdf);
  });

  it('a file cut short: in a line, or between lines before the end line', async () => {
    const text = await good();
    await expectRefused(text.slice(0, Math.floor(text.length / 2)), /line \d+ is not complete JSON/);
    const cut = text.trimEnd().split('\n').slice(0, -1).join('\n');
    await expectRefused(cut, /cut short: its end line is missing/);
  });

  it('an end line whose counts are not what the file holds (a line removed)', async () => {
    await expectRefused(
      await lines((l) => l.splice(2, 1)),
      /end line counts 2 activities, 1 certifications and 1 certificate files, but it holds 1, 1 and 1/,
    );
  });

  it('a corrupt line, a line that is no record, and a line after the end', async () => {
    const text = await good();
    const parts = text.split('\n');
    parts[2] = parts[2].slice(0, 20) + '\u0000garbage';
    await expectRefused(parts.join('\n'), /line 3 is not complete JSON/);
    await expectRefused(
      await lines((l) => l.splice(1, 0, { kind: 'script', record: {} })),
      /line 2 is no record of a backup/,
    );
    await expectRefused(`${await good()}{"kind":"activity","record":{}}\n`, /line 7 comes after the end line/);
  });

  it('a field of the wrong type, and where it is; a header of another version', async () => {
    await expectRefused(
      await lines((l) => {
        l[2].record.credits = [{ ...l[2].record.credits[0], amount: '0.2' }];
      }),
      /activity 2, credits\.0\.amount: .*expected number/,
    );
    await expectRefused(
      await lines((l) => {
        l[0].version = 3;
      }),
      /newer CE Tally \(backup format 3/,
    );
    await expectRefused(
      await lines((l) => {
        l[0].createdAt = 12;
      }),
      /header\.createdAt: .*expected string/,
    );
  });

  it('a 50 MB string, without echoing it, and a line longer than any record', async () => {
    const huge = 'A'.repeat(50 * 1024 * 1024);
    await expectRefused(
      await lines((l) => {
        l[1].record.title = huge;
      }),
      /line 2 is longer than any record of a backup/,
    );
    await expectRefused(
      await lines((l) => {
        l[1].record.title = 'A'.repeat(100_000);
      }),
      /activity 1, title: Too big/,
    );
  });

  it('a certificate file that lies about its bytes, and references that break', async () => {
    await expectRefused(
      await lines((l) => {
        l[4].record.size += 1;
      }),
      /certificate file 1, data: holds \d+ bytes/,
    );
    await expectRefused(
      await lines((l) => {
        l[4].record.activityId = 'nobody';
      }),
      /certificate file 1, activityId: names no activity/,
    );
    await expectRefused(
      await lines((l) => {
        l[2].record = { ...l[1].record, id: 'other-id' };
      }),
      /activity 2, dedupKey: the same completion/,
    );
  });
});

describe('restoring into a log that already has entries merges by dedup key', () => {
  const older = 1_780_000_000_000;
  const newer = older + 60_000;

  async function restoreInto(existing: Parameters<typeof fill>[1], backup: Parameters<typeof fill>[1]) {
    const db = testDb();
    await fill(db, existing);
    const parsed = await readText(await backupOf(backup));
    const preview = await previewRestore(db, parsed);
    const plan = await applyRestore(db, parsed);
    const after = await dbSnapshot(db);
    // The credit summary (written once, after the activities) holds every activity as it now is.
    expect(after.summary).toEqual(summaryOf(after.activities));
    return { db, preview, plan, after };
  }

  it('the newer version wins whole, keeping the log id and the first creation time', async () => {
    const inLog = activity({ id: 'log-id', notes: 'old note', createdAt: older - 1000, updatedAt: older });
    const inBackup = activity({
      id: 'backup-id',
      notes: 'corrected',
      credits: [{ kind: 'CEC', amount: 0.3, unit: 'CEC', body: 'ace', hours: 3 }],
      createdAt: older,
      updatedAt: newer,
    });
    const { plan, preview, after } = await restoreInto({ activities: [inLog] }, { activities: [inBackup] });
    expect(preview.activities.merged).toHaveLength(1);
    expect(plan.activities).toMatchObject({ added: [], skipped: [] });
    expect(after.activities).toEqual([{ ...inBackup, id: 'log-id', createdAt: older - 1000 }]);
  });

  it('an older or identical entry is skipped and the log keeps its own', async () => {
    const inLog = activity({ id: 'log-id', notes: 'edited since', updatedAt: newer });
    const stale = activity({ id: 'log-id', notes: 'before the edit', updatedAt: older });
    const first = await restoreInto({ activities: [inLog] }, { activities: [stale] });
    expect(first.plan.activities.skipped).toEqual([stale]);
    expect(first.after.activities).toEqual([inLog]);
    const second = await restoreInto({ activities: [inLog] }, { activities: [inLog] });
    expect(second.plan.activities.skipped).toHaveLength(1);
    expect(second.after.activities).toEqual([inLog]);
    // A tie on updatedAt keeps the log's version.
    const tie = await restoreInto(
      { activities: [inLog] },
      { activities: [{ ...inLog, notes: 'same time, other text' }] },
    );
    expect(tie.after.activities).toEqual([inLog]);
  });

  it('an entry edited since the backup (other dedup key, same id) is the same entry, not a duplicate', async () => {
    const inLog = activity({ id: 'same-id', courseCode: null, title: 'Corrected title', updatedAt: newer });
    const inBackup = activity({ id: 'same-id', courseCode: null, title: 'Misread title', updatedAt: older });
    const { plan, after } = await restoreInto({ activities: [inLog] }, { activities: [inBackup] });
    expect(plan.activities.skipped).toHaveLength(1);
    expect(after.activities).toEqual([inLog]);
  });

  it('adds what is new, with a fresh id when its id belongs to an entry already matched by dedup key', async () => {
    const inLog = activity({ id: 'taken', courseCode: 'CEP100001' });
    const sameCompletion = { ...inLog, id: 'elsewhere' };
    const otherWithTakenId = activity({ id: 'taken', courseCode: 'CEP200002', title: 'Another course' });
    const { plan, after } = await restoreInto(
      { activities: [inLog] },
      { activities: [sameCompletion, otherWithTakenId] },
    );
    expect(plan.activities.skipped).toEqual([sameCompletion]);
    expect(plan.activities.added).toEqual([{ ...otherWithTakenId, id: expect.not.stringMatching(/^taken$/) }]);
    expect(after.activities).toHaveLength(2);
    expect(after.activities.find((a) => a.id === 'taken')).toEqual(inLog);
  });

  it('never replaces a certificate file: the backup file is added only where the log has none', async () => {
    const withFile = activity({ id: 'a1', courseCode: 'CEP100001', certificateFileId: 'log-file' });
    const withoutFile = activity({ id: 'a2', courseCode: 'CEP200002', title: 'Second' });
    const logFile = fileRecord('a1', TINY_PNG, 'image/png', { id: 'log-file', name: 'mine.png' });
    const pdf = minimalPdf();
    const backupA1 = { ...withFile, certificateFileId: 'backup-file-1', updatedAt: withFile.updatedAt + 1 };
    const backupA2 = { ...withoutFile, certificateFileId: 'backup-file-2' };
    const { plan, after } = await restoreInto(
      { activities: [withFile, withoutFile], files: [logFile] },
      {
        activities: [backupA1, backupA2],
        files: [
          fileRecord('a1', pdf, 'application/pdf', { id: 'backup-file-1', name: 'theirs.pdf' }),
          fileRecord('a2', pdf, 'application/pdf', { id: 'backup-file-2' }),
        ],
      },
    );
    expect(plan.files.skipped).toEqual([
      {
        file: expect.objectContaining({ name: 'theirs.pdf' }),
        reason: expect.stringMatching(/has its own certificate file/),
      },
    ]);
    expect(plan.files.added.map((f) => f.id)).toEqual(['backup-file-2']);
    expect(after.activities.find((a) => a.id === 'a1')?.certificateFileId).toBe('log-file');
    expect(after.activities.find((a) => a.id === 'a2')?.certificateFileId).toBe('backup-file-2');
    expect(after.certificates.map((f) => [f.id, f.activityId, f.bytes.length])).toEqual([
      ['backup-file-2', 'a2', pdf.length],
      ['log-file', 'a1', TINY_PNG.length],
    ]);
    expect(plan.activities.merged.map((m) => m.existing.id).sort()).toEqual(['a1', 'a2']);
  });

  it('certifications merge by body and name', async () => {
    const inLog = certification({ id: 'c-log', requirement: 2, updatedAt: older });
    const inBackup = certification({
      id: 'c-backup',
      name: ' ace personal trainer ',
      requirement: 2.5,
      updatedAt: newer,
    });
    const { plan, after } = await restoreInto({ certifications: [inLog] }, { certifications: [inBackup] });
    expect(plan.certifications.merged).toHaveLength(1);
    expect(after.certifications).toEqual([{ ...inBackup, name: 'ace personal trainer', id: 'c-log' }]);
  });

  it('recomputes a stale dedup key from the content', async () => {
    const a = activity();
    const text = await backupOf({ activities: [a] });
    const v1 = JSON.parse(toV1(text)) as Backup;
    v1.activities[0].dedupKey = 'stale';
    const v2 = text.replace(`"dedupKey":${JSON.stringify(a.dedupKey)}`, '"dedupKey":"stale"');
    expect(v2).not.toBe(text);
    for (const stale of [JSON.stringify(v1), v2]) {
      const db = testDb();
      await restoreText(db, stale);
      expect((await db.activities.toArray())[0].dedupKey).toBe(a.dedupKey);
    }
  });
});
