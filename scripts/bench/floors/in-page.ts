/**
 * Floors run inside the log's own page (the bench adds this script to it): CSV export, back up and
 * restore with the browser's own calls and nothing of CE Tally's.
 */
import { done, openDatabase, request, type Credit } from './idb';

interface Activity {
  id: string;
  completedOn: string;
  title: string;
  provider?: string;
  credits: Array<Credit & { body?: string }>;
  courseCode: string | null;
  format: string;
  sourceUrl: string | null;
  certificateUrl: string | null;
  notes?: string;
}

const HEADER =
  'activity_id,completed_on,title,provider,credit_kind,amount,unit,certifying_body,contact_hours,course_code,format,source_url,certificate_url,notes,category';

/** One getAll per batch, in key order, each row a plain join, the whole to a Blob. */
async function csv(batchSize: number): Promise<Blob> {
  const db = await openDatabase();
  const lines = [HEADER];
  let after: string | undefined;
  for (;;) {
    const tx = db.transaction('activities');
    const range = after === undefined ? null : IDBKeyRange.lowerBound(after, true);
    const batch = (await request(tx.objectStore('activities').getAll(range, batchSize))) as Activity[];
    for (const a of batch) {
      const common = [a.id, a.completedOn, a.title, a.provider ?? ''];
      const rest = [a.courseCode ?? '', a.format, a.sourceUrl ?? '', a.certificateUrl ?? '', a.notes ?? '', ''];
      if (a.credits.length === 0) lines.push([...common, '', '', '', '', '', ...rest].join(','));
      for (const c of a.credits)
        lines.push([...common, c.kind, c.amount, c.unit, c.body ?? '', c.hours, ...rest].join(','));
    }
    if (batch.length < batchSize) break;
    after = batch[batch.length - 1].id;
  }
  db.close();
  return new Blob(['\ufeff', lines.join('\r\n')], { type: 'text/csv' });
}

function dataUrl(blob: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error);
    reader.readAsDataURL(blob);
  });
}

/** Every store read with getAll, the files in base64 (the browser's own encoder), JSON.stringify to a Blob. */
async function backup(): Promise<Blob> {
  const db = await openDatabase();
  const tx = db.transaction(['activities', 'certifications', 'certificates']);
  const [activities, certifications, files] = await Promise.all(
    ['activities', 'certifications', 'certificates'].map((s) => request(tx.objectStore(s).getAll())),
  );
  db.close();
  const certificateFiles = await Promise.all(
    (files as Array<{ blob: Blob } & Record<string, unknown>>).map(async ({ blob, ...file }) => ({
      ...file,
      data: (await dataUrl(blob)).split(',', 2)[1],
    })),
  );
  const text = JSON.stringify({ format: 'ce-tally-backup', activities, certifications, certificateFiles });
  return new Blob([text], { type: 'application/json' });
}

type FloorBackup = {
  activities: unknown[];
  certifications: unknown[];
  certificateFiles: Array<{ data: string; type: string } & Record<string, unknown>>;
};

/** JSON.parse of the file: of each line for a backup of format 2 (JSON Lines), of the whole for format 1. */
function parseEither(text: string): FloorBackup {
  const newline = text.indexOf('\n');
  const first = newline > 0 ? (JSON.parse(text.slice(0, newline)) as { version?: number }) : undefined;
  if (!first || (first.version ?? 1) < 2) return JSON.parse(text) as FloorBackup;
  const backup: FloorBackup = { activities: [], certifications: [], certificateFiles: [] };
  const lists: Record<string, unknown[]> = {
    activity: backup.activities,
    certification: backup.certifications,
    file: backup.certificateFiles,
  };
  for (const line of text.slice(newline + 1).split('\n')) {
    if (!line) continue;
    const { kind, record } = JSON.parse(line) as { kind: string; record: unknown };
    lists[kind]?.push(record);
  }
  return backup;
}

/** The backup file's text: JSON.parse, the files decoded (atob), one bulk write. */
async function restore(file: Blob): Promise<void> {
  const backup = parseEither(await file.text());
  const files = backup.certificateFiles.map(({ data, ...file }) => {
    const binary = atob(data);
    const bytes = new Uint8Array(binary.length);
    for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
    return { ...file, blob: new Blob([bytes], { type: file.type }) };
  });
  const db = await openDatabase();
  const tx = db.transaction(['activities', 'certifications', 'certificates'], 'readwrite');
  for (const a of backup.activities) tx.objectStore('activities').put(a);
  for (const c of backup.certifications) tx.objectStore('certifications').put(c);
  for (const f of files) tx.objectStore('certificates').put(f);
  await done(tx);
  db.close();
}

(window as unknown as { ceTallyFloors: unknown }).ceTallyFloors = { csv, backup, restore };
