import { useEffect, useRef, type ReactNode } from 'react';
import {
  SPLIT,
  splitSum,
  startSplit,
  type CategoryGroup,
  type CreditFields,
  type PartFields,
} from '../lib/forms/activity-form';

interface Props {
  credit: CreditFields;
  groups: CategoryGroup[];
  idOf: (field: string) => string;
  fieldProps: (field: string) => Record<string, unknown>;
  fieldError: (field: string) => ReactNode;
  /** The picker's message from the last Save, if any: the running sum is not said twice. */
  shownError?: string;
  onChange: (credit: CreditFields) => void;
}

/**
 * A credit's requirement category: one of the user's certifications' categories, none, or a split with one
 * row per part (category and amount) that must add up to the credit. A category the lists no longer hold
 * (a certification's rules changed) stays offered, so that nothing chosen is lost.
 */
export function CategoryPicker({ credit, groups, idOf, fieldProps, fieldError, shownError, onChange }: Props) {
  const choice = credit.category ?? '';
  // A part just added takes the focus on its category, for a keyboard user.
  const added = useRef(false);
  const partCount = credit.parts?.length ?? 0;
  useEffect(() => {
    if (!added.current) return;
    added.current = false;
    document.getElementById(idOf(`parts.${partCount - 1}.id`))?.focus();
  }, [partCount, idOf]);
  const known = new Set(groups.flatMap((g) => g.categories.map((c) => c.id)));
  const kept = [choice, ...(choice === SPLIT ? (credit.parts ?? []).map((p) => p.id) : [])].filter(
    (id) => id && id !== SPLIT && !known.has(id),
  );
  if (groups.length === 0 && kept.length === 0 && choice === '') return null;
  const options = (
    <>
      {groups.map((g) => (
        <optgroup key={g.label} label={g.label}>
          {g.categories.map((c) => (
            <option key={c.id} value={c.id}>
              {c.label}
            </option>
          ))}
        </optgroup>
      ))}
      {[...new Set(kept)].map((id) => (
        <option key={id} value={id}>
          {id} (in none of your certifications)
        </option>
      ))}
    </>
  );
  const parts = credit.parts ?? [];
  const setPart = (index: number, change: Partial<PartFields>) =>
    onChange({ ...credit, parts: parts.map((p, i) => (i === index ? { ...p, ...change } : p)) });

  return (
    <div className="field category-field">
      <label htmlFor={idOf('category')}>Requirement category</label>
      <select
        {...fieldProps('category')}
        value={choice}
        onChange={(e) =>
          onChange(e.target.value === SPLIT ? startSplit(credit) : { ...credit, category: e.target.value })
        }
      >
        <option value="">No category</option>
        {options}
        <option value={SPLIT}>Split across categories…</option>
      </select>
      {choice === SPLIT && (
        <fieldset className="split-parts">
          <legend>Parts of the credit</legend>
          {parts.map((part, index) => (
            <div key={index} className="split-part">
              <div className="field">
                <label htmlFor={idOf(`parts.${index}.id`)}>Part {index + 1} category</label>
                <select
                  {...fieldProps(`parts.${index}.id`)}
                  value={part.id}
                  onChange={(e) => setPart(index, { id: e.target.value })}
                >
                  <option value="">Choose…</option>
                  {options}
                </select>
                {fieldError(`parts.${index}.id`)}
              </div>
              <div className="field">
                <label htmlFor={idOf(`parts.${index}.amount`)}>
                  Part {index + 1} amount ({credit.unit.trim() || 'units'})
                </label>
                <input
                  {...fieldProps(`parts.${index}.amount`)}
                  inputMode="decimal"
                  value={part.amount}
                  onChange={(e) => setPart(index, { amount: e.target.value })}
                />
                {fieldError(`parts.${index}.amount`)}
              </div>
              {parts.length > 1 && (
                <button
                  type="button"
                  aria-label={`Remove part ${index + 1}`}
                  onClick={() => onChange({ ...credit, parts: parts.filter((_, i) => i !== index) })}
                >
                  Remove
                </button>
              )}
            </div>
          ))}
          <button
            type="button"
            onClick={() => {
              added.current = true;
              onChange({ ...credit, parts: [...parts, { id: '', amount: '' }] });
            }}
          >
            Add part
          </button>
          {/* Said as the amounts are typed; on Save the same words are the field's error, said once. */}
          <p className="note muted" aria-live="polite">
            {splitSum(credit) === shownError ? '' : splitSum(credit)}
          </p>
        </fieldset>
      )}
      {fieldError('category')}
    </div>
  );
}
