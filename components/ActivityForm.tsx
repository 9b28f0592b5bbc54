import { useEffect, useRef, useState, type FormEvent, type ReactNode } from 'react';
import {
  acceptStatedShares,
  creditKind,
  derivedHours,
  draftFromFields,
  editCredit,
  emptyCredit,
  fieldsFromDraft,
  categoryChoices,
  recalculateHours,
  sourceText,
  type ActivityFields,
  type CreditFields,
  type FieldErrors,
} from '../lib/forms/activity-form';
import { CategoryPicker } from './CategoryPicker';
import { BODIES, BODY_IDS } from '../lib/model/bodies';
import { checkCertificateFile } from '../lib/store/certificate-files';
import { dedupKey } from '../lib/model/dedup';
import { PROVIDER_IDS } from '../lib/model/provider-ids';
import { PROVIDER_NAMES } from '../lib/detect/registry';
import { suggestedCategory } from '../lib/detect/category';
import { LIMITS } from '../lib/model/limits';
import { statedSharesText } from '../lib/model/stated-shares';
import { FORMATS, type Activity, type ActivityDraft, type Certification } from '../lib/model/schema';
import { ShortenedNote } from './ShortenedNote';
import { KindBadge } from './CreditList';
import { useFormFields } from './form-fields';
import { errorMessage } from '../lib/errors';

export interface ActivityFormProps {
  /** A draft to start from: a detected or captured page, or the activity being edited. */
  initial?: Partial<ActivityDraft>;
  /** The fields exactly as the user left them (an entry restored after the popup closed); wins over `initial`. */
  initialFields?: ActivityFields;
  /** Told the fields after each edit by the user, e.g. to keep them while the popup is closed. */
  onFieldsChange?: (fields: ActivityFields) => void;
  heading: string;
  submitLabel: string;
  /** Activities that may be the same completion; shown before anything is saved. */
  findDuplicates?: (draft: ActivityDraft) => Promise<Activity[]>;
  /** Offer a certificate file (checked by its bytes and size before saving). */
  withCertificateFile?: boolean;
  /** Saves; a returned message is shown as the form's error and the form stays open. */
  onSubmit: (draft: ActivityDraft, certificateFile: File | undefined) => Promise<string | undefined>;
  onCancel?: () => void;
  /** Shown below the fields, e.g. the certificate file of an activity being edited. */
  children?: ReactNode;
  /** The user's certifications: their categories are what a credit can be assigned to. */
  certifications?: readonly Certification[];
}

const FORMAT_LABELS: Record<(typeof FORMATS)[number], string> = {
  online: 'Online course',
  live: 'Live class',
  workshop: 'Workshop',
  seminar: 'Seminar',
  conference: 'Conference',
  'home study': 'Home study',
  webinar: 'Webinar',
};

const NO_CERTIFICATIONS: readonly Certification[] = [];

/** One form for manual entry, editing and (in the popup) a captured page. Validated by activityDraftSchema. */
export function ActivityForm({
  initial,
  initialFields,
  onFieldsChange,
  heading,
  submitLabel,
  findDuplicates,
  withCertificateFile,
  onSubmit,
  onCancel,
  children,
  certifications = NO_CERTIFICATIONS,
}: ActivityFormProps) {
  const { formRef, errors, setErrors, showErrors, fieldId, fieldProps, fieldError } = useFormFields<FieldErrors>();
  const [fields, setFields] = useState<ActivityFields>(() => initialFields ?? fieldsFromDraft(initial));
  const edited = useRef(false);
  const [formError, setFormError] = useState<string | undefined>();
  const [duplicates, setDuplicates] = useState<
    | {
        draft: ActivityDraft;
        found: Activity[];
        /** Shown by a click on Save, not only while typing. */ saidOnSave: boolean;
      }
    | undefined
  >();
  // A likely duplicate is said before Save, at the top, as soon as the fields make a whole draft.
  const findDuplicatesRef = useRef(findDuplicates);
  useEffect(() => {
    findDuplicatesRef.current = findDuplicates;
  });
  useEffect(() => {
    const find = findDuplicatesRef.current;
    const reading = draftFromFields(fields);
    if (!find || !reading.ok) return;
    let live = true;
    const timer = setTimeout(() => {
      void find(reading.draft).then((found) => {
        if (live && found.length > 0) setDuplicates({ draft: reading.draft, found, saidOnSave: false });
      });
    }, 250);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [fields]);
  const [file, setFile] = useState<{ file: File; error?: string } | undefined>();
  const [busy, setBusy] = useState(false);

  const set = <K extends keyof ActivityFields>(key: K, value: ActivityFields[K]) => {
    edited.current = true;
    setFields((f) => ({ ...f, [key]: value }));
    setDuplicates(undefined);
  };
  useEffect(() => {
    if (edited.current) onFieldsChange?.(fields);
  }, [fields, onFieldsChange]);
  // "Count as ethics?" before the save, as the popup asks after it: for the first credit without a category.
  const suggestion = suggestedCategory(
    fields.title,
    fields.credits.map((c) => ({
      body: c.body || undefined,
      categories: c.category ? [{ id: c.category, amount: 0 }] : [],
      statedShares: c.statedShares,
    })),
  );
  const setCredit = (index: number, credit: CreditFields) =>
    set(
      'credits',
      fields.credits.map((c, i) => (i === index ? credit : c)),
    );

  const save = async (draft: ActivityDraft) => {
    setBusy(true);
    try {
      const message = await onSubmit(draft, file?.file);
      setFormError(message);
    } catch (error) {
      setFormError(`Not saved: ${errorMessage(error)}`);
    } finally {
      setBusy(false);
    }
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setFormError(undefined);
    const reading = draftFromFields(fields);
    const fileErrors: FieldErrors = file?.error ? { certificateFile: file.error } : {};
    const allErrors = { ...(reading.ok ? {} : reading.errors), ...fileErrors };
    showErrors(allErrors);
    if (!reading.ok || file?.error) return;
    if (findDuplicates && !duplicates?.saidOnSave) {
      const found = await findDuplicates(reading.draft);
      if (found.length > 0) {
        setDuplicates({ draft: reading.draft, found, saidOnSave: true });
        return;
      }
    }
    await save(reading.draft);
  };

  const chooseFile = async (chosen: File | undefined) => {
    if (!chosen) return setFile(undefined);
    const check = await checkCertificateFile(chosen);
    setFile({ file: chosen, error: check.ok ? undefined : check.message });
    setErrors(({ certificateFile: _old, ...rest }) => (check.ok ? rest : { ...rest, certificateFile: check.message }));
  };

  const errorCount = Object.keys(errors).length;
  const sameCompletion = duplicates?.found.some((a) => a.dedupKey === dedupKey(duplicates.draft));

  return (
    <form
      ref={formRef}
      className="activity-form"
      aria-labelledby={fieldId('heading')}
      noValidate
      onSubmit={(e) => void submit(e)}
      onKeyDown={(e) => {
        // Escape closes the form, as it would a dialog (and does, when the form is in one).
        if (e.key === 'Escape' && onCancel) {
          e.preventDefault();
          onCancel();
        }
      }}
    >
      <h2 id={fieldId('heading')}>{heading}</h2>
      {duplicates && (
        <div className="duplicate-warning" role="alert">
          <p>
            <strong>This may already be in your log:</strong>
          </p>
          <ul>
            {duplicates.found.map((a) => (
              <li key={a.id}>
                “{a.title}”, {a.completedOn}
                {sourceText(a) && `, ${sourceText(a)}`}
              </li>
            ))}
          </ul>
          {sameCompletion ? (
            <p>
              It is the same completion (same provider or organizer, course code or title, and date). CE Tally keeps one
              record per completion: change the details, or edit the one in your log.
            </p>
          ) : (
            <>
              <p>It has the same title and date. If it is a different activity, save it anyway.</p>
              <button type="button" disabled={busy} onClick={() => void save(duplicates.draft)}>
                Save anyway
              </button>
            </>
          )}
        </div>
      )}
      {errorCount > 0 && (
        <p role="alert" className="error">
          Check the {errorCount === 1 ? 'field' : `${errorCount} fields`} marked below.
        </p>
      )}

      <div className="field">
        <label htmlFor={fieldId('title')}>Title</label>
        <input {...fieldProps('title')} value={fields.title} onChange={(e) => set('title', e.target.value)} />
        {fieldError('title')}
        <ShortenedNote activity={initial} fix="Check the title above and complete it if you need to." />
      </div>
      <div className="field-row">
        <div className="field">
          <label htmlFor={fieldId('source')}>Provider or organizer</label>
          <input
            {...fieldProps('source')}
            list={fieldId('providers')}
            value={fields.source}
            onChange={(e) => set('source', e.target.value)}
          />
          <datalist id={fieldId('providers')}>
            {PROVIDER_IDS.map((p) => (
              <option key={p} value={PROVIDER_NAMES[p]} />
            ))}
          </datalist>
          {fieldError('source')}
        </div>
        <div className="field">
          <label htmlFor={fieldId('completedOn')}>Date completed</label>
          <input
            {...fieldProps('completedOn')}
            type="date"
            value={fields.completedOn}
            onChange={(e) => set('completedOn', e.target.value)}
          />
          {fieldError('completedOn')}
        </div>
      </div>
      <div className="field-row">
        <div className="field">
          <label htmlFor={fieldId('format')}>Format</label>
          <select
            {...fieldProps('format')}
            value={fields.format}
            onChange={(e) => set('format', e.target.value as ActivityFields['format'])}
          >
            <option value="">Not stated</option>
            {FORMATS.map((f) => (
              <option key={f} value={f}>
                {FORMAT_LABELS[f]}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={fieldId('courseCode')}>Course code</label>
          <input
            {...fieldProps('courseCode')}
            value={fields.courseCode}
            onChange={(e) => set('courseCode', e.target.value)}
          />
          {fieldError('courseCode')}
        </div>
      </div>
      <div className="field checkbox">
        <input
          id={fieldId('cprAed')}
          type="checkbox"
          checked={fields.cprAed}
          onChange={(e) => set('cprAed', e.target.checked)}
        />
        <label htmlFor={fieldId('cprAed')}>CPR/AED course</label>
      </div>

      <fieldset className="credits">
        <legend>Credits</legend>
        {fields.credits.length === 0 && (
          <p className="muted">No credits. A CPR/AED class or a course without credits can stay like this.</p>
        )}
        {fields.credits.map((credit, index) => (
          <CreditRow
            key={index}
            index={index}
            credit={credit}
            suggestion={suggestion?.creditIndex === index ? suggestion : undefined}
            certifications={certifications}
            fieldProps={fieldProps}
            fieldError={fieldError}
            errorText={(field) => errors[field]}
            onChange={(c) => setCredit(index, c)}
            onAcceptStated={
              fields.credits.length < LIMITS.credits
                ? () =>
                    set(
                      'credits',
                      fields.credits.flatMap((c, i) => (i === index ? acceptStatedShares(c) : [c])),
                    )
                : undefined
            }
            onRemove={() =>
              set(
                'credits',
                fields.credits.filter((_, i) => i !== index),
              )
            }
          />
        ))}
        {fieldError('credits')}
        <button type="button" onClick={() => set('credits', [...fields.credits, emptyCredit()])}>
          Add credit
        </button>
      </fieldset>

      <div className="field">
        <label htmlFor={fieldId('sourceUrl')}>Course page</label>
        <input
          {...fieldProps('sourceUrl')}
          type="url"
          placeholder="https://"
          value={fields.sourceUrl}
          onChange={(e) => set('sourceUrl', e.target.value)}
        />
        {fieldError('sourceUrl')}
      </div>
      <div className="field">
        <label htmlFor={fieldId('certificateUrl')}>Certificate page</label>
        <input
          {...fieldProps('certificateUrl')}
          type="url"
          placeholder="https://"
          value={fields.certificateUrl}
          onChange={(e) => set('certificateUrl', e.target.value)}
        />
        {fieldError('certificateUrl')}
      </div>
      {withCertificateFile && (
        <div className="field">
          <label htmlFor={fieldId('certificateFile')}>Certificate file (PDF or image, up to 10 MB)</label>
          <input
            {...fieldProps('certificateFile')}
            type="file"
            accept="application/pdf,image/png,image/jpeg,image/webp,image/gif"
            onChange={(e) => void chooseFile(e.target.files?.[0])}
          />
          {fieldError('certificateFile')}
        </div>
      )}
      <div className="field">
        <label htmlFor={fieldId('notes')}>Notes</label>
        <textarea
          {...fieldProps('notes')}
          rows={3}
          value={fields.notes}
          onChange={(e) => set('notes', e.target.value)}
        />
        {fieldError('notes')}
      </div>

      {children}

      {formError && (
        <p role="alert" className="error">
          {formError}
        </p>
      )}
      <div className="form-actions">
        <button type="submit" disabled={busy}>
          {submitLabel}
        </button>
        {onCancel && (
          <button type="button" onClick={onCancel}>
            Cancel
          </button>
        )}
      </div>
    </form>
  );
}

interface CreditRowProps {
  index: number;
  credit: CreditFields;
  /** A category the title suggests for this credit ("ethics"), offered, never set by itself. */
  suggestion?: { id: string; label: string };
  certifications: readonly Certification[];
  fieldProps: (name: string) => Record<string, unknown>;
  fieldError: (name: string) => ReactNode;
  errorText: (name: string) => string | undefined;
  onChange: (credit: CreditFields) => void;
  /** Splits the credit as the page stated part of it; absent when the activity holds no more credits. */
  onAcceptStated?: () => void;
  onRemove: () => void;
}

function CreditRow({
  index,
  credit,
  suggestion,
  certifications,
  fieldProps,
  fieldError,
  errorText,
  onChange,
  onAcceptStated,
  onRemove,
}: CreditRowProps) {
  const name = (field: string) => `credits.${index}.${field}`;
  const idOf = (field: string) => fieldProps(name(field)).id as string;
  const kind = creditKind(credit.body);
  const fromUnit = derivedHours(credit);
  return (
    <fieldset className="credit-row">
      <legend>Credit {index + 1}</legend>
      <div className="field">
        <label htmlFor={idOf('body')}>Certifying body</label>
        <select
          {...fieldProps(name('body'))}
          value={credit.body}
          onChange={(e) => onChange(editCredit(credit, { body: e.target.value as CreditFields['body'] }))}
        >
          <option value="">None (a plain CEU)</option>
          {BODY_IDS.map((b) => (
            <option key={b} value={b}>
              {BODIES[b].label}: {BODIES[b].name}
            </option>
          ))}
        </select>
        {fieldError(name('body'))}
      </div>
      <div className="field">
        <label htmlFor={idOf('amount')}>Amount</label>
        <input
          {...fieldProps(name('amount'))}
          inputMode="decimal"
          value={credit.amount}
          onChange={(e) => onChange(editCredit(credit, { amount: e.target.value }))}
        />
        {fieldError(name('amount'))}
      </div>
      <div className="field">
        <label htmlFor={idOf('unit')}>Unit</label>
        <input
          {...fieldProps(name('unit'))}
          value={credit.unit}
          onChange={(e) => onChange(editCredit(credit, { unit: e.target.value }))}
        />
        {fieldError(name('unit'))}
      </div>
      <div className="field">
        <label htmlFor={idOf('hours')}>Contact hours</label>
        <input
          {...fieldProps(name('hours'))}
          inputMode="decimal"
          value={credit.hours}
          onChange={(e) => onChange(editCredit(credit, { hours: e.target.value }))}
        />
        {credit.hoursEdited && fromUnit && fromUnit !== credit.hours && (
          <button type="button" className="link" onClick={() => onChange(recalculateHours(credit))}>
            Use {fromUnit} (from the unit)
          </button>
        )}
        {fieldError(name('hours'))}
      </div>
      <CategoryPicker
        credit={credit}
        groups={categoryChoices(credit, certifications)}
        idOf={idOf}
        fieldProps={(field) => fieldProps(name(field))}
        fieldError={(field) => fieldError(name(field))}
        shownError={errorText(name('category'))}
        onChange={onChange}
      />
      {credit.statedShares && !credit.category && onAcceptStated && (
        <p className="category-suggestion">
          <button type="button" onClick={onAcceptStated}>
            Count {statedSharesText({ ...credit, body: credit.body || undefined })}
          </button>{' '}
          <span className="muted">
            The page states this part of the credit; choosing this splits the credit, the rest in no category.
          </span>
        </p>
      )}
      {suggestion && (
        <p className="category-suggestion">
          <button type="button" onClick={() => onChange({ ...credit, category: suggestion.id })}>
            Count as {suggestion.label}
          </button>{' '}
          <span className="muted">
            The title says {suggestion.label}; its hours count as {suggestion.label} hours only if you choose this.
          </span>
        </p>
      )}
      <p className="credit-kind">
        <KindBadge kind={kind} />{' '}
        {kind === 'CEC'
          ? `by ${BODIES[credit.body as keyof typeof BODIES].label}: counts toward ${BODIES[credit.body as keyof typeof BODIES].label} renewals`
          : 'no certifying body: a record of training, counts toward no renewal'}
      </p>
      <button type="button" aria-label={`Remove credit ${index + 1}`} onClick={onRemove}>
        Remove
      </button>
    </fieldset>
  );
}
