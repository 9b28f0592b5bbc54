import { sourceText } from '../../lib/forms/activity-form';
import type { Activity } from '../../lib/model/schema';
import { CreditList } from '../CreditList';
import { formatDate } from '../../lib/model/format';

interface LogTableProps {
  activities: Activity[];
  onEdit: (activity: Activity) => void;
  onDelete: (activity: Activity) => void;
  onOpenCertificate: (activity: Activity) => void;
}

/** One page of the log. Text from pages is rendered as text; links are http(s) only (the schema says so). */
export function LogTable({ activities, onEdit, onDelete, onOpenCertificate }: LogTableProps) {
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
      <tbody>
        {activities.map((a) => (
          <tr key={a.id}>
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
              <button type="button" onClick={() => onEdit(a)}>
                Edit
              </button>
              <button type="button" onClick={() => onDelete(a)}>
                Delete
              </button>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
