import { lazy, Suspense, useCallback, useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { findPossibleDuplicates, saveActivity, type SaveResult } from '../../lib/store/activities';
import type { ActivityFields } from '../../lib/forms/activity-form';
import type { CeTallyDb } from '../../lib/store/db';
import type { CaptureDraft } from '../../lib/model/schema';
import { captureDraftSchema, type ActivityDraft } from '../../lib/model/schema';
import { forgetTypedEntry, keepTypedEntry, loadTypedEntry } from './typed-entry';
import { errorMessage } from '../../lib/errors';
import { isCprAedCourse } from '../../lib/model/cpr-aed';

// The form's code loads when the user asks for it, so the popup's first render stays small.
const ActivityForm = lazy(() => import('../ActivityForm').then((module) => ({ default: module.ActivityForm })));

export interface PageCaptureProps {
  db: CeTallyDb;
  /** Runs capture.js in the current tab and answers what it returned (unchecked). Absent: manual entry only. */
  readPage?: () => Promise<unknown>;
  /** The entry is saved: the popup shows it as it shows a detected save. */
  onSaved: (result: SaveResult) => void;
  /** Asks the background to recompute the tab's badge; a page captured and saved names its activity. */
  refreshTab?: (capturedActivityId?: string) => Promise<unknown>;
}

interface Note {
  text: string;
  /** Something went wrong (the page could not be read), as opposed to a remark. */
  alert?: boolean;
  detail?: string;
}

interface Entry {
  capturedBy: 'captured' | 'manual';
  initial?: Partial<ActivityDraft>;
  /** Fields restored as the user left them. */
  fields?: ActivityFields;
  note?: Note;
}

type Step = { kind: 'offer' } | { kind: 'reading' } | { kind: 'form'; entry: Entry };

function prefill(found: CaptureDraft): Partial<ActivityDraft> {
  return {
    title: found.title,
    organizer: found.organizer || undefined,
    completedOn: found.completedOn ?? undefined,
    credits: found.credits,
    courseCode: null,
    sourceUrl: found.sourceUrl,
    certificateUrl: found.certificateUrl,
    // A Red Cross "Adult First Aid/CPR/AED" certificate is a CPR/AED course, not a plain CEU.
    ...(isCprAedCourse(found.title) ? { cprAed: true } : {}),
  };
}

function unreadable(reason: string): Step {
  return {
    kind: 'form',
    entry: {
      capturedBy: 'manual',
      note: {
        alert: true,
        text: 'CE Tally cannot read this page: browser pages, add-on stores (the Chrome Web Store, addons.mozilla.org), PDF files and files on your computer are closed to extensions. Enter the activity here instead.',
        detail: `The browser said: ${reason}`,
      },
    },
  };
}

function startingStep(): Step {
  const typed = loadTypedEntry();
  if (!typed) return { kind: 'offer' };
  return {
    kind: 'form',
    entry: {
      capturedBy: typed.capturedBy,
      fields: typed.fields,
      note: { text: 'Restored what you typed before the popup closed.' },
    },
  };
}

/**
 * On a page with nothing detected: "Capture this page" (the generic extractor, into an editable form) or
 * "Add manually" (the same form, empty). Nothing is saved until the user clicks "Save".
 */
export function PageCapture({ db, readPage, onSaved, refreshTab }: PageCaptureProps) {
  const [step, setStep] = useState<Step>(startingStep);
  // Their categories are what a credit can be assigned to.
  const certifications = useLiveQuery(() => db.certifications.toArray(), [db]);
  const capturedBy = step.kind === 'form' ? step.entry.capturedBy : 'manual';
  const keepTyped = useCallback((fields: ActivityFields) => keepTypedEntry({ capturedBy, fields }), [capturedBy]);

  const capture = async (read: () => Promise<unknown>) => {
    setStep({ kind: 'reading' });
    let answer: unknown;
    try {
      answer = await read();
    } catch (error) {
      setStep(unreadable(errorMessage(error)));
      return;
    }
    const found = captureDraftSchema.safeParse(answer);
    if (!found.success) {
      setStep(unreadable('the page gave no answer CE Tally accepts.'));
      return;
    }
    const little = !found.data.title && !found.data.completedOn && found.data.credits.length === 0;
    setStep({
      kind: 'form',
      entry: {
        capturedBy: 'captured',
        initial: prefill(found.data),
        note: little
          ? {
              text: 'Little was found on this page (a PDF, or a page drawn as an image, shows no text to read): fill in the rest.',
            }
          : undefined,
      },
    });
  };

  const save = async (draft: ActivityDraft): Promise<string | undefined> => {
    const result = await saveActivity(db, draft, capturedBy);
    forgetTypedEntry();
    onSaved(result);
    // The badge is a courtesy: the activity is saved whether or not the background answers.
    refreshTab?.(capturedBy === 'captured' ? result.activity.id : undefined).catch(() => undefined);
    return undefined;
  };

  const cancel = () => {
    forgetTypedEntry();
    setStep({ kind: 'offer' });
  };

  if (step.kind === 'offer') {
    return (
      <div className="actions">
        {readPage && (
          <button type="button" onClick={() => void capture(readPage)}>
            Capture this page
          </button>
        )}
        <button type="button" onClick={() => setStep({ kind: 'form', entry: { capturedBy: 'manual' } })}>
          Add manually
        </button>
      </div>
    );
  }
  if (step.kind === 'reading')
    return (
      <p className="muted" aria-busy="true">
        Reading this page…
      </p>
    );

  const { entry } = step;
  return (
    <div className="page-capture">
      {entry.note && (
        <div
          role={entry.note.alert ? 'alert' : 'status'}
          className={entry.note.alert ? 'capture-note error' : 'capture-note'}
        >
          <p>{entry.note.text}</p>
          {entry.note.detail && <p className="muted">{entry.note.detail}</p>}
        </div>
      )}
      <Suspense
        fallback={
          <p className="muted" aria-busy="true">
            Opening the form…
          </p>
        }
      >
        <ActivityForm
          heading={entry.capturedBy === 'captured' ? 'Captured from this page' : 'Add an activity'}
          submitLabel="Save"
          initial={entry.initial}
          initialFields={entry.fields}
          onFieldsChange={keepTyped}
          certifications={certifications}
          findDuplicates={(draft) => findPossibleDuplicates(db, draft)}
          onSubmit={save}
          onCancel={cancel}
        />
      </Suspense>
    </div>
  );
}
