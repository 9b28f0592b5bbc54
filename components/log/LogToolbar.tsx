import { useRef, useState, type ReactNode } from 'react';
import { batchesFor, sortByDate, type DateOrder } from '../../lib/store/activities';
import { creditRows } from '../../lib/store/credit-rows';
import { backupFileName, createBackup } from '../../lib/export/backup';
import type { CeTallyDb } from '../../lib/store/db';
import type { CreditRow } from '../../lib/store/credit-summary';
import { downloadBlob, exportActivitiesCsv } from '../../lib/export/download';
import { errorMessage } from '../../lib/errors';

/** Progress appears only for an export that takes longer than this: a short one would just flicker. */
const PROGRESS_DELAY_MS = 1000;

export interface LogToolbarProps {
  db: CeTallyDb;
  /** The rows the filters show, in the log's order, and every row oldest first. */
  shown: readonly CreditRow[] | undefined;
  oldestFirst: readonly CreditRow[] | undefined;
  /** Every activity, counted (known before the rows are read), and the log's order. */
  total: number | undefined;
  order: DateOrder;
  /** The filter keeps every activity of its dates (read by ranges of dates). */
  wholeDays: boolean;
  certificationCount: number;
  /** Runs an action; its failure is shown as the log's notice. */
  run: (work: () => Promise<unknown>) => void;
  onNotice: (text: string) => void;
  onRestore: (file: File) => void;
  /** Shown first, e.g. Add activity. */
  children?: ReactNode;
}

/** The log's tools: which activities to export, Export CSV, Back up and Restore. */
export function LogToolbar({
  db,
  shown,
  oldestFirst,
  total = 0,
  order,
  wholeDays,
  certificationCount,
  run,
  onNotice,
  onRestore,
  children,
}: LogToolbarProps) {
  const [exportScope, setExportScope] = useState<'shown' | 'all'>('shown');
  const [exporting, setExporting] = useState<{ done: number; visible: boolean } | undefined>();
  const [backingUp, setBackingUp] = useState(false);
  const restoreInput = useRef<HTMLInputElement>(null);

  const exportCsv = () =>
    run(async () => {
      if (exporting) return;
      // Clicked before the log's rows are read (its first screen comes first): the export reads them, and
      // the screen is then unfiltered, every row in the log's order.
      const all = oldestFirst ?? sortByDate(await creditRows(db), 'oldest');
      const activities =
        exportScope === 'shown'
          ? await batchesFor(db, shown ?? sortByDate(all, order), { wholeDays })
          : await batchesFor(db, all);
      setExporting({ done: 0, visible: false });
      const timer = setTimeout(() => setExporting((e) => e && { ...e, visible: true }), PROGRESS_DELAY_MS);
      try {
        await exportActivitiesCsv(activities, (done) => setExporting((e) => e && { ...e, done })).catch(
          (e: unknown) => {
            throw new Error(`The CSV export stopped (${errorMessage(e)}): no file was downloaded. Try again.`);
          },
        );
        onNotice(`Exported ${activities.count} ${activities.count === 1 ? 'activity' : 'activities'} to CSV.`);
      } finally {
        clearTimeout(timer);
        setExporting(undefined);
      }
    });

  const backUp = () =>
    run(async () => {
      setBackingUp(true);
      try {
        const name = backupFileName();
        const backup = await createBackup(db).catch((e: unknown) => {
          throw new Error(`The backup stopped (${errorMessage(e)}): no file was downloaded. Try again.`);
        });
        downloadBlob(backup, name);
        onNotice(
          `Backed up ${total} activities, ${certificationCount} certifications and their certificate files to “${name}”.`,
        );
      } finally {
        setBackingUp(false);
      }
    });

  return (
    <>
      <div className="log-actions">
        {children}
        <span className="export-group">
          <select
            aria-label="Which activities to export"
            value={exportScope}
            onChange={(e) => setExportScope(e.target.value as 'shown' | 'all')}
          >
            <option value="shown">What is shown ({shown?.length ?? 0})</option>
            <option value="all">Everything ({total})</option>
          </select>
          {/* aria-disabled while exporting, not disabled: a disabled button drops the focus to the page. */}
          <button type="button" disabled={total === 0} aria-disabled={exporting ? true : undefined} onClick={exportCsv}>
            Export CSV
          </button>
        </span>
        <button type="button" aria-disabled={backingUp || undefined} onClick={() => !backingUp && backUp()}>
          Back up
        </button>
        <button type="button" onClick={() => restoreInput.current?.click()}>
          Restore
        </button>
        <input
          ref={restoreInput}
          type="file"
          accept="application/json,.json,application/x-ndjson,.jsonl"
          hidden
          aria-label="Backup file to restore"
          onChange={(e) => {
            const file = e.target.files?.[0];
            if (file) onRestore(file);
            e.target.value = '';
          }}
        />
      </div>
      {exporting?.visible && (
        <p className="export-progress" role="status">
          <label>
            Exporting CSV… <progress max={1} value={exporting.done} />
          </label>{' '}
          {Math.round(exporting.done * 100)}%
        </p>
      )}
    </>
  );
}
