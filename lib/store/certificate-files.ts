import type { CeTallyDb, CertificateFile } from './db';
import type { Activity } from '../model/schema';

/** The certificate files the log accepts. No SVG or HTML: they could run script when opened. */
export const CERTIFICATE_TYPES = ['application/pdf', 'image/png', 'image/jpeg', 'image/webp', 'image/gif'] as const;
export type CertificateType = (typeof CERTIFICATE_TYPES)[number];

export const MAX_CERTIFICATE_BYTES = 10 * 1024 * 1024;
const MAX_NAME_LENGTH = 255;

const ascii = (text: string) => [...text].map((c) => c.charCodeAt(0));
const startsWith = (bytes: Uint8Array, prefix: number[], offset = 0) => prefix.every((b, i) => bytes[offset + i] === b);

/** The file's real type from its first bytes (its "magic number"), whatever its name or claimed type say. */
export function sniffCertificateType(head: Uint8Array): CertificateType | undefined {
  if (startsWith(head, ascii('%PDF-'))) return 'application/pdf';
  if (startsWith(head, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'image/png';
  if (startsWith(head, [0xff, 0xd8, 0xff])) return 'image/jpeg';
  if (startsWith(head, ascii('GIF87a')) || startsWith(head, ascii('GIF89a'))) return 'image/gif';
  if (startsWith(head, ascii('RIFF')) && startsWith(head, ascii('WEBP'), 8)) return 'image/webp';
  return undefined;
}

export function formatFileSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`;
  if (bytes < 1024 * 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

export type CertificateCheck = { ok: true; type: CertificateType } | { ok: false; message: string };

/** Size first (cheap), then the magic bytes. The message says what is wrong and what is accepted. */
export async function checkCertificateFile(file: Blob & { name: string }): Promise<CertificateCheck> {
  if (file.size === 0) return { ok: false, message: `“${file.name}” is empty.` };
  if (file.size > MAX_CERTIFICATE_BYTES) {
    return {
      ok: false,
      message: `“${file.name}” is ${formatFileSize(file.size)}; a certificate file can be at most 10 MB.`,
    };
  }
  const type = sniffCertificateType(new Uint8Array(await file.slice(0, 16).arrayBuffer()));
  if (!type) return { ok: false, message: `“${file.name}” is not a PDF or an image (PNG, JPEG, WebP or GIF).` };
  return { ok: true, type };
}

export type AttachResult =
  | { status: 'attached'; file: CertificateFile; replaced: CertificateFile[] }
  | { status: 'refused'; message: string }
  | { status: 'missing' };

/**
 * Stores the file as the activity's certificate, replacing any earlier one (returned, for Undo).
 * The stored type is the sniffed one, so a renamed HTML file can never be opened as a "PDF".
 */
export async function attachCertificate(
  db: CeTallyDb,
  activityId: string,
  file: Blob & { name: string },
  now = Date.now(),
): Promise<AttachResult> {
  const check = await checkCertificateFile(file);
  if (!check.ok) return { status: 'refused', message: check.message };
  const bytes = await file.arrayBuffer();
  const stored: CertificateFile = {
    id: crypto.randomUUID(),
    activityId,
    name: file.name.slice(0, MAX_NAME_LENGTH) || 'certificate',
    type: check.type,
    size: bytes.byteLength,
    blob: new Blob([bytes], { type: check.type }),
    addedAt: now,
  };
  return db.transaction('rw', db.activities, db.certificates, async () => {
    const activity = await db.activities.get(activityId);
    if (!activity) return { status: 'missing' as const };
    const replaced = await db.certificates.where('activityId').equals(activityId).toArray();
    await db.certificates.bulkDelete(replaced.map((c) => c.id));
    await db.certificates.add(stored);
    await db.activities.update(activityId, {
      certificateFileId: stored.id,
      updatedAt: Math.max(now, activity.updatedAt),
    });
    return { status: 'attached' as const, file: stored, replaced };
  });
}

/** Removes the activity's certificate files and returns them, so Undo can put them back. */
export async function removeCertificates(
  db: CeTallyDb,
  activityId: string,
  now = Date.now(),
): Promise<CertificateFile[]> {
  return db.transaction('rw', db.activities, db.certificates, async () => {
    const removed = await db.certificates.where('activityId').equals(activityId).toArray();
    await db.certificates.bulkDelete(removed.map((c) => c.id));
    const activity = await db.activities.get(activityId);
    if (activity?.certificateFileId) {
      const { certificateFileId: _removed, ...rest } = activity;
      await db.activities.put({ ...rest, updatedAt: Math.max(now, activity.updatedAt) });
    }
    return removed;
  });
}

/** Undo of attach or remove: the activity's files become exactly `files` again. */
export async function putBackCertificates(
  db: CeTallyDb,
  activityId: string,
  files: CertificateFile[],
  now = Date.now(),
): Promise<void> {
  await db.transaction('rw', db.activities, db.certificates, async () => {
    const activity = await db.activities.get(activityId);
    if (!activity) return;
    const current = await db.certificates.where('activityId').equals(activityId).primaryKeys();
    await db.certificates.bulkDelete(current);
    await db.certificates.bulkPut(files);
    const { certificateFileId: _current, ...rest } = activity;
    const fileId = files.at(-1)?.id;
    await db.activities.put({
      ...rest,
      ...(fileId ? { certificateFileId: fileId } : {}),
      updatedAt: Math.max(now, activity.updatedAt),
    });
  });
}

/** The activity's certificate file, if it has one. */
export async function certificateOf(
  db: CeTallyDb,
  activity: Pick<Activity, 'certificateFileId'>,
): Promise<CertificateFile | undefined> {
  return activity.certificateFileId ? db.certificates.get(activity.certificateFileId) : undefined;
}
