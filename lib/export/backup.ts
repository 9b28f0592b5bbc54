import { z } from 'zod';
import { base64ToBytes, bytesToBase64 } from './base64';
import {
  CERTIFICATE_TYPES,
  MAX_CERTIFICATE_BYTES,
  formatFileSize,
  sniffCertificateType,
  type CertificateType,
} from '../store/certificate-files';
import type { CeTallyDb, CertificateFile } from '../store/db';
import { dedupKey, foldText } from '../model/dedup';
import { todayIso } from '../model/calendar';
import { activitySchema, certificationSchema, type Activity, type Certification } from '../model/schema';

/**
 * The backup file: one JSON object with a format name and version, every activity and
 * certification, and the certificate files in base64. Restoring validates the whole file before
 * anything is written, then writes in one transaction.
 */
export const BACKUP_FORMAT = 'ce-tally-backup';
export const BACKUP_VERSION = 1;
/** A backup is read whole into memory: a larger file is refused before it is read. */
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
    data: z
      .base64()
      .max(Math.ceil(MAX_CERTIFICATE_BYTES / 3) * 4)
      .transform(base64ToBytes),
  })
  .superRefine((file, ctx) => {
    if (file.data.length !== file.size)
      ctx.addIssue({ code: 'custom', path: ['data'], message: `holds ${file.data.length} bytes, not ${file.size}` });
    else if (sniffCertificateType(file.data) !== file.type)
      ctx.addIssue({ code: 'custom', path: ['data'], message: `is not a ${file.type} file` });
  });

/** The key is derived data: recomputed here, so a backup from before a change of normalization still matches. */
const backupActivitySchema = activitySchema.transform((activity) => ({ ...activity, dedupKey: dedupKey(activity) }));

export const backupSchema = z
  .object({
    format: z.literal(BACKUP_FORMAT),
    version: z.literal(BACKUP_VERSION),
    createdAt: z.iso.datetime(),
    activities: z.array(backupActivitySchema).max(MAX_COUNTS.activities),
    certifications: z.array(certificationSchema).max(MAX_COUNTS.certifications),
    certificateFiles: z.array(backupFileSchema).max(MAX_COUNTS.files),
  })
  .superRefine((backup, ctx) => {
    const duplicate = (list: string[], path: string, field: string, what: string) => {
      const seen = new Map<string, number>();
      list.forEach((value, index) => {
        const first = seen.get(value);
        if (first === undefined) seen.set(value, index);
        else ctx.addIssue({ code: 'custom', path: [path, index, field], message: `${what} as ${path}[${first}]` });
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
        ctx.addIssue({
          code: 'custom',
          path: ['certificateFiles', index, 'activityId'],
          message: 'names no activity in the backup',
        });
    });
    backup.activities.forEach((activity, index) => {
      if (activity.certificateFileId && fileOwners.get(activity.certificateFileId) !== activity.id) {
        ctx.addIssue({
          code: 'custom',
          path: ['activities', index, 'certificateFileId'],
          message: 'names no certificate file of this activity in the backup',
        });
      }
    });
  });

export type Backup = z.output<typeof backupSchema>;
export type BackupFile = Backup['certificateFiles'][number];

export function backupFileName(today: Date = new Date()): string {
  return `ce-tally-backup-${todayIso(today)}.json`;
}

/** Everything in the database as the backup file's text. */
export async function createBackup(db: CeTallyDb, now: Date = new Date()): Promise<string> {
  const [activities, certifications, files] = await db.transaction(
    'r',
    db.activities,
    db.certifications,
    db.certificates,
    () => Promise.all([db.activities.toArray(), db.certifications.toArray(), db.certificates.toArray()]),
  );
  // Blobs are read after the transaction: awaiting them inside would let it commit early.
  const certificateFiles: z.input<typeof backupFileSchema>[] = [];
  for (const file of files) {
    const bytes = new Uint8Array(await file.blob.arrayBuffer());
    // Stored files were sniffed when attached, so their type is one of the accepted ones.
    certificateFiles.push({
      id: file.id,
      activityId: file.activityId,
      name: file.name,
      type: file.type as CertificateType,
      size: bytes.length,
      addedAt: file.addedAt,
      data: bytesToBase64(bytes),
    });
  }
  const backup: z.input<typeof backupSchema> = {
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    createdAt: now.toISOString(),
    activities,
    certifications,
    certificateFiles,
  };
  return JSON.stringify(backup);
}

export type BackupReading = { ok: true; backup: Backup } | { ok: false; reason: string };

/** Reads a backup file chosen by the user. Nothing is written here. */
export async function readBackupFile(file: Blob, maxBytes = MAX_BACKUP_BYTES): Promise<BackupReading> {
  if (file.size > maxBytes) {
    return {
      ok: false,
      reason: `The file is ${formatFileSize(file.size)}; a CE Tally backup can be at most ${formatFileSize(maxBytes)}.`,
    };
  }
  return parseBackupText(await file.text());
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

export function parseBackup(json: unknown): BackupReading {
  const header = headerSchema.safeParse(json);
  if (!header.success) return { ok: false, reason: 'This is not a CE Tally backup file.' };
  const { version } = header.data;
  if (version > BACKUP_VERSION) {
    return {
      ok: false,
      reason: `This backup was made by a newer CE Tally (backup format ${version}; this version reads format ${BACKUP_VERSION}). Update CE Tally, then restore it.`,
    };
  }
  if (version !== BACKUP_VERSION) return { ok: false, reason: `Backup format ${version} is unknown.` };
  const parsed = backupSchema.safeParse(json);
  if (!parsed.success)
    return { ok: false, reason: `The backup is damaged or was changed: ${describeIssues(parsed.error.issues)}.` };
  return { ok: true, backup: parsed.data };
}

const PLACE = {
  activities: 'activity',
  certifications: 'certification',
  certificateFiles: 'certificate file',
} as Record<string, string>;

/** "activity 3, title: Too big: ..." for the first few issues. Values are never echoed: they may be huge or hostile. */
function describeIssues(issues: z.core.$ZodIssue[]): string {
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
export function planRestore(existing: ExistingData, backup: Backup): RestorePlan {
  const plan: RestorePlan = {
    activities: { added: [], merged: [], skipped: [] },
    certifications: { added: [], merged: [], skipped: [] },
    files: { added: [], skipped: [] },
  };
  const filesByActivity = new Map<string, BackupFile[]>();
  for (const file of backup.certificateFiles)
    filesByActivity.set(file.activityId, [...(filesByActivity.get(file.activityId) ?? []), file]);
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

  const activityMatches = matchEntries(existing.activities, backup.activities, (a) => a.dedupKey);
  const activityIds = new Set(existing.activities.map((a) => a.id));
  for (const incoming of backup.activities) {
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
  const certificationMatches = matchEntries(existing.certifications, backup.certifications, certificationKey);
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
function matchEntries<T extends { id: string }>(existing: T[], incoming: T[], key: (entry: T) => string): Map<T, T> {
  const byKey = new Map(existing.map((e) => [key(e), e]));
  const byId = new Map(existing.map((e) => [e.id, e]));
  const matches = new Map<T, T>();
  const claimed = new Set<T>();
  for (const entry of incoming) {
    const match = byKey.get(key(entry));
    if (match) {
      matches.set(entry, match);
      claimed.add(match);
    }
  }
  for (const entry of incoming) {
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
    db.activities.toArray(),
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
 * Restores in one transaction, planned again inside it (the log may have changed since the
 * preview). Any failure aborts the transaction: the database stays exactly as it was.
 */
export async function applyRestore(db: CeTallyDb, backup: Backup): Promise<RestorePlan> {
  return db.transaction('rw', db.activities, db.certifications, db.certificates, async () => {
    const plan = planRestore(await existingData(db), backup);
    await db.activities.bulkPut([...plan.activities.added, ...plan.activities.merged.map((m) => m.result)]);
    await db.certifications.bulkPut([...plan.certifications.added, ...plan.certifications.merged.map((m) => m.result)]);
    await db.certificates.bulkAdd(plan.files.added.map(toCertificateFile));
    return plan;
  });
}

function toCertificateFile(file: BackupFile): CertificateFile {
  const { data, ...meta } = file;
  return { ...meta, blob: new Blob([data], { type: file.type }) };
}
