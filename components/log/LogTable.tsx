import { Fragment, useEffect, useRef } from 'react';
import { sourceText } from '../../lib/forms/activity-form';
import type { Activity } from '../../lib/model/schema';
import { CreditList } from '../CreditList';
import { formatDate } from '../../lib/model/format';

/** A row just deleted: its notice and Undo stand where it was, after the row `afterId` (null: first). */
export interface DeletedRow {
  key: number;
  afterId: string | null;
  text: string;
  onUndo: () => void;
}

interface LogTableProps {
  activities: Activity[];
  onEdit: (activity: Activity) => void;
  onDelete: (activity: Activity) => void;
  onOpenCertificate: (activity: Activity) => void;
  deleted?: DeletedRow;
  /** The row whose Edit button takes focus once it is on screen (a row restored by Undo). */
  focusId?: string;
}

/** The notice of a deletion with its Undo: a row of the table, or a paragraph where no table is left. */
export function DeletedNotice({ deleted, inTable = true }: { deleted: DeletedRow; inTable?: boolean }) {
  const undo = useRef<HTMLButtonElement>(null);
  // The row under the focus is gone: focus goes to its Undo, where the eye already is.
  useEffect(() => undo.current?.focus(), [deleted.key]);
  const content = (
    <>
      {deleted.text}{' '}
      <button ref={undo} type="button" onClick={deleted.onUndo}>
        Undo
      </button>
    </>
  );
  if (!inTable)
    return (
      <p className="notice" role="status">
        {content}
      </p>
    );
  return (
    <tr className="deleted-row">
      <td colSpan={6} role="status">
        {content}
      </td>
    </tr>
  );
}

/** One page of the log. Text from pages is rendered as text; links are http(s) only (the schema says so). */
export function LogTable({ activities, onEdit, onDelete, onOpenCertificate, deleted, focusId }: LogTableProps) {
  const body = useRef<HTMLTableSectionElement>(null);
  const onScreen = focusId !== undefined && activities.some((a) => a.id === focusId);
  useEffect(() => {
    if (onScreen) body.current?.querySelector<HTMLElement>(`tr[data-id="${CSS.escape(focusId!)}"] .edit`)?.focus();
  }, [onScreen, focusId]);
  const deletedAt =
    deleted && (deleted.afterId === null || !activities.some((a) => a.id === deleted.afterId))
      ? null
      : deleted?.afterId;
  return (
    <table className="log-table">
      <thead>
        <tr>
          <th scope="col">Date</th>
          <th scope="col">Title</th>
          <th scope="col">Provider or organizer</th>
          <th scope="col">Credits</th>
          <th scope="col">Certificate</th>
          <th scope="col">
            <span className="visually-hidden">Actions</span>
          </th>
        </tr>
      </thead>
      <tbody ref={body}>
        {deleted && deletedAt === null && <DeletedNotice key={deleted.key} deleted={deleted} />}
        {activities.map((a) => (
          <Fragment key={a.id}>
            <tr data-id={a.id} className={a.id === focusId ? 'just-changed' : undefined}>
              <td className="date">
                <time dateTime={a.completedOn}>{formatDate(a.completedOn)}</time>
              </td>
              <th scope="row" className="title">
                {a.title}
                <span className="muted details">
                  {[
                    a.format,
                    a.courseCode,
                    a.cprAed ? 'CPR/AED' : null,
                    a.capturedBy === 'manual' ? 'added by hand' : null,
                  ]
                    .filter(Boolean)
                    .join(' · ')}
                </span>
              </th>
              <td className="source">{sourceText(a)}</td>
              <td className="credits">
                <CreditList credits={a.credits} />
              </td>
              <td className="certificate">
                {a.certificateFileId ? (
                  <button
                    type="button"
                    className="link"
                    aria-label={`Open the certificate file of “${a.title}”`}
                    onClick={() => onOpenCertificate(a)}
                  >
                    📄 File
                  </button>
                ) : a.certificateUrl ? (
                  <a
                    href={a.certificateUrl}
                    target="_blank"
                    rel="noopener noreferrer"
                    aria-label={`Certificate page of “${a.title}”`}
                  >
                    Page
                  </a>
                ) : (
                  <span className="muted" aria-label="None">
                    –
                  </span>
                )}
              </td>
              <td className="row-actions">
                <button type="button" className="edit" aria-label={`Edit “${a.title}”`} onClick={() => onEdit(a)}>
                  Edit
                </button>
                <button type="button" aria-label={`Delete “${a.title}”`} onClick={() => onDelete(a)}>
                  Delete
                </button>
              </td>
            </tr>
            {deleted && deletedAt === a.id && <DeletedNotice key={deleted.key} deleted={deleted} />}
          </Fragment>
        ))}
      </tbody>
    </table>
  );
}
