import { useEffect, useRef, useState } from 'react';
import { useAction } from '../use-action';
import type { Removed, SaveResult } from '../../lib/store/activities';
import type { CeTallyDb } from '../../lib/store/db';
import type { TabReply } from '../../lib/background/messages';
import { CreditList } from '../CreditList';
import { CategorySuggestion } from './CategorySuggestion';
import { PageCapture } from './PageCapture';
import { ShortenedNote } from '../ShortenedNote';
import { formatDate } from '../../lib/model/format';

export interface CurrentTabActions {
  undo: (activityId: string) => Promise<Removed | undefined>;
  saveAgain: (removed: Removed) => Promise<void>;
  openEditor: (activityId: string) => void;
  /** Runs capture.js in the current tab (activeTab + scripting) and answers what it returned, unchecked. */
  capture?: () => Promise<unknown>;
  /** The log changed from the popup (a capture saved): the background recomputes the tab's badge. */
  refreshTab?: (capturedActivityId?: string) => Promise<unknown>;
}

/** The top of the popup: what this tab shows and what the click did. */
export function CurrentTabPanel({
  db,
  reply,
  actions,
}: {
  db: CeTallyDb;
  reply: TabReply | undefined;
  actions: CurrentTabActions;
}) {
  const [removed, setRemoved] = useState<Removed | undefined>();
  const [captured, setCaptured] = useState<SaveResult | undefined>();

  const { error, run } = useAction();
  // Undo and Save swap places: focus follows to the button that now answers, never dropping to the page.
  const swapped = useRef(false);
  const saveAgainRef = useRef<HTMLButtonElement>(null);
  const undoRef = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (!swapped.current) return;
    swapped.current = false;
    (removed ? saveAgainRef : undoRef).current?.focus();
  }, [removed]);

  if (reply === undefined)
    return (
      <section className="current" aria-busy="true">
        <p className="muted">Looking at this page…</p>
      </section>
    );
  if (reply.status === 'error') {
    return (
      <section className="current current-error" role="alert">
        <p>Could not save this page: {reply.message}. Nothing was lost; try again.</p>
      </section>
    );
  }
  if (reply.status === 'none') {
    // A capture saved here shows as a detected save does: Saved, with Undo and Edit.
    if (captured) return <CurrentTabPanel db={db} reply={captured} actions={actions} />;
    return (
      <section className="current">
        <p className="muted">No finished course detected on this page.</p>
        <PageCapture db={db} readPage={actions.capture} refreshTab={actions.refreshTab} onSaved={setCaptured} />
      </section>
    );
  }

  const { activity } = reply;
  if (removed) {
    return (
      <section className="current" aria-live="polite">
        <p>
          <strong>Removed</strong> “{activity.title}” from your log.
        </p>
        <button
          ref={saveAgainRef}
          type="button"
          onClick={() =>
            run(async () => {
              await actions.saveAgain(removed);
              swapped.current = true;
              setRemoved(undefined);
            })
          }
        >
          Save
        </button>
        {error && (
          <p role="alert" className="error">
            {error}
          </p>
        )}
      </section>
    );
  }
  return (
    <section className="current current-saved" aria-live="polite">
      <div className="current-head">
        <p className="status">
          <strong>{reply.status === 'saved' ? 'Saved' : 'Already saved'}</strong>
          {reply.status === 'already' && <span className="muted"> (it is in your log)</span>}
        </p>
        <div className="actions">
          <button
            ref={undoRef}
            type="button"
            onClick={() =>
              run(async () => {
                const gone = await actions.undo(activity.id);
                swapped.current = true;
                setRemoved(gone);
              })
            }
          >
            Undo
          </button>
          <button type="button" aria-label={`Edit “${activity.title}”`} onClick={() => actions.openEditor(activity.id)}>
            Edit
          </button>
        </div>
      </div>
      <p className="current-title">{activity.title}</p>
      <ShortenedNote activity={activity} fix="Edit it in the log." />
      <p className="muted">
        Completed {formatDate(activity.completedOn)}
        {activity.courseCode ? ` · ${activity.courseCode}` : ''}
      </p>
      <CreditList credits={activity.credits} />
      <CategorySuggestion key={activity.id} db={db} activity={activity} />
      {activity.cprAed && (
        <p className="muted">CPR/AED course: add your card’s expiry to each certification that asks for one.</p>
      )}
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
    </section>
  );
}
