import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useRef, useState, type ReactNode } from 'react';
import {
  deleteActivity,
  findPossibleDuplicates,
  restoreActivity,
  saveActivity,
  updateActivity,
  type DateOrder,
} from '../../lib/store/activities';
import { attachCertificate, certificateOf } from '../../lib/store/certificate-files';
import { type CeTallyDb } from '../../lib/store/db';
import { isFiltered, keepsWholeDays, NO_FILTER, type LogFilter } from '../../lib/tally/log-filter';
import { parseOptionsHash } from '../../lib/routes';
import type { Activity, ActivityDraft } from '../../lib/model/schema';
import { ActivityForm } from '../ActivityForm';
import { useAction } from '../use-action';
import { CertificateFilePanel, fileNames } from './CertificateFilePanel';
import { openBlob } from '../../lib/export/download';
import { LogFilters } from './LogFilters';
import { DeletedNotice, LogTable, type DeletedRow } from './LogTable';
import { FormDialog } from '../FormDialog';
import { LogToolbar } from './LogToolbar';
import { Pagination } from './Pagination';
import { RestorePanel } from './RestorePanel';
import { ImportPanel } from './import/ImportPanel';
import { TotalsPanel } from '../TotalsPanel';
import { FirstScreenPainted, useLogRows } from './use-log-rows';

export { PAGE_SIZE } from './use-log-rows';

type Editor = { mode: 'add' } | { mode: 'edit'; id: string };
interface Notice {
  text: string;
  error?: boolean;
  undo?: () => Promise<void>;
}

/** The popup's Edit opens the log at its activity (lib/routes.ts). */
function editorFromHash(hash: string): Editor | undefined {
  const route = parseOptionsHash(hash);
  return route?.kind === 'edit' ? { mode: 'edit', id: route.id } : undefined;
}

/** A renewal reminder opens the log on its certification (#certification=<id>): filtered to its current cycle. */
function filterFromHash(hash: string): LogFilter {
  const route = parseOptionsHash(hash);
  return route?.kind === 'certification' ? { ...NO_FILTER, certificationId: route.certificationId } : NO_FILTER;
}

/**
 * The options page: the whole activity log, with search, filters, editing, export, back up and restore.
 * `lead` comes first under the page's heading: the certifications and their state, what people come for.
 */
export function LogApp({ db, lead }: { db: CeTallyDb; lead?: ReactNode }) {
  const [filter, setFilter] = useState<LogFilter>(() => filterFromHash(window.location.hash));
  const [order, setOrder] = useState<DateOrder>('newest');
  const [page, setPage] = useState(0);
  const [editor, setEditor] = useState<Editor | undefined>(() => editorFromHash(window.location.hash));
  const [notice, setNotice] = useState<Notice | undefined>();
  const [restoreFile, setRestoreFile] = useState<{ file: File; attempt: number } | undefined>();
  const [deleted, setDeleted] = useState<DeletedRow | undefined>();
  const [focusId, setFocusId] = useState<string | undefined>();
  const deletions = useRef(0);
  const { run } = useAction((text) => setNotice({ text, error: true }));
  const {
    certifications,
    total,
    painted,
    oldestFirst,
    shown,
    deferredFilter,
    totals,
    pageItems,
    pageCount,
    currentPage,
  } = useLogRows(db, filter, order, page);

  useEffect(() => {
    const onHash = () => {
      const fromHash = editorFromHash(window.location.hash);
      if (fromHash) setEditor(fromHash);
    };
    window.addEventListener('hashchange', onHash);
    return () => window.removeEventListener('hashchange', onHash);
  }, []);

  const editing = useLiveQuery(
    async () => (editor?.mode === 'edit' ? ((await db.activities.get(editor.id)) ?? null) : undefined),
    [db, editor],
  );

  const changeFilter = (next: LogFilter) => {
    setFilter(next);
    setPage(0);
  };
  const closeEditor = () => {
    setEditor(undefined);
    if (window.location.hash) history.replaceState(null, '', window.location.pathname + window.location.search);
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
    setFocusId(id);
    setNotice({ text: `Saved changes to “${result.activity.title}”.` });
    return undefined;
  };

  const remove = (activity: Activity) =>
    run(async () => {
      const index = pageItems?.findIndex((a) => a.id === activity.id) ?? -1;
      const afterId = index > 0 ? pageItems![index - 1].id : null;
      const removed = await deleteActivity(db, activity.id);
      if (!removed) return;
      if (editor?.mode === 'edit' && editor.id === activity.id) closeEditor();
      const files =
        removed.certificates.length > 0 ? ` and its certificate file ${fileNames(removed.certificates)}` : '';
      setNotice(undefined);
      setDeleted({
        key: ++deletions.current,
        afterId,
        text: `Deleted “${removed.activity.title}”${files}.`,
        onUndo: () =>
          run(async () => {
            await restoreActivity(db, removed);
            setDeleted(undefined);
            setFocusId(removed.activity.id);
            setNotice({ text: `Restored “${removed.activity.title}”${files}.` });
          }),
      });
    });

  /** Where focus goes when the dialog's opener is gone: the row edited, else the page's heading. */
  const focusAfterDialog = () =>
    (editor?.mode === 'edit'
      ? document.querySelector<HTMLElement>(`tr[data-id="${CSS.escape(editor.id)}"] .edit`)
      : null) ?? document.querySelector<HTMLElement>('#add-activity');

  const openCertificate = (activity: Activity) =>
    run(async () => {
      const file = await certificateOf(db, activity);
      if (!file) throw new Error(`The certificate file of “${activity.title}” is missing.`);
      openBlob(file.blob);
    });

  return (
    <main className="log">
      <header className="log-header">
        <h1>CE Tally – Activity log</h1>
        <LogToolbar
          db={db}
          shown={shown}
          oldestFirst={oldestFirst}
          total={total}
          order={order}
          wholeDays={keepsWholeDays(deferredFilter)}
          certificationCount={certifications?.length ?? 0}
          run={run}
          onNotice={(text) => setNotice({ text })}
          onRestore={(file) => setRestoreFile((previous) => ({ file, attempt: (previous?.attempt ?? 0) + 1 }))}
        >
          <button id="add-activity" type="button" onClick={() => setEditor({ mode: 'add' })}>
            Add activity
          </button>
        </LogToolbar>
      </header>
      <FirstScreenPainted.Provider value={painted}>{lead}</FirstScreenPainted.Provider>
      <ImportPanel db={db} certifications={certifications} />

      {notice && (
        <p className={notice.error ? 'notice error' : 'notice'} role={notice.error ? 'alert' : 'status'}>
          {notice.text}{' '}
          {notice.undo && (
            <button type="button" onClick={() => run(notice.undo!)}>
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

      {editor?.mode === 'add' && (
        <FormDialog label="Add an activity" onClose={closeEditor} fallbackFocus={focusAfterDialog}>
          <ActivityForm
            heading="Add an activity"
            submitLabel="Save activity"
            withCertificateFile
            certifications={certifications}
            findDuplicates={(draft) => findPossibleDuplicates(db, draft)}
            onSubmit={addActivity}
            onCancel={closeEditor}
          />
        </FormDialog>
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
        <FormDialog key={editing.id} label="Edit activity" onClose={closeEditor} fallbackFocus={focusAfterDialog}>
          <ActivityForm
            heading="Edit activity"
            submitLabel="Save changes"
            initial={editing}
            certifications={certifications}
            findDuplicates={(draft) => findPossibleDuplicates(db, draft, editing.id)}
            onSubmit={(draft) => saveEdit(editing.id, draft)}
            onCancel={closeEditor}
          >
            <CertificateFilePanel db={db} activity={editing} />
          </ActivityForm>
        </FormDialog>
      )}

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

      {deleted && shown?.length === 0 && <DeletedNotice key={deleted.key} deleted={deleted} inTable={false} />}
      {!pageItems || total === undefined ? (
        <p className="muted">Loading…</p>
      ) : total === 0 ? (
        <p className="empty">
          Your log is empty. Save a course on a provider’s site, add one with “Add activity”, or restore a backup.
        </p>
      ) : (
        <>
          <p className="summary" aria-live="polite">
            {shown && isFiltered(deferredFilter)
              ? `Showing ${shown.length} of ${total} activities`
              : `${total} ${total === 1 ? 'activity' : 'activities'}`}
            {(deferredFilter.kind || deferredFilter.body || deferredFilter.certificationId) && (
              <span className="muted"> · totals count the matching credits only</span>
            )}
          </p>
          <TotalsPanel totals={totals} />
          {shown?.length === 0 ? (
            <p className="empty">No activity matches these filters.</p>
          ) : (
            <>
              <LogTable
                activities={pageItems}
                onEdit={(a) => setEditor({ mode: 'edit', id: a.id })}
                onDelete={remove}
                onOpenCertificate={openCertificate}
                deleted={deleted}
                focusId={focusId}
              />
              {/* Once every row is read: another page, or a filter, needs them. */}
              {shown && (
                <Pagination page={currentPage} pageCount={pageCount} shownCount={shown.length} onPage={setPage} />
              )}
            </>
          )}
        </>
      )}
    </main>
  );
}
