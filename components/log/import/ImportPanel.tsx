import { startTransition, useEffect, useRef, useState } from 'react';
import { checkDraft, UnreadableFile, type ImportDraft } from '../../../lib/import/draft';
import { readImportFile, type Engines } from '../../../lib/import/read-file';
import { findImportDuplicates, saveImports } from '../../../lib/import/save';
import { IN_THREAD_SHEETS } from '../../../lib/import/sheets';
import {
  guessMapping,
  isOwnExport,
  mappingKey,
  ownExportMapping,
  COLUMN_ROLES,
  type ColumnRole,
  type Sheet,
} from '../../../lib/import/spreadsheet';
import type { CeTallyDb } from '../../../lib/store/db';
import type { Certification } from '../../../lib/model/schema';
import { ColumnMapping } from './ColumnMapping';
import { DraftRow, type ReviewItem } from './DraftRow';

/** Files read at once: pdf.js parses in its worker meanwhile, and the page stays responsive. */
const PARALLEL_READS = 4;
/** Drafts checked against the log and added to the review at once. */
const DRAFT_SLICE = 250;
/** Lets the browser run what waits (input, painting) before the next slice. */
const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));
/** Drafts shown at first; a 10,000-row spreadsheet shows more on request. */
const SHOWN_DRAFTS = 100;
/** The extension's engines, loaded with the first file (pdf.js and OCR load later still, when a file needs them). */
const extensionEngines = () => import('../../../lib/import/engines').then((m) => m.EXTENSION_ENGINES);
const MAPPING_STORE = 'ce-tally.import-mapping:';

interface FileEntry {
  id: number;
  name: string;
  status: 'waiting' | 'reading' | 'read' | 'sheet' | 'error' | 'cancelled';
  /** 0 to 1, for files read by OCR. */
  progress?: number;
  error?: string;
  sheet?: Sheet;
  mapping?: ColumnRole[];
}

export const ACCEPTED_FILES =
  'application/pdf,image/png,image/jpeg,image/svg+xml,application/json,text/csv,text/tab-separated-values,.pdf,.png,.jpg,.jpeg,.svg,.json,.csv,.tsv,.txt';

function rememberedMapping(header: string[]): ColumnRole[] {
  if (isOwnExport(header)) return ownExportMapping(header);
  try {
    const stored: unknown = JSON.parse(localStorage.getItem(MAPPING_STORE + mappingKey(header)) ?? 'null');
    if (
      Array.isArray(stored) &&
      stored.length === header.length &&
      stored.every((r) => (COLUMN_ROLES as readonly unknown[]).includes(r))
    )
      return stored as ColumnRole[];
  } catch {
    // A mapping that cannot be read is guessed again.
  }
  return guessMapping(header);
}

/**
 * The log's import: files chosen with Import or dropped on the page become drafts in a review, read on
 * this device; nothing is saved until Save checked, which saves the checked drafts in one transaction.
 */
export function ImportPanel({
  db,
  certifications,
  engines = extensionEngines,
}: {
  db: CeTallyDb;
  /** The user's certifications: a draft's credit can be given one of their categories, an "other" one's too. */
  certifications?: readonly Certification[];
  engines?: () => Promise<Engines>;
}) {
  const input = useRef<HTMLInputElement>(null);
  const [files, setFiles] = useState<FileEntry[]>([]);
  const [items, setItems] = useState<ReviewItem[]>([]);
  const [shown, setShown] = useState(SHOWN_DRAFTS);
  const [notice, setNotice] = useState<{ text: string; error?: boolean } | undefined>();
  const [saving, setSaving] = useState(false);
  const nextId = useRef(0);
  const queue = useRef<Array<{ id: number; file: File }>>([]);
  const running = useRef(0);
  const seenKeys = useRef(new Set<string>());
  const cancelled = useRef(false);

  const update = (id: number, change: Partial<FileEntry>) =>
    setFiles((all) => all.map((f) => (f.id === id ? { ...f, ...change } : f)));

  /** Checks and shows drafts a slice at a time, yielding between slices: a 10,000-row sheet never freezes the page. */
  const addDrafts = async (drafts: ImportDraft[]) => {
    for (let start = 0; start < drafts.length; start += DRAFT_SLICE) {
      if (start > 0) await nextTask();
      const slice = drafts.slice(start, start + DRAFT_SLICE);
      const checks = slice.map(checkDraft);
      const duplicates = await findImportDuplicates(
        db,
        checks.map((c) => (c.ok ? c.draft : null)),
        seenKeys.current,
      );
      const added = slice.map((draft, i): ReviewItem => ({
        key: nextId.current++,
        draft,
        problems: checks[i].ok ? [] : (checks[i] as { problems: string[] }).problems,
        duplicate: duplicates[i],
        // Duplicates and drafts that cannot be saved yet start unchecked.
        checked: checks[i].ok && !duplicates[i],
      }));
      // A render the browser may interrupt: the list is long, the page stays responsive.
      startTransition(() => setItems((all) => [...all, ...added]));
    }
  };

  const pump = () => {
    while (running.current < PARALLEL_READS && queue.current.length > 0 && !cancelled.current) {
      const { id, file } = queue.current.shift()!;
      running.current++;
      update(id, { status: 'reading' });
      void (async () => {
        try {
          const result = await readImportFile(file, await engines(), (progress) => update(id, { progress }));
          if (cancelled.current) return update(id, { status: 'cancelled' });
          if (result.status === 'error') update(id, { status: 'error', error: result.error });
          else if (result.status === 'sheet')
            update(id, { status: 'sheet', sheet: result.sheet, mapping: rememberedMapping(result.sheet.header) });
          else {
            await addDrafts(result.drafts);
            update(id, { status: 'read' });
          }
        } catch (error) {
          update(id, { status: 'error', error: `“${file.name}” could not be read: ${String(error)}` });
        } finally {
          running.current--;
          pump();
        }
      })();
    }
  };

  const addFiles = (list: FileList | File[]) => {
    const added = [...list].map((file) => ({ id: nextId.current++, file }));
    if (added.length === 0) return;
    cancelled.current = false;
    setNotice(undefined);
    setFiles((all) => [
      ...all,
      ...added.map(({ id, file }): FileEntry => ({ id, name: file.name, status: 'waiting' })),
    ]);
    queue.current.push(...added);
    pump();
  };

  // Files dropped anywhere on the log are imported; the browser would otherwise open them.
  useEffect(() => {
    const over = (e: DragEvent) => {
      if (e.dataTransfer?.types.includes('Files')) e.preventDefault();
    };
    const drop = (e: DragEvent) => {
      if (!e.dataTransfer?.files.length) return;
      e.preventDefault();
      addFiles(e.dataTransfer.files);
    };
    window.addEventListener('dragover', over);
    window.addEventListener('drop', drop);
    return () => {
      window.removeEventListener('dragover', over);
      window.removeEventListener('drop', drop);
    };
  });

  const cancel = () => {
    cancelled.current = true;
    const left = new Set(queue.current.map((q) => q.id));
    queue.current = [];
    setFiles((all) => all.map((f) => (left.has(f.id) || f.status === 'reading' ? { ...f, status: 'cancelled' } : f)));
  };

  const mapSheet = async (entry: FileEntry, mapping: ColumnRole[]) => {
    update(entry.id, { status: 'reading', sheet: undefined });
    try {
      const reading = await ((await engines()).sheets ?? IN_THREAD_SHEETS).drafts(entry.name, entry.sheet!, mapping);
      localStorage.setItem(MAPPING_STORE + mappingKey(entry.sheet!.header), JSON.stringify(mapping));
      await addDrafts(reading.drafts);
      update(entry.id, { status: 'read' });
    } catch (error) {
      const reason = error instanceof UnreadableFile ? error.message : String(error);
      update(entry.id, { status: 'error', error: `“${entry.name}” ${reason}` });
    }
  };

  const setItem = (key: number, change: (item: ReviewItem) => ReviewItem) =>
    setItems((all) => all.map((item) => (item.key === key ? change(item) : item)));

  const edited = (key: number, fields: ImportDraft['fields']) =>
    setItem(key, (item) => {
      const draft: ImportDraft = { ...item.draft, fields, unsure: [], missing: [] };
      const check = checkDraft(draft);
      return {
        ...item,
        draft,
        editing: false,
        problems: check.ok ? [] : check.problems,
        checked: check.ok,
      };
    });

  const saveChecked = async () => {
    const checked = items.filter((item) => item.checked && item.problems.length === 0);
    setSaving(true);
    try {
      const result = await saveImports(
        db,
        checked.flatMap((item) => {
          const check = checkDraft(item.draft);
          return check.ok ? [{ draft: check.draft, source: item.draft.source }] : [];
        }),
      );
      const withFiles = result.saved.filter((a) => a.certificateFileId).length;
      const savedKeys = new Set(checked.map((item) => item.key));
      setItems((all) => all.filter((item) => !savedKeys.has(item.key)));
      setNotice({
        text:
          `Saved ${result.saved.length} ${result.saved.length === 1 ? 'activity' : 'activities'}` +
          (withFiles > 0 ? `, ${withFiles} with ${withFiles === 1 ? 'its' : 'their'} certificate file` : '') +
          '.' +
          (result.already.length > 0 ? ` ${result.already.length} were already in your log.` : ''),
      });
    } catch (error) {
      setNotice({ text: `Nothing was saved: ${error instanceof Error ? error.message : String(error)}`, error: true });
    } finally {
      setSaving(false);
    }
  };

  const close = () => {
    cancel();
    setFiles([]);
    setItems([]);
    seenKeys.current.clear();
  };

  const done = files.filter((f) => !['waiting', 'reading'].includes(f.status)).length;
  const busy = files.some((f) => f.status === 'waiting' || f.status === 'reading');
  const checkedCount = items.filter((item) => item.checked).length;
  const sheets = files.filter((f) => f.status === 'sheet');
  const lines = files.filter((f) => f.status === 'error' || f.status === 'cancelled');
  const ocr = files.filter((f) => f.status === 'reading' && f.progress !== undefined);

  return (
    <>
      <button type="button" onClick={() => input.current?.click()}>
        Import
      </button>
      <input
        ref={input}
        type="file"
        multiple
        hidden
        accept={ACCEPTED_FILES}
        aria-label="Import files"
        onChange={(e) => {
          if (e.target.files) addFiles(e.target.files);
          e.target.value = '';
        }}
      />
      {(files.length > 0 || notice) && (
        <section className="import-review" aria-label="Import review">
          <h2>Import</h2>
          <p className="muted">
            Read on this device; nothing is saved until you click Save checked. Files can also be dropped on this page.
          </p>
          {busy && (
            <p role="status" className="import-progress">
              <label>
                Reading files: {done} of {files.length} <progress max={files.length} value={done} />
              </label>{' '}
              <button type="button" onClick={cancel}>
                Cancel
              </button>
            </p>
          )}
          {ocr.map((f) => (
            <p key={f.id} className="ocr-progress">
              <label>
                Recognizing text in “{f.name}” <progress max={1} value={f.progress} />
              </label>
            </p>
          ))}
          {lines.length > 0 && (
            <ul className="import-errors" aria-label="Files not read">
              {lines.map((f) => (
                <li key={f.id} className="notice error">
                  {f.status === 'cancelled' ? `“${f.name}” was not read: the import was cancelled.` : f.error}
                </li>
              ))}
            </ul>
          )}
          {sheets.map((entry) => (
            <ColumnMapping
              key={entry.id}
              fileName={entry.name}
              sheet={entry.sheet!}
              initial={entry.mapping!}
              onConfirm={(mapping) => void mapSheet(entry, mapping)}
              onSkip={() => update(entry.id, { status: 'cancelled', sheet: undefined })}
            />
          ))}
          {items.length > 0 && (
            <>
              <ul className="drafts" aria-label="Drafts">
                {items.slice(0, shown).map((item) => (
                  <DraftRow
                    key={item.key}
                    item={item}
                    certifications={certifications}
                    onCheck={(checked) => setItem(item.key, (i) => ({ ...i, checked }))}
                    onEdit={(editing) => setItem(item.key, (i) => ({ ...i, editing }))}
                    onEdited={(draft) =>
                      edited(item.key, { ...draft, title: draft.title, completedOn: draft.completedOn })
                    }
                  />
                ))}
              </ul>
              {items.length > shown && (
                <button type="button" onClick={() => setShown((n) => n + SHOWN_DRAFTS * 5)}>
                  Show more drafts ({items.length - shown} more)
                </button>
              )}
            </>
          )}
          {notice && (
            <p className={notice.error ? 'notice error' : 'notice'} role={notice.error ? 'alert' : 'status'}>
              {notice.text}
            </p>
          )}
          <p className="import-actions">
            <button type="button" disabled={saving || checkedCount === 0} onClick={() => void saveChecked()}>
              Save checked
            </button>{' '}
            <span className="muted">
              {checkedCount} of {items.length} checked
            </span>{' '}
            <button type="button" onClick={close}>
              Close import
            </button>
          </p>
        </section>
      )}
    </>
  );
}
