import Dexie from 'dexie';
import { z } from 'zod';
import { base64ToBytes, bytesToBase64 } from './base64';
import {
  CERTIFICATE_TYPES,
  MAX_CERTIFICATE_BYTES,
  formatFileSize,
  sniffCertificateType,
  type CertificateType,
} from '../store/certificate-files';
import { gatheringSummary } from '../store/credit-summary';
import { everyActivity } from '../store/activities';
import type { CeTallyDb, CertificateFile } from '../store/db';
import { dedupKey, foldText } from '../model/dedup';
import { todayIso } from '../model/calendar';
import { activitySchema, certificationSchema, type Activity, type Certification } from '../model/schema';

/**
 * The backup file, format 2: JSON Lines. A header line (format, version, creation time), one line per
 * record (`{"kind":"activity","record":{...}}`, then "certification", then "file" with its bytes in base64),
 * and an end line with the counts, so a file cut short or edited is known as such. Written and read a
 * line at a time, giving the page its turn between slices: a backup of years with its certificates is
 * never one long task (one JSON text of 32 MB was one JSON.stringify of 2.6 s, and one JSON.parse).
 * Format 1, one JSON object with the same records, is still read. Restoring checks the whole file before
 * anything is written, then writes in one transaction.
 */
import { timeSlices } from './yield';

export const BACKUP_FORMAT = 'ce-tally-backup';
export const BACKUP_VERSION = 2;
/** A backup's records are held in memory while it is checked: a larger file is refused before it is read. */
export const MAX_BACKUP_BYTES = 256 * 1024 * 1024;
const MAX_COUNTS = { activities: 100_000, certifications: 1_000, files: 10_000 };

const backupFileSchema = z
  .object({
    id: z.string().min(1).max(64),
    activityId: z.string().min(1).max(64),
    name: z.string().min(1).max(255),
    type: z.enum(CERTIFICATE_TYPES),
    size: z.number().int().positive().max(MAX_CERTIFICATE_BYTES),
    addedAt: z.number().int().nonnegative(),
    // Decoded once: the decoder refuses what is not base64 (a separate check first cost as much again).
    data: z
      .string()
      .max(Math.ceil(MAX_CERTIFICATE_BYTES / 3) * 4)
      .transform((text, ctx) => {
        try {
          return base64ToBytes(text);
        } catch {
          ctx.addIssue({ code: 'custom', message: 'is not base64 text' });
          return z.NEVER;
        }
      }),
  })
  .superRefine((file, ctx) => {
    if (file.data.length !== file.size)
      ctx.addIssue({ code: 'custom', path: ['data'], message: `holds ${file.data.length} bytes, not ${file.size}` });
    else if (sniffCertificateType(file.data) !== file.type)
      ctx.addIssue({ code: 'custom', path: ['data'], message: `is not a ${file.type} file` });
  });

/** The key is derived data: recomputed here, so a backup from before a change of normalization still matches. */
const backupActivitySchema = activitySchema.transform((activity) => ({ ...activity, dedupKey: dedupKey(activity) }));

const crossRecordIssues = (backup: Omit<Backup, 'format' | 'version' | 'createdAt'>): Issue[] => {
  const issues: Issue[] = [];
  const duplicate = (list: string[], path: string, field: string, what: string) => {
    const seen = new Map<string, number>();
    list.forEach((value, index) => {
      const first = seen.get(value);
      if (first === undefined) seen.set(value, index);
      else issues.push({ path: [path, index, field], message: `${what} as ${path}[${first}]` });
    });
  };
  duplicate(
    backup.activities.map((a) => a.id),
    'activities',
    'id',
    'the same id',
  );
  duplicate(
    backup.activities.map((a) => a.dedupKey),
    'activities',
    'dedupKey',
    'the same completion (provider, course code or title, date)',
  );
  duplicate(
    backup.certifications.map((c) => c.id),
    'certifications',
    'id',
    'the same id',
  );
  duplicate(
    backup.certificateFiles.map((f) => f.id),
    'certificateFiles',
    'id',
    'the same id',
  );
  const activityIds = new Set(backup.activities.map((a) => a.id));
  const fileOwners = new Map(backup.certificateFiles.map((f) => [f.id, f.activityId]));
  backup.certificateFiles.forEach((file, index) => {
    if (!activityIds.has(file.activityId))
      issues.push({ path: ['certificateFiles', index, 'activityId'], message: 'names no activity in the backup' });
  });
  backup.activities.forEach((activity, index) => {
    if (activity.certificateFileId && fileOwners.get(activity.certificateFileId) !== activity.id)
      issues.push({
        path: ['activities', index, 'certificateFileId'],
        message: 'names no certificate file of this activity in the backup',
      });
  });
  return issues;
};

/** Format 1: one JSON object holding every record. */
export const backupV1Schema = z
  .object({
    format: z.literal(BACKUP_FORMAT),
    version: z.literal(1),
    createdAt: z.iso.datetime(),
    activities: z.array(backupActivitySchema).max(MAX_COUNTS.activities),
    certifications: z.array(certificationSchema).max(MAX_COUNTS.certifications),
    certificateFiles: z.array(backupFileSchema).max(MAX_COUNTS.files),
  })
  .superRefine((backup, ctx) => {
    for (const issue of crossRecordIssues(backup)) ctx.addIssue({ code: 'custom', ...issue });
  });

/** Where in the file, and what is wrong (a Zod issue, or one of the checks across records). */
interface Issue {
  path: PropertyKey[];
  message: string;
}

export type BackupFile = z.output<typeof backupFileSchema>;

export interface Backup {
  format: typeof BACKUP_FORMAT;
  version: number;
  createdAt: string;
  activities: Activity[];
  certifications: Certification[];
  certificateFiles: BackupFile[];
}

export function backupFileName(today: Date = new Date()): string {
  return `ce-tally-backup-${todayIso(today)}.jsonl`;
}

type LineKind = 'activity' | 'certification' | 'file';
const LIST_OF = { activity: 'activities', certification: 'certifications', file: 'certificateFiles' } as const;

/** Everything in the database as a backup file (format 2), written a line at a time. */
export async function createBackup(db: CeTallyDb, now: Date = new Date()): Promise<Blob> {
  const { activities, certifications, files } = await db.transaction(
    'r',
    db.activities,
    db.certifications,
    db.certificates,
    async () => ({
      activities: await everyActivity(db),
      certifications: await db.certifications.toArray(),
      files: await db.certificates.toArray(),
    }),
  );
  const slice = timeSlices();
  const parts: BlobPart[] = [];
  let lines: string[] = [];
  const line = (value: unknown) => lines.push(JSON.stringify(value));
  // Each slice's lines encoded (a Blob) as they are made: one Blob of 32 MB of strings was one task of 700 ms.
  const flush = () => {
    if (lines.length) parts.push(new Blob([`${lines.join('\n')}\n`]));
    lines = [];
  };
  line({ format: BACKUP_FORMAT, version: BACKUP_VERSION, createdAt: now.toISOString() });
  const records = (kind: LineKind) => async (record: unknown) => {
    line({ kind, record });
    if (lines.length >= 500) flush();
    await slice();
  };
  for (const activity of activities) await records('activity')(activity);
  for (const certification of certifications) await records('certification')(certification);
  // Blobs are read after the transaction: awaiting them inside would let it commit early.
  for (const file of files) {
    const bytes = new Uint8Array(await file.blob.arrayBuffer());
    // Stored files were sniffed when attached, so their type is one of the accepted ones.
    const record: z.input<typeof backupFileSchema> = {
      id: file.id,
      activityId: file.activityId,
      name: file.name,
      type: file.type as CertificateType,
      size: bytes.length,
      addedAt: file.addedAt,
      data: bytesToBase64(bytes),
    };
    await records('file')(record);
    flush();
  }
  line({
    kind: 'end',
    counts: { activities: activities.length, certifications: certifications.length, certificateFiles: files.length },
  });
  flush();
  return new Blob(parts, { type: 'application/x-ndjson' });
}

export type BackupReading = { ok: true; backup: Backup } | { ok: false; reason: string };

/** A line is at most a certificate file at its largest in base64, with its fields: a longer one is refused unread. */
const MAX_LINE_CHARS = Math.ceil(MAX_CERTIFICATE_BYTES / 3) * 4 + 64 * 1024;
/** Bytes read from the file at a time. */
const READ_CHUNK = 1024 * 1024;

const damaged = (issues: Issue[]): BackupReading => ({
  ok: false,
  reason: `The backup is damaged or was changed: ${describeIssues(issues)}.`,
});

/** Reads a backup file chosen by the user (format 2, or format 1). Nothing is written here. */
export async function readBackupFile(file: Blob, maxBytes = MAX_BACKUP_BYTES): Promise<BackupReading> {
  if (file.size > maxBytes) {
    return {
      ok: false,
      reason: `The file is ${formatFileSize(file.size)}; a CE Tally backup can be at most ${formatFileSize(maxBytes)}.`,
    };
  }
  // A format 2 file starts with its header line; a format 1 file is one JSON object.
  const start = await file.slice(0, 1024).text();
  const newline = start.indexOf('\n');
  if (newline > 0) {
    let header: unknown;
    try {
      header = JSON.parse(start.slice(0, newline));
    } catch {
      header = undefined;
    }
    const known = headerSchema.safeParse(header);
    if (known.success && known.data.version >= 2) return readBackupLines(file, header);
  }
  return parseBackupText(await file.text());
}

/** The file's lines after the first, a chunk of bytes at a time (a line may run over many chunks). */
async function* linesOf(file: Blob): AsyncGenerator<{ line: string; number: number }> {
  const decoder = new TextDecoder('utf-8', { fatal: false });
  let buffer = '';
  let number = 0;
  for (let at = 0; at < file.size; at += READ_CHUNK) {
    buffer += decoder.decode(await file.slice(at, at + READ_CHUNK).arrayBuffer(), { stream: true });
    let from = 0;
    for (let end = buffer.indexOf('\n'); end !== -1; end = buffer.indexOf('\n', from)) {
      number++;
      if (number > 1) yield { line: buffer.slice(from, end), number };
      from = end + 1;
    }
    buffer = buffer.slice(from);
    if (buffer.length > MAX_LINE_CHARS) throw new LineTooLong(number + 1);
  }
  buffer += decoder.decode();
  if (buffer) yield { line: buffer, number: number + 1 };
}

class LineTooLong extends Error {
  constructor(readonly line: number) {
    super(`line ${line} is longer than any record of a backup`);
  }
}

const endSchema = z.object({
  kind: z.literal('end'),
  counts: z.object({
    activities: z.number().int().nonnegative(),
    certifications: z.number().int().nonnegative(),
    certificateFiles: z.number().int().nonnegative(),
  }),
});
const RECORD_SCHEMAS = {
  activity: backupActivitySchema,
  certification: certificationSchema,
  file: backupFileSchema,
} as const;
const MAX_OF = { activity: MAX_COUNTS.activities, certification: MAX_COUNTS.certifications, file: MAX_COUNTS.files };

/**
 * Format 2, a line at a time: each line parsed and checked against its record's schema, the page given
 * its turn between slices; then the end line's counts and the checks across records (duplicates,
 * references). The first problem refuses the whole file, naming its line.
 */
async function readBackupLines(file: Blob, headerJson: unknown): Promise<BackupReading> {
  const header = v2HeaderSchema.safeParse(headerJson);
  if (!header.success) return damaged(header.error.issues.map((i) => ({ ...i, path: ['header', ...i.path] })));
  if (header.data.version > BACKUP_VERSION) return newerVersion(header.data.version);
  const backup: Backup = {
    format: BACKUP_FORMAT,
    version: header.data.version,
    createdAt: header.data.createdAt,
    activities: [],
    certifications: [],
    certificateFiles: [],
  };
  const lists = { activity: backup.activities, certification: backup.certifications, file: backup.certificateFiles };
  let end: z.output<typeof endSchema>['counts'] | undefined;
  const slice = timeSlices();
  try {
    for await (const { line, number } of linesOf(file)) {
      await slice();
      if (!line.trim()) continue;
      if (end) return damaged([{ path: [], message: `line ${number} comes after the end line` }]);
      let json: unknown;
      try {
        json = JSON.parse(line);
      } catch {
        return damaged([{ path: [], message: `line ${number} is not complete JSON` }]);
      }
      const kind = (json as { kind?: unknown } | null)?.kind;
      if (kind === 'end') {
        const parsed = endSchema.safeParse(json);
        if (!parsed.success) return damaged([{ path: [], message: `line ${number}, the end line, is not one` }]);
        end = parsed.data.counts;
        continue;
      }
      if (kind !== 'activity' && kind !== 'certification' && kind !== 'file')
        return damaged([{ path: [], message: `line ${number} is no record of a backup` }]);
      const list = lists[kind];
      if (list.length >= MAX_OF[kind])
        return damaged([{ path: [], message: `more than ${MAX_OF[kind]} ${LIST_OF[kind]}` }]);
      const parsed = RECORD_SCHEMAS[kind].safeParse((json as { record?: unknown }).record);
      if (!parsed.success)
        return damaged(parsed.error.issues.map((i) => ({ ...i, path: [LIST_OF[kind], list.length, ...i.path] })));
      (list as unknown[]).push(parsed.data);
    }
  } catch (error) {
    if (error instanceof LineTooLong) return damaged([{ path: [], message: error.message }]);
    throw error;
  }
  if (!end)
    return {
      ok: false,
      reason: 'The backup was cut short: its end line is missing (the file was not written or copied whole).',
    };
  const found = {
    activities: backup.activities.length,
    certifications: backup.certifications.length,
    certificateFiles: backup.certificateFiles.length,
  };
  if (Object.entries(end).some(([list, n]) => found[list as keyof typeof found] !== n))
    return damaged([
      {
        path: [],
        message: `its end line counts ${end.activities} activities, ${end.certifications} certifications and ${end.certificateFiles} certificate files, but it holds ${found.activities}, ${found.certifications} and ${found.certificateFiles}`,
      },
    ]);
  await slice();
  const issues = crossRecordIssues(backup);
  return issues.length ? damaged(issues) : { ok: true, backup };
}

export function parseBackupText(text: string): BackupReading {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { ok: false, reason: 'The file is not complete JSON: it is damaged or was cut short.' };
  }
  return parseBackup(json);
}

const headerSchema = z.object({ format: z.literal(BACKUP_FORMAT), version: z.number() });
const v2HeaderSchema = z.object({
  format: z.literal(BACKUP_FORMAT),
  version: z.number().int().min(2),
  createdAt: z.iso.datetime(),
});

const newerVersion = (version: number): BackupReading => ({
  ok: false,
  reason: `This backup was made by a newer CE Tally (backup format ${version}; this version reads formats 1 to ${BACKUP_VERSION}). Update CE Tally, then restore it.`,
});

/** A format 1 backup, parsed as JSON (a format 2 one is read by lines). */
export function parseBackup(json: unknown): BackupReading {
  const header = headerSchema.safeParse(json);
  if (!header.success) return { ok: false, reason: 'This is not a CE Tally backup file.' };
  const { version } = header.data;
  if (version > BACKUP_VERSION) return newerVersion(version);
  if (version === 2) return { ok: false, reason: 'This backup (format 2) is damaged: its header line is missing.' };
  if (version !== 1) return { ok: false, reason: `Backup format ${version} is unknown.` };
  const parsed = backupV1Schema.safeParse(json);
  if (!parsed.success) return damaged(parsed.error.issues);
  return { ok: true, backup: parsed.data };
}

const PLACE = {
  activities: 'activity',
  certifications: 'certification',
  certificateFiles: 'certificate file',
} as Record<string, string>;

/** "activity 3, title: Too big: ..." for the first few issues. Values are never echoed: they may be huge or hostile. */
function describeIssues(issues: Issue[]): string {
  const shown = issues.slice(0, 3).map((issue) => {
    const [list, index, ...rest] = issue.path;
    const where =
      typeof list === 'string' && PLACE[list] && typeof index === 'number'
        ? [`${PLACE[list]} ${index + 1}`, rest.join('.')].filter(Boolean).join(', ')
        : issue.path.join('.') || 'the file';
    return `${where}: ${issue.message}`;
  });
  const more = issues.length > 3 ? `; and ${issues.length - 3} more problems` : '';
  return `${shown.join('; ')}${more}`;
}

/** What restoring will do. Nothing is ever dropped silently: every entry lands in one of these lists. */
export interface RestorePlan {
  activities: { added: Activity[]; merged: Array<{ existing: Activity; result: Activity }>; skipped: Activity[] };
  certifications: {
    added: Certification[];
    merged: Array<{ existing: Certification; result: Certification }>;
    skipped: Certification[];
  };
  files: { added: BackupFile[]; skipped: Array<{ file: BackupFile; reason: string }> };
}

export interface ExistingData {
  activities: Activity[];
  certifications: Certification[];
  fileIds: Set<string>;
}

/**
 * Merge, decided here once for activities and certifications:
 * - An entry of the backup is the same as one in the log when it has the same dedup key (for a
 *   certification: the same body and name), or failing that the same id.
 * - Of the two, the one with the newer `updatedAt` wins whole (an edit that removed a wrongly read
 *   credit stays removed: credits are not united); the log's id and the earlier `createdAt` are kept.
 * - A certificate file is never replaced: the log's file stays; the backup's file is added only when
 *   the activity in the log has none, and otherwise listed as skipped with the reason.
 * - Identical after merging: skipped. Otherwise merged. No match: added (with a fresh id if its id is taken).
 */
export async function planRestore(
  existing: ExistingData,
  backup: Backup,
  slice: () => PromiseLike<unknown> = timeSlices(),
): Promise<RestorePlan> {
  const plan: RestorePlan = {
    activities: { added: [], merged: [], skipped: [] },
    certifications: { added: [], merged: [], skipped: [] },
    files: { added: [], skipped: [] },
  };
  const filesByActivity = new Map<string, BackupFile[]>();
  for (const file of backup.certificateFiles) {
    filesByActivity.set(file.activityId, [...(filesByActivity.get(file.activityId) ?? []), file]);
    await slice();
  }
  const usedFileIds = new Set(existing.fileIds);
  const takeFileId = (id: string) => {
    const free = usedFileIds.has(id) ? crypto.randomUUID() : id;
    usedFileIds.add(free);
    return free;
  };
  /** Adds the backup's files of an activity to `ownerId`; returns the new id of the one `pointer` named. */
  const addFiles = (files: BackupFile[], ownerId: string, pointer: string | undefined) => {
    let pointed: string | undefined;
    for (const file of files) {
      const id = takeFileId(file.id);
      if (file.id === pointer) pointed = id;
      plan.files.added.push({ ...file, id, activityId: ownerId });
    }
    return pointed;
  };

  const activityMatches = await matchEntries(existing.activities, backup.activities, (a) => a.dedupKey, slice);
  const activityIds = new Set(existing.activities.map((a) => a.id));
  for (const incoming of backup.activities) {
    await slice();
    const files = filesByActivity.get(incoming.id) ?? [];
    const { certificateFileId: incomingFileId, ...incomingRest } = incoming;
    const match = activityMatches.get(incoming);
    if (!match) {
      const id = activityIds.has(incoming.id) ? crypto.randomUUID() : incoming.id;
      activityIds.add(id);
      const fileId = addFiles(files, id, incomingFileId);
      plan.activities.added.push({ ...incomingRest, id, ...(fileId ? { certificateFileId: fileId } : {}) });
      continue;
    }
    const { certificateFileId: existingFileId, ...matchRest } = match;
    const backupNewer = incoming.updatedAt > match.updatedAt;
    const winner = backupNewer
      ? { ...incomingRest, id: match.id, createdAt: Math.min(match.createdAt, incoming.createdAt) }
      : matchRest;
    let fileId = existingFileId;
    if (existingFileId) {
      for (const file of files) {
        plan.files.skipped.push({
          file,
          reason:
            file.id === existingFileId
              ? 'already in your log'
              : `“${match.title}” in your log has its own certificate file`,
        });
      }
    } else if (files.length > 0) {
      fileId = addFiles(files, match.id, incomingFileId);
    }
    const result: Activity = {
      ...winner,
      ...(fileId ? { certificateFileId: fileId } : {}),
      updatedAt: Math.max(match.updatedAt, incoming.updatedAt),
    };
    if (sameRecord(result, match)) plan.activities.skipped.push(incoming);
    else plan.activities.merged.push({ existing: match, result });
  }

  const certificationKey = (c: Certification) => `${c.body}|${foldText(c.name)}`;
  const certificationMatches = await matchEntries(
    existing.certifications,
    backup.certifications,
    certificationKey,
    slice,
  );
  const certificationIds = new Set(existing.certifications.map((c) => c.id));
  for (const incoming of backup.certifications) {
    const match = certificationMatches.get(incoming);
    if (!match) {
      const id = certificationIds.has(incoming.id) ? crypto.randomUUID() : incoming.id;
      certificationIds.add(id);
      plan.certifications.added.push({ ...incoming, id });
      continue;
    }
    const result =
      incoming.updatedAt > match.updatedAt
        ? { ...incoming, id: match.id, createdAt: Math.min(match.createdAt, incoming.createdAt) }
        : match;
    if (sameRecord(result, match)) plan.certifications.skipped.push(incoming);
    else plan.certifications.merged.push({ existing: match, result });
  }
  return plan;
}

/** Pairs each incoming entry with at most one existing entry: first by key, then by id among those left. */
async function matchEntries<T extends { id: string }>(
  existing: T[],
  incoming: T[],
  key: (entry: T) => string,
  slice: () => PromiseLike<unknown>,
): Promise<Map<T, T>> {
  const byKey = new Map(existing.map((e) => [key(e), e]));
  const byId = new Map(existing.map((e) => [e.id, e]));
  const matches = new Map<T, T>();
  const claimed = new Set<T>();
  for (const entry of incoming) {
    await slice();
    const match = byKey.get(key(entry));
    if (match) {
      matches.set(entry, match);
      claimed.add(match);
    }
  }
  for (const entry of incoming) {
    await slice();
    const match = byId.get(entry.id);
    if (!matches.has(entry) && match && !claimed.has(match)) {
      matches.set(entry, match);
      claimed.add(match);
    }
  }
  return matches;
}

function sameRecord(a: object, b: object): boolean {
  return stableJson(a) === stableJson(b);
}

function stableJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : 1)))
      : v,
  );
}

async function existingData(db: CeTallyDb): Promise<ExistingData> {
  const [activities, certifications, fileIds] = await Promise.all([
    everyActivity(db),
    db.certifications.toArray(),
    db.certificates.toCollection().primaryKeys(),
  ]);
  return { activities, certifications, fileIds: new Set(fileIds) };
}

/** What restoring the backup would do now, for the user to confirm. Writes nothing. */
export async function previewRestore(db: CeTallyDb, backup: Backup): Promise<RestorePlan> {
  return planRestore(
    await db.transaction('r', db.activities, db.certifications, db.certificates, () => existingData(db)),
    backup,
  );
}

/**
 * Activities per write while restoring: each write's puts (the structured clone of every record), with the
 * summary rows of the write before, are one task: 340-360 ms for 2,000 on a loaded machine, 120-150 ms for
 * 250 at load 45. The page gets its turn between writes.
 */
const WRITE_BATCH = 100;
/** Certificate files per write: their bytes are copied into Blobs first. */
const FILE_BATCH = 10;

/**
 * Milliseconds of planning between pauses inside the restore's transaction: each pause is a round trip to the
 * database (slices of 25 ms made the restore of 10,000 a tenth slower), and the goal there is no task over 200.
 */
const TRANSACTION_SLICE_MS = 80;

/**
 * timeSlices for work inside a Dexie transaction, which follows only Dexie's own promises: a timer or any
 * other promise awaited there loses it (the summary then finds no transaction). No pause is a resolved
 * Dexie promise; a pause is a read of our own, whose answer comes in a task of its own.
 */
function transactionSlices(db: CeTallyDb): () => PromiseLike<unknown> {
  let start = performance.now();
  return () => {
    if (performance.now() - start < TRANSACTION_SLICE_MS) return Dexie.Promise.resolve();
    return db.certifications.get('').then(() => {
      start = performance.now();
    });
  };
}

/**
 * Restores in one transaction, planned again inside it (the log may have changed since the
 * preview). Any failure aborts the transaction: the database stays exactly as it was. The credit
 * summary is written once, after the activities (lib/store/credit-summary.ts `gatheringSummary`).
 */
export async function applyRestore(db: CeTallyDb, backup: Backup): Promise<RestorePlan> {
  return db.transaction('rw', [db.activities, db.certifications, db.certificates, db.creditSummary], async () => {
    // Planned in slices (at once, 10,000 were one task of 660 ms at load 45).
    const plan = await planRestore(await existingData(db), backup, transactionSlices(db));
    const activities = [...plan.activities.added, ...plan.activities.merged.map((m) => m.result)];
    await gatheringSummary(db.creditSummary, async () => {
      for (let i = 0; i < activities.length; i += WRITE_BATCH)
        await db.activities.bulkPut(activities.slice(i, i + WRITE_BATCH));
    });
    await db.certifications.bulkPut([...plan.certifications.added, ...plan.certifications.merged.map((m) => m.result)]);
    for (let i = 0; i < plan.files.added.length; i += FILE_BATCH)
      await db.certificates.bulkAdd(plan.files.added.slice(i, i + FILE_BATCH).map(toCertificateFile));
    return plan;
  });
}

function toCertificateFile(file: BackupFile): CertificateFile {
  const { data, ...meta } = file;
  return { ...meta, blob: new Blob([data], { type: file.type }) };
}
