import { useEffect, useRef, type ReactNode } from 'react';
import { BODIES } from '../../lib/model/bodies';
import { PROVIDER_IDS } from '../../lib/model/provider-ids';
import {
  categoryNote,
  markUnconfirmed,
  emptyCategory,
  type CategoryFields,
  type CertificationBody,
  type FieldName,
  type RulesFields,
} from '../../lib/forms/certification-form';

interface Props {
  body: CertificationBody;
  rules: RulesFields;
  /** The certification's unit, plural ("CEUs", "CE credits"): what limits are in unless "contact hours". */
  unit: string;
  onChange: (rules: RulesFields) => void;
  fieldProps: (name: FieldName) => { id: string };
  fieldError: (name: FieldName) => ReactNode;
}

/**
 * The certification form's "Requirement rules": each category with its minimum and maximum, the most one
 * event counts for, "from at least N categories" and a grace period. A body's categories are its own
 * (their ids are the CSV's); an "other" certification adds and removes its own.
 */
export function RequirementRulesFields({ body, rules, unit, onChange, fieldProps, fieldError }: Props) {
  const other = body === 'other';
  // A category just added takes the focus on its name, so that a keyboard user types it at once.
  const added = useRef(false);
  const count = rules.categories.length;
  const newName = count > 0 ? fieldProps(`rules.categories.${count - 1}.label`).id : '';
  useEffect(() => {
    if (!added.current) return;
    added.current = false;
    document.getElementById(newName)?.focus();
  }, [count, newName]);
  const setCategory = (index: number, change: Partial<CategoryFields>) =>
    onChange({
      ...rules,
      categories: rules.categories.map((c, i) => (i === index ? markUnconfirmed(body, { ...c, ...change }) : c)),
    });
  const labelOf = (id: string) => rules.categories.find((c) => c.id === id)?.label ?? id;
  const input = (name: FieldName, label: string, value: string, set: (value: string) => void, note?: ReactNode) => (
    <div className="field">
      <label htmlFor={fieldProps(name).id}>{label}</label>
      <input {...fieldProps(name)} inputMode="decimal" value={value} onChange={(e) => set(e.target.value)} />
      {note}
      {fieldError(name)}
    </div>
  );

  const checkbox = (name: FieldName, label: string, checked: boolean, set: (on: boolean) => void) => (
    <div className="field checkbox">
      <input id={fieldProps(name).id} type="checkbox" checked={checked} onChange={(e) => set(e.target.checked)} />
      <label htmlFor={fieldProps(name).id}>{label}</label>
    </div>
  );
  // A body that is also a provider here (NASM, ACE, ACSM, NSCA…) may record its own courses itself.
  const ownProvider = body !== 'other' && (PROVIDER_IDS as readonly string[]).includes(body) ? body : undefined;

  return (
    <fieldset className="requirement-rules">
      <legend>Requirement rules</legend>
      {other ? (
        <p className="note muted">
          {rules.categories.length === 0
            ? 'No categories: CE Tally tracks the deadline only. Add a category, and the credits you assign to it count.'
            : 'The credits you assign to one of these categories count toward this certification.'}
        </p>
      ) : (
        rules.categories.length === 0 && <p className="note muted">No categories: the total is the requirement.</p>
      )}
      {rules.categories.map((category, index) => {
        const name = (field: string) => `rules.categories.${index}.${field}` as FieldName;
        const title = category.label.trim() || `Category ${index + 1}`;
        const note = categoryNote(body, category);
        return (
          <fieldset key={index} className="category-rule">
            <legend>{title}</legend>
            {input(name('label'), 'Name', category.label, (label) => setCategory(index, { label }))}
            {input(
              name('min'),
              'Minimum',
              category.min,
              (min) => setCategory(index, { min }),
              note && (
                <p className="note unconfirmed" role="note">
                  {note}
                </p>
              ),
            )}
            {category.of ? (
              <p className="note muted">Made of {category.of.map(labelOf).join(', ')}</p>
            ) : (
              input(name('max'), 'Maximum', category.max, (max) => setCategory(index, { max }))
            )}
            <div className="field">
              <label htmlFor={fieldProps(name('inHours')).id}>Counted in</label>
              <select
                {...fieldProps(name('inHours'))}
                value={category.inHours ? 'hours' : 'unit'}
                onChange={(e) => setCategory(index, { inHours: e.target.value === 'hours' })}
              >
                <option value="unit">{unit}</option>
                <option value="hours">contact hours</option>
              </select>
            </div>
            {other && (
              <button
                type="button"
                aria-label={`Remove category ${title}`}
                onClick={() => onChange({ ...rules, categories: rules.categories.filter((_, i) => i !== index) })}
              >
                Remove
              </button>
            )}
          </fieldset>
        );
      })}
      {other && (
        <button
          type="button"
          onClick={() => {
            added.current = true;
            onChange({ ...rules, categories: [...rules.categories, emptyCategory()] });
          }}
        >
          Add category
        </button>
      )}
      <div className="field-row">
        {input('rules.eventMax', `At most per event (${unit})`, rules.eventMax, (eventMax) =>
          onChange({ ...rules, eventMax }),
        )}
        {input('rules.minCategories', 'From at least (categories)', rules.minCategories, (minCategories) =>
          onChange({ ...rules, minCategories }),
        )}
        {input('rules.graceMonths', 'Grace period (months)', rules.graceMonths, (graceMonths) =>
          onChange({ ...rules, graceMonths }),
        )}
      </div>
      {checkbox('rules.carryOver', 'Credits over the requirement carry over to the next cycle', rules.carryOver, (on) =>
        onChange({
          ...rules,
          carryOver: on,
          carryOverMonths: on && !rules.carryOverMonths ? '12' : rules.carryOverMonths,
        }),
      )}
      {rules.carryOver && (
        <div className="field-row">
          {input(
            'rules.carryOverMonths',
            "Those earned in the cycle's last (months)",
            rules.carryOverMonths,
            (carryOverMonths) => onChange({ ...rules, carryOverMonths }),
          )}
          {input('rules.carryOverMax', `At most (${unit}, optional)`, rules.carryOverMax, (carryOverMax) =>
            onChange({ ...rules, carryOverMax }),
          )}
        </div>
      )}
      {checkbox(
        'rules.prorate',
        'The requirement is prorated by the certification date (a share for each year of the cycle left)',
        rules.prorate,
        (prorate) => onChange({ ...rules, prorate }),
      )}
      {ownProvider && (
        <>
          {checkbox(
            'rules.recordedBy',
            `${BODIES[ownProvider].label} records its own courses in your account (CE Tally marks them, so you do not submit them again)`,
            rules.recordedBy.length > 0,
            (on) =>
              onChange({ ...rules, recordedBy: on ? [ownProvider] : [], recordedSince: on ? rules.recordedSince : '' }),
          )}
          {rules.recordedBy.length > 0 && (
            <div className="field">
              <label htmlFor={fieldProps('rules.recordedSince').id}>Recorded since (optional)</label>
              <input
                {...fieldProps('rules.recordedSince')}
                type="date"
                value={rules.recordedSince}
                onChange={(e) => onChange({ ...rules, recordedSince: e.target.value })}
              />
              {fieldError('rules.recordedSince')}
            </div>
          )}
        </>
      )}
    </fieldset>
  );
}
