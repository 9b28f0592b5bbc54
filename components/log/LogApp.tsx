import { useLiveQuery } from 'dexie-react-hooks';
import { useDeferredValue, useEffect, useMemo, useRef, useState } from 'react';
import {
  activitiesInBatches,
  deleteActivity,
  findPossibleDuplicates,
  restoreActivity,
  saveActivity,
  sortByDate,
  updateActivity,
  type DateOrder,
} from '../../lib/store/activities';
import { backupFileName, createBackup } from '../../lib/export/backup';
import { attachCertificate, certificateOf } from '../../lib/store/certificate-files';
import { creditTotals } from '../../lib/tally/totals';
import { type CeTallyDb } from '../../lib/store/db';
import { creditRows } from '../../lib/store/credit-rows';
import {
  filterActivities,
  isFiltered,
  keepsWholeDays,
  matchingCredits,
  NO_FILTER,
  type LogFilter,
} from '../../lib/tally/log-filter';
import { PERF_MARKS } from '../../lib/perf-marks';
import type { Activity, ActivityDraft } from '../../lib/model/schema';
import { ActivityForm } from '../ActivityForm';
import { CertificateFilePanel, fileNames } from './CertificateFilePanel';
import { downloadBlob, exportActivitiesCsv, openBlob } from '../../lib/export/download';
import { LogFilters } from './LogFilters';
import { LogTable } from './LogTable';
import { RestorePanel } from './RestorePanel';
import { TotalsPanel } from '../TotalsPanel';

export const PAGE_SIZE = 50;
/** Progress appears only for an export that takes longer than this: a short one would just flicker. */
const PROGRESS_DELAY_MS = 1000;

type Editor = { mode: 'add' } | { mode: 'edit'; id: string };
interface Notice {
  text: string;
  error?: boolean;
  undo?: () => Promise<void>;
}

/** The popup's Edit opens options.html#edit=<id>. */
function editorFromHash(hash: string): Editor | undefined {
  const match = /^#edit=(.+)$/.exec(hash);
  return match ? { mode: 'edit', id: decodeURIComponent(match[1]) } : undefined;
}

const message = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** The options page: the whole activity log, with search, filters, editing, export, back up and restore. */
export function LogApp({ db }: { db: CeTallyDb }) {
  const [filter, setFilter] = useState<LogFilter>(NO_FILTER);
  const [order, setOrder] = useState<DateOrder>('newest');
  const [page, setPage] = useState(0);
  const [editor, setEditor] = useState<Editor | undefined>(() => editorFromHash(window.location.hash));
  const [notice, setNotice] = useState<Notice | undefined>();
  const [exportScope, setExportScope] = useState<'shown' | 'all'>('shown');
  const [exporting, setExporting] = useState<{ done: number; visible: boolean } | undefined>();
  const [backingUp, setBackingUp] = useState(false);
  const [restoreFile, setRestoreFile] = useState<{ file: File; attempt: number } | undefined>();
  const restoreInput = useRef<HTMLInputElement>(null);
  const editorRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    const onHash = () => {
      const fromHash = editorFromHash(window.location.hash);
      if (fromHash) setEditor(fromHash);
    };
    window.addEventListener('hashchange', onHash);
    return () => window.removeEventListener('hashchange', onHash);
  }, []);
  useEffect(() => {
    if (editor) editorRef.current?.scrollIntoView({ block: 'start' });
  }, [editor]);

  const certifications = useLiveQuery(() => db.certifications.orderBy('cycleEnd').toArray(), [db]);
  // Filters, order, counts and totals work on the credit summary (32 records, lib/store/credit-summary.ts);
  // only the page on screen reads its activities.
  const rows = useLiveQuery(() => creditRows(db), [db]);
  const total = rows?.length;
  const oldestFirst = useMemo(() => rows && sortByDate(rows, 'oldest'), [rows]);
  const ordered = useMemo(
    () => oldestFirst && (order === 'oldest' ? oldestFirst : sortByDate(oldestFirst, order)),
    [oldestFirst, order],
  );
  // Typing stays responsive with a large log: the filtering runs in a deferred render.
  const deferredFilter = useDeferredValue(filter);
  const shown = useMemo(
    () => (ordered && certifications ? filterActivities(ordered, deferredFilter, certifications) : undefined),
    [ordered, certifications, deferredFilter],
  );
  const totals = useMemo(
    () =>
      shown && creditTotals(shown.map((row) => ({ credits: matchingCredits(row, deferredFilter, certifications) }))),
    [shown, deferredFilter, certifications],
  );
  const editing = useLiveQuery(
    async () => (editor?.mode === 'edit' ? ((await db.activities.get(editor.id)) ?? null) : undefined),
    [db, editor],
  );

  const pageCount = Math.max(1, Math.ceil((shown?.length ?? 0) / PAGE_SIZE));
  const currentPage = Math.min(page, pageCount - 1);
  const pageIds = useMemo(
    () => shown?.slice(currentPage * PAGE_SIZE, (currentPage + 1) * PAGE_SIZE).map((row) => row.id),
    [shown, currentPage],
  );
  const loaded = useLiveQuery(
    async () =>
      pageIds && new Map((await db.activities.bulkGet(pageIds)).flatMap((a) => (a ? [[a.id, a] as const] : []))),
    [db, pageIds],
  );
  // While a page is read, a filter that narrows what is on screen shows at once; anything else keeps
  // the previous page on screen for the moment the read takes.
  const pageItems = useMemo(() => {
    if (!loaded || !pageIds) return undefined;
    const items = pageIds.flatMap((id) => loaded.get(id) ?? []);
    return items.length === pageIds.length ? items : [...loaded.values()];
  }, [loaded, pageIds]);
  // The first screen of the log is on screen, for `npm run bench`.
  const ready = shown !== undefined && pageItems !== undefined;
  useEffect(() => {
    if (ready && performance.getEntriesByName(PERF_MARKS.logReady).length === 0) performance.mark(PERF_MARKS.logReady);
  }, [ready]);

  const changeFilter = (next: LogFilter) => {
    setFilter(next);
    setPage(0);
  };
  const closeEditor = () => {
    setEditor(undefined);
    if (window.location.hash) history.replaceState(null, '', window.location.pathname + window.location.search);
  };
  const report = (work: () => Promise<void>) => {
    work().catch((e: unknown) => setNotice({ text: message(e), error: true }));
  };

  const addActivity = async (draft: ActivityDraft, file: File | undefined): Promise<string | undefined> => {
    const saved = await saveActivity(db, draft, 'manual');
    if (saved.status === 'already')
      return `“${saved.activity.title}” (${saved.activity.completedOn}) is already this completion in your log.`;
    let attached = '';
    if (file) {
      const result = await attachCertificate(db, saved.activity.id, file);
      attached =
        result.status === 'attached'
          ? ` with its certificate file “${result.file.name}”`
          : `, but its certificate file was not attached: ${result.status === 'refused' ? result.message : 'the activity is gone'}`;
    }
    // The activity is saved either way: close the form so a second click cannot save it again.
    closeEditor();
    setNotice({ text: `Added “${saved.activity.title}”${attached}.` });
    return undefined;
  };

  const saveEdit = async (id: string, draft: ActivityDraft): Promise<string | undefined> => {
    const result = await updateActivity(db, id, draft);
    if (result.status === 'missing') return 'This activity is no longer in your log (it was deleted meanwhile).';
    if (result.status === 'conflict') {
      return `Not saved: “${result.other.title}” (${result.other.completedOn}) in your log is the same completion (same provider or organizer, course code or title, and date). Change one of them, or delete the other activity.`;
    }
    closeEditor();
    setNotice({ text: `Saved changes to “${result.activity.title}”.` });
    return undefined;
  };

  const remove = (activity: Activity) =>
    report(async () => {
      const removed = await deleteActivity(db, activity.id);
      if (!removed) return;
      if (editor?.mode === 'edit' && editor.id === activity.id) closeEditor();
      const files =
        removed.certificates.length > 0 ? ` and its certificate file ${fileNames(removed.certificates)}` : '';
      setNotice({
        text: `Deleted “${removed.activity.title}”${files}.`,
        undo: async () => {
          await restoreActivity(db, removed);
          setNotice({ text: `Restored “${removed.activity.title}”${files}.` });
        },
      });
    });

  const openCertificate = (activity: Activity) =>
    report(async () => {
      const file = await certificateOf(db, activity);
      if (!file) throw new Error(`The certificate file of “${activity.title}” is missing.`);
      openBlob(file.blob);
    });

  const exportCsv = () =>
    report(async () => {
      if (!oldestFirst || !shown) return;
      // Reading every activity by key and leaving out the others beats reading by date or id once they are half the log.
      const activities =
        exportScope === 'shown'
          ? activitiesInBatches(db, shown, {
              mostOfLog: shown.length * 2 > oldestFirst.length,
              wholeDays: keepsWholeDays(deferredFilter),
            })
          : activitiesInBatches(db, oldestFirst, { mostOfLog: true });
      setExporting({ done: 0, visible: false });
      const timer = setTimeout(() => setExporting((e) => e && { ...e, visible: true }), PROGRESS_DELAY_MS);
      try {
        await exportActivitiesCsv(activities, (done) => setExporting((e) => e && { ...e, done }));
        setNotice({
          text: `Exported ${activities.count} ${activities.count === 1 ? 'activity' : 'activities'} to CSV.`,
        });
      } finally {
        clearTimeout(timer);
        setExporting(undefined);
      }
    });

  const backUp = () =>
    report(async () => {
      setBackingUp(true);
      try {
        const name = backupFileName();
        downloadBlob(new Blob([await createBackup(db)], { type: 'application/json' }), name);
        setNotice({
          text: `Backed up ${total ?? 0} activities, ${certifications?.length ?? 0} certifications and their certificate files to “${name}”.`,
        });
      } finally {
        setBackingUp(false);
      }
    });

  return (
    <main className="log">
      <header className="log-header">
        <h1>CE Tally – Activity log</h1>
        <div className="log-actions">
          <button type="button" onClick={() => setEditor({ mode: 'add' })}>
            Add activity
          </button>
          <span className="export-group">
            <select
              aria-label="Which activities to export"
              value={exportScope}
              onChange={(e) => setExportScope(e.target.value as 'shown' | 'all')}
            >
              <option value="shown">What is shown ({shown?.length ?? 0})</option>
              <option value="all">Everything ({total ?? 0})</option>
            </select>
            <button type="button" disabled={!!exporting || !shown} onClick={exportCsv}>
              Export CSV
            </button>
          </span>
          <button type="button" disabled={backingUp} onClick={backUp}>
            Back up
          </button>
          <button type="button" onClick={() => restoreInput.current?.click()}>
            Restore
          </button>
          <input
            ref={restoreInput}
            type="file"
            accept="application/json,.json"
            hidden
            aria-label="Backup file to restore"
            onChange={(e) => {
              const file = e.target.files?.[0];
              if (file) setRestoreFile((previous) => ({ file, attempt: (previous?.attempt ?? 0) + 1 }));
              e.target.value = '';
            }}
          />
        </div>
      </header>

      {exporting?.visible && (
        <p className="export-progress" role="status">
          <label>
            Exporting CSV… <progress max={1} value={exporting.done} />
          </label>{' '}
          {Math.round(exporting.done * 100)}%
        </p>
      )}
      {notice && (
        <p className={notice.error ? 'notice error' : 'notice'} role={notice.error ? 'alert' : 'status'}>
          {notice.text}{' '}
          {notice.undo && (
            <button type="button" onClick={() => report(notice.undo!)}>
              Undo
            </button>
          )}
        </p>
      )}
      {restoreFile && (
        <RestorePanel
          key={restoreFile.attempt}
          db={db}
          file={restoreFile.file}
          onClose={() => setRestoreFile(undefined)}
        />
      )}

      <div ref={editorRef}>
        {editor?.mode === 'add' && (
          <ActivityForm
            heading="Add an activity"
            submitLabel="Save activity"
            withCertificateFile
            findDuplicates={(draft) => findPossibleDuplicates(db, draft)}
            onSubmit={addActivity}
            onCancel={closeEditor}
          />
        )}
        {editor?.mode === 'edit' && editing === null && (
          <p role="alert" className="notice error">
            That activity is not in your log (it may have been deleted).{' '}
            <button type="button" onClick={closeEditor}>
              Close
            </button>
          </p>
        )}
        {editor?.mode === 'edit' && editing && (
          <ActivityForm
            key={editing.id}
            heading="Edit activity"
            submitLabel="Save changes"
            initial={editing}
            findDuplicates={(draft) => findPossibleDuplicates(db, draft, editing.id)}
            onSubmit={(draft) => saveEdit(editing.id, draft)}
            onCancel={closeEditor}
          >
            <CertificateFilePanel db={db} activity={editing} />
          </ActivityForm>
        )}
      </div>

      <LogFilters
        filter={filter}
        onFilter={changeFilter}
        order={order}
        onOrder={(o) => {
          setOrder(o);
          setPage(0);
        }}
        certifications={certifications ?? []}
      />

      {!ready || total === undefined ? (
        <p className="muted">Loading…</p>
      ) : total === 0 ? (
        <p className="empty">
          Your log is empty. Save a course on a provider’s site, add one with “Add activity”, or restore a backup.
        </p>
      ) : (
        <>
          <p className="summary" aria-live="polite">
            {isFiltered(deferredFilter)
              ? `Showing ${shown.length} of ${total} activities`
              : `${total} ${total === 1 ? 'activity' : 'activities'}`}
            {(deferredFilter.kind || deferredFilter.body || deferredFilter.certificationId) && (
              <span className="muted"> · totals count the matching credits only</span>
            )}
          </p>
          <TotalsPanel totals={totals} />
          {shown.length === 0 ? (
            <p className="empty">No activity matches these filters.</p>
          ) : (
            <>
              <LogTable
                activities={pageItems}
                onEdit={(a) => setEditor({ mode: 'edit', id: a.id })}
                onDelete={remove}
                onOpenCertificate={openCertificate}
              />
              {pageCount > 1 && (
                <nav className="pagination" aria-label="Pages">
                  <button type="button" disabled={currentPage === 0} onClick={() => setPage(currentPage - 1)}>
                    Previous page
                  </button>
                  <span>
                    Page {currentPage + 1} of {pageCount} (activities {currentPage * PAGE_SIZE + 1}–
                    {Math.min(shown.length, (currentPage + 1) * PAGE_SIZE)})
                  </span>
                  <button
                    type="button"
                    disabled={currentPage === pageCount - 1}
                    onClick={() => setPage(currentPage + 1)}
                  >
                    Next page
                  </button>
                </nav>
              )}
            </>
          )}
        </>
      )}
    </main>
  );
}
