import { useId, useState } from 'react';
import { suggestedCategory } from '../../lib/detect/category';
import { formatAmount } from '../../lib/model/format';
import { LIMITS } from '../../lib/model/limits';
import type { Activity } from '../../lib/model/schema';
import { statedSharesText } from '../../lib/model/stated-shares';
import { acceptStatedShares, setCreditCategory, updateActivity, type UpdateResult } from '../../lib/store/activities';
import type { CeTallyDb } from '../../lib/store/db';
import { useAction } from '../use-action';

interface Offer {
  question: string;
  hint: string;
  /** Puts the credit in the category (on) or back as it was saved (off). */
  apply: (on: boolean) => Promise<UpdateResult>;
}

/**
 * What the page only suggests about a saved course's categories, for the user to confirm:
 * - a share stated for part of a credit ("6 CE hours, 3 of them ethics"): checking it splits the credit;
 * - a title that says ethics (or self-care) for a body that counts such hours: checking it puts the credit in.
 */
function offerFor(db: CeTallyDb, activity: Activity): Offer | null {
  const statedIndex = activity.credits.findIndex((c) => c.statedShares?.length && !c.categories?.length);
  const stated = activity.credits[statedIndex];
  // A split is one credit more: at the most an activity holds, the share stays as the page states it.
  if (stated && activity.credits.length < LIMITS.credits)
    return {
      question: `Count ${statedSharesText(stated)}?`,
      hint: `The page states this part of the credit’s ${formatAmount(stated.amount, stated.unit)}; checking this splits the credit, the rest in no category.`,
      apply: (on) =>
        on ? acceptStatedShares(db, activity.id, statedIndex) : updateActivity(db, activity.id, activity),
    };
  const suggestion = suggestedCategory(activity.title, activity.credits);
  if (!suggestion) return null;
  return {
    question: `Count as ${suggestion.label}?`,
    hint: `The title says ${suggestion.label}; its hours count as ${suggestion.label} hours only if you check this.`,
    apply: (on) => setCreditCategory(db, activity.id, suggestion.creditIndex, on ? suggestion.id : null),
  };
}

export function CategorySuggestion({ db, activity }: { db: CeTallyDb; activity: Activity }) {
  // Read from the activity as saved: once confirmed, the offer stays, to undo it.
  const [offer] = useState(() => offerFor(db, activity));
  const [checked, setChecked] = useState(false);
  const { error, run } = useAction();
  const hint = useId();
  if (!offer) return null;
  return (
    <div className="category-suggestion">
      <label>
        <input
          type="checkbox"
          checked={checked}
          aria-describedby={hint}
          onChange={(event) => {
            const on = event.target.checked;
            run(async () => {
              const result = await offer.apply(on);
              if (result.status !== 'updated') throw new Error('The activity is no longer in your log');
              setChecked(on);
            });
          }}
        />{' '}
        {offer.question}
      </label>
      <p id={hint} className="muted">
        {offer.hint}
      </p>
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
    </div>
  );
}
