import { useId, useMemo, useState } from 'react';
import { suggestedCategory } from '../../lib/detect/category';
import type { Activity } from '../../lib/model/schema';
import { setCreditCategory } from '../../lib/store/activities';
import type { CeTallyDb } from '../../lib/store/db';
import { useAction } from '../use-action';

/**
 * "Count as ethics?" under a saved course whose title says ethics (or self-care) for a body that counts
 * such hours: the title only suggests it, so it counts once the user checks it, never by itself.
 */
export function CategorySuggestion({ db, activity }: { db: CeTallyDb; activity: Activity }) {
  // Read from the activity as saved: once confirmed, the credit has the category and the offer stays to undo it.
  const suggestion = useMemo(() => suggestedCategory(activity.title, activity.credits), [activity]);
  const [checked, setChecked] = useState(false);
  const { error, run } = useAction();
  const hint = useId();
  if (!suggestion) return null;
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
              const result = await setCreditCategory(
                db,
                activity.id,
                suggestion.creditIndex,
                on ? suggestion.id : null,
              );
              if (result.status !== 'updated') throw new Error('The activity is no longer in your log');
              setChecked(on);
            });
          }}
        />{' '}
        Count as {suggestion.label}?
      </label>
      <p id={hint} className="muted">
        The title says {suggestion.label}; its hours count as {suggestion.label} hours only if you check this.
      </p>
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
    </div>
  );
}
