import { useEffect, useRef, useState, type FormEvent, type ReactNode } from 'react';
import { useFormFields } from '../form-fields';
import { BODIES, type BodyId } from '../../lib/model/bodies';
import {
  CERTIFICATION_CHOICES,
  certificationDefaults,
  emptyFormValues,
  formValues,
  readCertificationForm,
  rulesEdited,
  unconfirmedNotes,
  type CertificationBody,
  type CertificationFormValues,
  type FieldErrors,
} from '../../lib/forms/certification-form';
import type { CertificationInput } from '../../lib/store/certifications';
import type { Certification } from '../../lib/model/schema';
import { formatNumber } from '../../lib/model/format';
import { RequirementRulesFields } from './RequirementRulesFields';
import '../renewal.css';
import { errorMessage } from '../../lib/errors';

function choiceLabel(body: CertificationBody, name: string): string {
  return body === 'other' ? 'Other (enter its unit and scale)' : `${name} – ${BODIES[body].name}`;
}

/**
 * Add or edit a certification. Choosing a body fills in its requirement, cycle length and unit as
 * editable defaults; the schema's messages appear next to the fields they are about.
 */
export function CertificationForm({
  initial,
  onSave,
  onCancel,
}: {
  initial?: Certification;
  onSave: (input: CertificationInput) => Promise<void>;
  onCancel: () => void;
}) {
  const [values, setValues] = useState<CertificationFormValues>(() =>
    initial ? formValues(initial) : emptyFormValues(),
  );
  const [saveError, setSaveError] = useState<string | undefined>();
  const [saving, setSaving] = useState(false);
  const { formRef, showErrors, fieldId, fieldProps, fieldError } = useFormFields<FieldErrors>();
  const body = values.body as CertificationBody;
  // No body chosen yet: no defaults, no hints.
  const defaults = values.body ? certificationDefaults(body) : { ...certificationDefaults('other'), hoursPerUnit: NaN };
  const other = body === 'other';

  const set = <K extends keyof CertificationFormValues>(field: K, value: CertificationFormValues[K]) =>
    setValues((v) => ({ ...v, [field]: value }));

  // Rules the user typed are kept when the body changes; the new body's are offered instead.
  const [offerRulesOf, setOfferRulesOf] = useState<BodyId | undefined>();
  const tookRules = useRef(false);
  const chooseBody = (next: CertificationBody) => {
    const keepRules = rulesEdited(values);
    setOfferRulesOf(keepRules && next !== 'other' ? next : undefined);
    setValues((v) => {
      const fresh = formValues(next);
      // Keep what is the user's own (a name they typed, dates, rules); take the new body's defaults for the rest.
      const ownName =
        v.name.trim() !== '' && (!v.body || v.name !== certificationDefaults(v.body as CertificationBody).name);
      return {
        ...fresh,
        name: ownName ? v.name : fresh.name,
        cycleEnd: v.cycleEnd,
        cprExpires: v.cprExpires,
        reminders: v.reminders,
        // Which courses the body records itself is the new body's (its own courses), not the user's rules.
        rules: keepRules
          ? { ...v.rules, recordedBy: fresh.rules.recordedBy, recordedSince: fresh.rules.recordedSince }
          : fresh.rules,
      };
    });
  };
  const takeBodyRules = (of: BodyId) => {
    set('rules', formValues(of).rules);
    setOfferRulesOf(undefined);
    tookRules.current = true;
  };
  // The button gone, the focus goes to the rules it put in place, not to the page's start.
  useEffect(() => {
    if (!tookRules.current) return;
    tookRules.current = false;
    formRef.current?.querySelector<HTMLElement>('.requirement-rules input')?.focus();
  }, [values.rules, formRef]);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setSaveError(undefined);
    const result = readCertificationForm(values);
    if (!result.ok) {
      showErrors(result.errors);
      return;
    }
    showErrors({});
    setSaving(true);
    try {
      await onSave(result.input);
    } catch (error) {
      setSaveError(`Not saved: ${errorMessage(error)}`);
    } finally {
      setSaving(false);
    }
  };

  const field = (name: keyof CertificationFormValues, label: string, input: ReactNode, note?: ReactNode) => (
    <div className="field">
      <label htmlFor={fieldId(name)}>{label}</label>
      {input}
      {note}
      {fieldError(name)}
    </div>
  );
  // A note on a default the body's own pages leave open, while the field still holds that default.
  const notes = unconfirmedNotes(values);
  const unconfirmed = (fieldName: string) =>
    notes
      .filter((u) => u.field === fieldName)
      .map((u) => (
        <p key={u.field} className="note unconfirmed" role="note">
          {u.note}
        </p>
      ));
  const requirementHours = Number(values.requirement) * (other ? Number(values.hoursPerUnit) : defaults.hoursPerUnit);

  return (
    <form
      ref={formRef}
      className="certification-form"
      onSubmit={(e) => void submit(e)}
      onKeyDown={(e) => {
        // Escape closes the form (Cancel).
        if (e.key === 'Escape') {
          e.preventDefault();
          onCancel();
        }
      }}
      noValidate
      aria-label={initial ? `Edit ${initial.name}` : 'Add certification'}
    >
      {field(
        'body',
        'Certifying body',
        <select
          {...fieldProps('body')}
          autoFocus
          value={values.body}
          onChange={(e) => chooseBody(e.target.value as CertificationBody)}
        >
          {values.body === '' && <option value="">Choose the body that certifies you…</option>}
          {CERTIFICATION_CHOICES.map((c) => (
            <option key={c.body} value={c.body}>
              {choiceLabel(c.body, c.name)}
            </option>
          ))}
        </select>,
        defaults.notes && <p className="note muted">{defaults.notes}</p>,
      )}
      {field(
        'name',
        'Certification name',
        <input {...fieldProps('name')} type="text" value={values.name} onChange={(e) => set('name', e.target.value)} />,
      )}
      {field(
        'cycleEnd',
        'Cycle end date (or expiry)',
        <input
          {...fieldProps('cycleEnd')}
          type="date"
          value={values.cycleEnd}
          onChange={(e) => set('cycleEnd', e.target.value)}
        />,
      )}
      {field(
        'cycleMonths',
        'Cycle length (months)',
        <input
          {...fieldProps('cycleMonths')}
          type="number"
          inputMode="numeric"
          min={1}
          max={240}
          step={1}
          value={values.cycleMonths}
          onChange={(e) => set('cycleMonths', e.target.value)}
        />,
        unconfirmed('cycleMonths'),
      )}
      {other && (
        <>
          {field(
            'unit',
            'Unit',
            <input
              {...fieldProps('unit')}
              type="text"
              placeholder="e.g. CE credits"
              value={values.unit}
              onChange={(e) => set('unit', e.target.value)}
            />,
          )}
          {field(
            'hoursPerUnit',
            'Contact hours per unit',
            <input
              {...fieldProps('hoursPerUnit')}
              type="number"
              inputMode="decimal"
              min={0}
              step="any"
              value={values.hoursPerUnit}
              onChange={(e) => set('hoursPerUnit', e.target.value)}
            />,
          )}
        </>
      )}
      {field(
        'requirement',
        `Requirement (${other ? values.unit.trim() || 'units' : defaults.unit || 'units'})`,
        <input
          {...fieldProps('requirement')}
          type="number"
          inputMode="decimal"
          min={0}
          step="any"
          value={values.requirement}
          onChange={(e) => set('requirement', e.target.value)}
        />,
        <>
          {Number.isFinite(requirementHours) && requirementHours > 0 && (
            <p className="note muted">= {formatNumber(requirementHours)} contact hours</p>
          )}
          {unconfirmed('requirement')}
          {unconfirmed('hoursPerUnit')}
        </>,
      )}
      {offerRulesOf && offerRulesOf === values.body && (
        <p className="note">
          Your own requirement rules are kept.{' '}
          <button type="button" onClick={() => takeBodyRules(offerRulesOf)}>
            {`Use ${BODIES[offerRulesOf].label}'s rules instead`}
          </button>
        </p>
      )}
      {values.body && (
        <RequirementRulesFields
          body={body}
          rules={values.rules}
          unit={(other ? values.unit.trim() : defaults.unit) || 'units'}
          onChange={(rules) => set('rules', rules)}
          fieldProps={fieldProps}
          fieldError={fieldError}
        />
      )}
      <div className="field checkbox">
        <input
          id={fieldId('cprRequired')}
          type="checkbox"
          checked={values.cprRequired}
          onChange={(e) => set('cprRequired', e.target.checked)}
        />
        <label htmlFor={fieldId('cprRequired')}>Renewal needs a current CPR/AED</label>
      </div>
      {unconfirmed('cprCredit')}
      {values.cprRequired &&
        field(
          'cprExpires',
          'CPR/AED card expires (optional)',
          <input
            {...fieldProps('cprExpires')}
            type="date"
            value={values.cprExpires}
            onChange={(e) => set('cprExpires', e.target.value)}
          />,
        )}
      <div className="field checkbox">
        <input
          id={fieldId('reminders')}
          type="checkbox"
          checked={values.reminders}
          aria-describedby={fieldId('reminders-note')}
          onChange={(e) => set('reminders', e.target.checked)}
        />
        <label htmlFor={fieldId('reminders')}>Remind me before this cycle ends</label>
      </div>
      <p id={fieldId('reminders-note')} className="note muted">
        A notification 90, 30 and 7 days before the cycle ends, while something is still missing
        {values.cprRequired ? ', and before the CPR/AED card you entered expires' : ''}.
      </p>
      <div className="form-actions">
        <button type="submit" disabled={saving}>
          Save certification
        </button>
        <button type="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
      {saveError && (
        <p role="alert" className="error">
          {saveError}
        </p>
      )}
    </form>
  );
}
