import type { CeTallyDb, CertificateFile } from '../store/db';
import { dedupKey, possibleDuplicates } from '../model/dedup';
import { activityDraftSchema, type Activity, type ActivityDraft } from '../model/schema';
import type { SourceFile } from './draft';

export interface CheckedImport {
  draft: ActivityDraft;
  source?: SourceFile;
}

export interface ImportSaveResult {
  saved: Activity[];
  /** Drafts that were already completions in the log (same dedup key), or twice in this import. */
  already: ActivityDraft[];
}

/**
 * Saves the checked drafts in one transaction, each with its source file attached: all or nothing.
 * A draft that is already in the log (the same dedup key) is not saved again.
 */
export async function saveImports(
  db: CeTallyDb,
  items: readonly CheckedImport[],
  now = Date.now(),
): Promise<ImportSaveResult> {
  const parsed = items.map((item) => ({ draft: activityDraftSchema.parse(item.draft), source: item.source }));
  // Files are read before the transaction: IndexedDB ends a transaction that waits on anything else.
  const bytes = await Promise.all(parsed.map((item) => item.source?.blob.arrayBuffer()));
  return db.transaction('rw', db.activities, db.certificates, async () => {
    const keys = parsed.map((item) => dedupKey(item.draft));
    const existing = new Set((await db.activities.where('dedupKey').anyOf(keys).toArray()).map((a) => a.dedupKey));
    const activities: Activity[] = [];
    const files: CertificateFile[] = [];
    const already: ActivityDraft[] = [];
    parsed.forEach(({ draft, source }, i) => {
      if (existing.has(keys[i])) {
        already.push(draft);
        return;
      }
      existing.add(keys[i]);
      const id = crypto.randomUUID();
      const file: CertificateFile | undefined =
        source && bytes[i]
          ? {
              id: crypto.randomUUID(),
              activityId: id,
              name: source.name.slice(0, 255) || 'certificate',
              type: source.type,
              size: bytes[i].byteLength,
              blob: new Blob([bytes[i]], { type: source.type }),
              addedAt: now,
            }
          : undefined;
      if (file) files.push(file);
      activities.push({
        ...draft,
        id,
        capturedBy: 'imported',
        ...(file ? { certificateFileId: file.id } : {}),
        createdAt: now,
        updatedAt: now,
        dedupKey: keys[i],
      });
    });
    await db.activities.bulkAdd(activities);
    if (files.length > 0) await db.certificates.bulkAdd(files);
    return { saved: activities, already };
  });
}

/**
 * For each draft, whether it is already in the log (same dedup key, or same title on the same day) or
 * earlier in this import. `null` drafts (not yet valid) are never duplicates.
 */
export async function findImportDuplicates(
  db: CeTallyDb,
  drafts: ReadonlyArray<ActivityDraft | null>,
  /** Dedup keys of the import's earlier drafts; this batch's are added. */
  seen: Set<string> = new Set(),
): Promise<Array<Activity | 'import' | null>> {
  const dates = [...new Set(drafts.flatMap((d) => (d ? [d.completedOn] : [])))];
  const sameDays = dates.length > 0 ? await db.activities.where('completedOn').anyOf(dates).toArray() : [];
  const byDay = new Map<string, Activity[]>();
  for (const a of sameDays) byDay.set(a.completedOn, [...(byDay.get(a.completedOn) ?? []), a]);
  return drafts.map((draft) => {
    if (!draft) return null;
    const inLog = possibleDuplicates(draft, byDay.get(draft.completedOn) ?? [])[0];
    if (inLog) return inLog;
    const key = dedupKey(draft);
    if (seen.has(key)) return 'import';
    seen.add(key);
    return null;
  });
}
