import { useState } from 'react';
import type { Removed } from '../lib/activities';
import type { TabReply } from '../lib/messages';
import { CreditList } from './CreditList';
import { ShortenedNote } from './ShortenedNote';

export interface CurrentTabActions {
  undo: (activityId: string) => Promise<Removed | undefined>;
  saveAgain: (removed: Removed) => Promise<void>;
  openEditor: (activityId: string) => void;
  capture?: () => void;
}

/** The top of the popup: what this tab shows and what the click did. */
export function CurrentTabPanel({ reply, actions }: { reply: TabReply | undefined; actions: CurrentTabActions }) {
  const [removed, setRemoved] = useState<Removed | undefined>();
  const [error, setError] = useState<string | undefined>();

  const run = (work: () => Promise<void>) => () => {
    setError(undefined);
    work().catch((e: unknown) => setError(e instanceof Error ? e.message : String(e)));
  };

  if (reply === undefined) return <section className="current" aria-busy="true"><p className="muted">Looking at this page…</p></section>;
  if (reply.status === 'error') {
    return (
      <section className="current current-error" role="alert">
        <p>Could not save this page: {reply.message}. Nothing was lost; try again.</p>
      </section>
    );
  }
  if (reply.status === 'none') {
    return (
      <section className="current">
        <p className="muted">No finished course detected on this page.</p>
        {actions.capture && <button type="button" onClick={actions.capture}>Capture this page</button>}
      </section>
    );
  }

  const { activity } = reply;
  if (removed) {
    return (
      <section className="current" aria-live="polite">
        <p><strong>Removed</strong> “{activity.title}” from your log.</p>
        <button type="button" onClick={run(async () => { await actions.saveAgain(removed); setRemoved(undefined); })}>Save</button>
        {error && <p role="alert" className="error">{error}</p>}
      </section>
    );
  }
  return (
    <section className="current current-saved" aria-live="polite">
      <p className="status">
        <strong>{reply.status === 'saved' ? 'Saved' : 'Already saved'}</strong>
        {reply.status === 'already' && <span className="muted"> (it is in your log)</span>}
      </p>
      <p className="current-title">{activity.title}</p>
      <ShortenedNote activity={activity} fix="Edit it in the log." />
      <p className="muted">Completed {activity.completedOn}{activity.courseCode ? ` · ${activity.courseCode}` : ''}</p>
      <CreditList credits={activity.credits} />
      <div className="actions">
        <button type="button" onClick={run(async () => setRemoved(await actions.undo(activity.id)))}>Undo</button>
        <button type="button" onClick={() => actions.openEditor(activity.id)}>Edit</button>
      </div>
      {error && <p role="alert" className="error">{error}</p>}
    </section>
  );
}
