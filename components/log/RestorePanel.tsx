import { useEffect, useState } from 'react';
import { applyRestore, previewRestore, readBackupFile, type Backup, type RestorePlan } from '../../lib/export/backup';
import type { CeTallyDb } from '../../lib/store/db';
import { describeStorageError, errorMessage } from '../../lib/errors';

type Stage =
  | { stage: 'checking' }
  | { stage: 'refused'; reason: string }
  | { stage: 'preview'; backup: Backup; plan: RestorePlan }
  | { stage: 'restoring' }
  | { stage: 'done'; plan: RestorePlan };

const count = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** "3 to add, 1 to merge, 2 already in your log". */
function planLine(part: { added: unknown[]; merged?: unknown[]; skipped: unknown[] }, skippedLabel: string): string {
  return [
    `${part.added.length} to add`,
    part.merged && `${part.merged.length} to merge`,
    `${part.skipped.length} ${skippedLabel}`,
  ]
    .filter(Boolean)
    .join(', ');
}

/**
 * Restore from a chosen backup file: the whole file is checked first, then the user sees what will be
 * added, merged and skipped, and only "Confirm restore" writes (in one transaction).
 */
export function RestorePanel({ db, file, onClose }: { db: CeTallyDb; file: File; onClose: () => void }) {
  const [state, setState] = useState<Stage>({ stage: 'checking' });

  useEffect(() => {
    let current = true;
    void (async () => {
      const reading = await readBackupFile(file);
      if (!reading.ok) return current && setState({ stage: 'refused', reason: reading.reason });
      const plan = await previewRestore(db, reading.backup);
      if (current) setState({ stage: 'preview', backup: reading.backup, plan });
    })().catch((e: unknown) => current && setState({ stage: 'refused', reason: errorMessage(e) }));
    return () => {
      current = false;
    };
  }, [db, file]);

  const confirm = async (backup: Backup) => {
    setState({ stage: 'restoring' });
    try {
      setState({ stage: 'done', plan: await applyRestore(db, backup) });
    } catch (e) {
      // One transaction: whatever failed (a full disk halfway), the log and its summary are as they were.
      setState({ stage: 'refused', reason: `Restoring failed. ${describeStorageError(e)}` });
    }
  };

  return (
    <section className="panel restore-panel" aria-labelledby="restore-heading">
      <h2 id="restore-heading">Restore from “{file.name}”</h2>
      {state.stage === 'checking' && <p aria-busy="true">Checking the backup…</p>}
      {state.stage === 'restoring' && <p aria-busy="true">Restoring…</p>}
      {state.stage === 'refused' && (
        <>
          <p role="alert" className="error">
            Not restored. {state.reason} Nothing in your log was changed.
          </p>
          <button type="button" onClick={onClose}>
            Close
          </button>
        </>
      )}
      {state.stage === 'preview' && (
        <Preview
          backup={state.backup}
          plan={state.plan}
          onConfirm={() => void confirm(state.backup)}
          onCancel={onClose}
        />
      )}
      {state.stage === 'done' && (
        <>
          <p role="status">
            Restored: {count(state.plan.activities.added.length, 'activity', 'activities')} added,{' '}
            {state.plan.activities.merged.length} merged, {state.plan.activities.skipped.length} already there;{' '}
            {count(state.plan.certifications.added.length + state.plan.certifications.merged.length, 'certification')}{' '}
            and {count(state.plan.files.added.length, 'certificate file')} restored.
          </p>
          <button type="button" onClick={onClose}>
            Close
          </button>
        </>
      )}
    </section>
  );
}

function Preview({
  backup,
  plan,
  onConfirm,
  onCancel,
}: {
  backup: Backup;
  plan: RestorePlan;
  onConfirm: () => void;
  onCancel: () => void;
}) {
  const changes =
    plan.activities.added.length +
    plan.activities.merged.length +
    plan.certifications.added.length +
    plan.certifications.merged.length +
    plan.files.added.length;
  return (
    <>
      <p>
        Backup made {backup.createdAt.slice(0, 10)}: {count(backup.activities.length, 'activity', 'activities')},{' '}
        {count(backup.certifications.length, 'certification')},{' '}
        {count(backup.certificateFiles.length, 'certificate file')}.
      </p>
      <ul className="plan">
        <li>Activities: {planLine(plan.activities, 'already in your log')}</li>
        <li>Certifications: {planLine(plan.certifications, 'already in your log')}</li>
        <li>Certificate files: {planLine(plan.files, 'not restored')}</li>
      </ul>
      {plan.activities.merged.length > 0 && (
        <details>
          <summary>Activities to merge</summary>
          <ul>
            {plan.activities.merged.slice(0, 100).map(({ existing, result }) => (
              <li key={existing.id}>
                “{existing.title}”, {existing.completedOn}:{' '}
                {result.updatedAt > existing.updatedAt
                  ? 'the backup’s newer version replaces yours'
                  : 'your version stays; the backup adds its certificate file'}
              </li>
            ))}
          </ul>
        </details>
      )}
      {plan.files.skipped.length > 0 && (
        <details open>
          <summary>Certificate files not restored</summary>
          <ul>
            {plan.files.skipped.map(({ file, reason }) => (
              <li key={file.id}>
                “{file.name}”: {reason}
              </li>
            ))}
          </ul>
        </details>
      )}
      <p className="muted">
        An activity already in your log (the same completion) is merged: the newer version is kept whole, and a
        certificate file in your log is never replaced.
      </p>
      {changes === 0 && <p>Everything in this backup is already in your log.</p>}
      <div className="actions">
        <button type="button" disabled={changes === 0} onClick={onConfirm}>
          Confirm restore
        </button>
        <button type="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </>
  );
}
