import { useLiveQuery } from 'dexie-react-hooks';
import { useContext, useEffect, useRef, useState } from 'react';
import { todayIso } from '../../lib/model/calendar';
import {
  createCertification,
  deleteCertification,
  restoreCertification,
  updateCertification,
} from '../../lib/store/certifications';
import { type CeTallyDb } from '../../lib/store/db';
import { creditRows } from '../../lib/store/credit-rows';
import { renewalOverview } from '../../lib/tally/renewal';
import type { Certification } from '../../lib/model/schema';
import { CertificationForm } from './CertificationForm';
import { RenewalProgressItem } from '../RenewalProgressItem';
import { PacketControls } from './PacketControls';
import { RequirementTable } from './RequirementTable';
import { useAction } from '../use-action';
import { parseOptionsHash } from '../../lib/routes';
import { FirstScreenPainted } from './use-log-rows';
import '../renewal.css';

type Editing = { mode: 'closed' } | { mode: 'add' } | { mode: 'edit'; certification: Certification };

/** The options page's certifications: the list with renewal progress, and the form to add, edit or delete. */
export function CertificationsEditor({ db, hash = location.hash }: { db: CeTallyDb; hash?: string }) {
  const certifications = useLiveQuery(() => db.certifications.toArray(), [db]);
  // The credit summary, not the activities: renewal progress needs only dates and credits (lib/store/credit-summary.ts).
  // On the log, after its first screen is painted (FirstScreenPainted).
  const firstScreenPainted = useContext(FirstScreenPainted);
  const rows = useLiveQuery(() => (firstScreenPainted ? creditRows(db) : undefined), [db, firstScreenPainted]);
  // The popup's "Add certification" opens the form straight away (lib/routes.ts).
  const parsed = parseOptionsHash(hash);
  const route = parsed?.kind;
  const packetFor = parsed?.kind === 'packet' ? parsed.certificationId : undefined;
  const [editing, setEditing] = useState<Editing>(() =>
    route === 'add-certification' ? { mode: 'add' } : { mode: 'closed' },
  );
  const [removed, setRemoved] = useState<Certification | undefined>();
  const [confirmation, setConfirmation] = useState<string | undefined>();
  // Where focus goes when the form closes: the button that opened it (Add certification, or the certification's Edit).
  const focusAfterForm = useRef<string | undefined>(undefined);
  useEffect(() => {
    const name = focusAfterForm.current;
    if (editing.mode !== 'closed' || name === undefined) return;
    focusAfterForm.current = undefined;
    const target =
      sectionRef.current?.querySelector<HTMLElement>(`button[aria-label="${CSS.escape(name)}"]`) ??
      sectionRef.current?.querySelector<HTMLElement>('.add-certification');
    target?.focus();
  }, [editing]);
  const closeForm = () => {
    focusAfterForm.current = editing.mode === 'edit' ? `Edit ${editing.certification.name}` : 'Add certification';
    setEditing({ mode: 'closed' });
  };
  const sectionRef = useRef<HTMLElement>(null);

  useEffect(() => {
    // The page renders after the browser looked for the anchor: scroll to it ourselves.
    if (route === 'certifications' || route === 'add-certification') sectionRef.current?.scrollIntoView();
  }, [route]);
  // A packet to make, or a reminder's notification (#certification=<id>): the page opens on that certification.
  const shownFor = parsed?.kind === 'certification' ? parsed.certificationId : packetFor;
  // The list renders once both the certifications and the credit rows are read.
  const shownReady = shownFor !== undefined && certifications !== undefined && rows !== undefined;
  useEffect(() => {
    if (shownReady) document.getElementById(`renewal-${shownFor}`)?.scrollIntoView();
  }, [shownReady, shownFor]);

  const { error, run } = useAction();
  const today = todayIso();
  const overview = certifications && rows ? renewalOverview(certifications, rows, today) : undefined;
  // The past cycles a packet can be made of go back to the log's first completion.
  let oldestCompletion: string | undefined;
  for (const row of rows ?? [])
    if (!oldestCompletion || row.completedOn < oldestCompletion) oldestCompletion = row.completedOn;

  return (
    <section
      id="certifications"
      ref={sectionRef}
      className="certifications-section"
      aria-labelledby="certifications-section-heading"
    >
      <h2 id="certifications-section-heading">Certifications</h2>
      {overview === undefined ? (
        <p className="muted">Loading…</p>
      ) : overview.length === 0 ? (
        <p className="muted">No certifications yet. Add the ones you hold to follow each renewal.</p>
      ) : (
        <ul className="renewal-list">
          {overview.map((progress) => {
            const { certification } = progress;
            return (
              <RenewalProgressItem
                key={certification.id}
                progress={progress}
                details={<RequirementTable progress={progress} />}
                actions={
                  <>
                    <button
                      type="button"
                      aria-label={`Edit ${certification.name}`}
                      onClick={() => {
                        setConfirmation(undefined);
                        setEditing({ mode: 'edit', certification });
                      }}
                    >
                      Edit
                    </button>
                    <button
                      type="button"
                      aria-label={`Delete ${certification.name}`}
                      onClick={() => run(async () => setRemoved(await deleteCertification(db, certification.id)))}
                    >
                      Delete
                    </button>
                    <PacketControls
                      certification={certification}
                      oldestCompletion={oldestCompletion}
                      autoStart={packetFor === certification.id}
                    />
                  </>
                }
              />
            );
          })}
        </ul>
      )}
      {removed && (
        <p className="removed" aria-live="polite">
          Deleted {removed.name}.{' '}
          <button
            type="button"
            onClick={() =>
              run(async () => {
                await restoreCertification(db, removed);
                setRemoved(undefined);
              })
            }
          >
            Undo
          </button>
        </p>
      )}
      {editing.mode === 'closed' ? (
        <button
          type="button"
          className="add-certification"
          aria-label="Add certification"
          onClick={() => {
            setConfirmation(undefined);
            setEditing({ mode: 'add' });
          }}
        >
          Add certification
        </button>
      ) : (
        <CertificationForm
          key={editing.mode === 'edit' ? editing.certification.id : 'new'}
          initial={editing.mode === 'edit' ? editing.certification : undefined}
          onCancel={closeForm}
          onSave={async (input) => {
            if (editing.mode === 'edit') await updateCertification(db, editing.certification.id, input);
            else await createCertification(db, input);
            setConfirmation(
              editing.mode === 'edit'
                ? `Saved the changes to ${input.name}.`
                : `Added ${input.name}: its renewal is followed above.`,
            );
            closeForm();
          }}
        />
      )}
      <p className="notice-inline" role="status">
        {confirmation}
      </p>
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
    </section>
  );
}
