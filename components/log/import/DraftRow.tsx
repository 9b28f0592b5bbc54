import { ActivityForm } from '../../ActivityForm';
import { CreditList } from '../../CreditList';
import type { DraftField } from '../../../lib/import/draft';
import { PROVIDER_NAMES } from '../../../lib/detect/registry';
import type { Activity, ActivityDraft, Certification } from '../../../lib/model/schema';
import type { ImportDraft } from '../../../lib/import/draft';

export interface ReviewItem {
  key: number;
  draft: ImportDraft;
  checked: boolean;
  /** The log's activity this looks like, or 'import' when an earlier draft of this import is the same completion. */
  duplicate: Activity | 'import' | null;
  /** What keeps it from being saved (no date read, say); empty when it can be. */
  problems: string[];
  editing?: boolean;
}

const Unsure = ({ field, unsure }: { field: DraftField; unsure: readonly DraftField[] }) =>
  unsure.includes(field) ? <span className="unsure"> (check)</span> : null;

/** One draft of the review: what was read, the fields the reader was unsure of marked, its checkbox and Edit. */
export function DraftRow({
  item,
  certifications,
  onCheck,
  onEdit,
  onEdited,
}: {
  item: ReviewItem;
  certifications?: readonly Certification[];
  onCheck: (checked: boolean) => void;
  onEdit: (editing: boolean) => void;
  onEdited: (draft: ActivityDraft) => void;
}) {
  const { draft, duplicate, problems } = item;
  const fields = draft.fields;
  const name = fields.title || draft.fileName;
  const source = fields.provider ? PROVIDER_NAMES[fields.provider] : fields.organizer;
  return (
    <li className={`draft${item.checked ? ' checked' : ''}`} aria-label={`Draft “${name}”`}>
      <label className="draft-check">
        <input
          type="checkbox"
          aria-label={`Import “${name}”`}
          checked={item.checked}
          disabled={problems.length > 0}
          onChange={(e) => onCheck(e.target.checked)}
        />
      </label>
      <div className="draft-fields">
        <p className="draft-title">
          <strong>{fields.title || 'No title read'}</strong>
          <Unsure field="title" unsure={draft.unsure} />
        </p>
        <p>
          {fields.completedOn || 'No date read'}
          <Unsure field="completedOn" unsure={draft.unsure} />
          {' · '}
          {source || 'Provider unknown'}
          <Unsure field="provider" unsure={draft.unsure} />
          {fields.courseCode ? ` · ${fields.courseCode}` : ''}
        </p>
        <div>
          <CreditList credits={fields.credits ?? []} />
          <Unsure field="credits" unsure={draft.unsure} />
        </div>
        <p className="muted">
          From “{draft.fileName}”{draft.source ? ', attached when saved' : ''}
        </p>
        {duplicate && (
          <p className="duplicate">
            {duplicate === 'import'
              ? 'The same completion is earlier in this import.'
              : `Already in your log: “${duplicate.title}” (${duplicate.completedOn}).`}
          </p>
        )}
        {draft.missing.map((line, i) => (
          <p key={i} className="missing">
            {line}
          </p>
        ))}
        {problems.map((line, i) => (
          <p key={i} className="notice error">
            {line}
          </p>
        ))}
        {item.editing ? (
          <ActivityForm
            heading={`Edit “${name}”`}
            submitLabel="Use these details"
            initial={fields}
            certifications={certifications}
            onSubmit={async (edited) => {
              onEdited(edited);
              return undefined;
            }}
            onCancel={() => onEdit(false)}
          />
        ) : (
          <button type="button" onClick={() => onEdit(true)}>
            Edit
          </button>
        )}
      </div>
    </li>
  );
}
