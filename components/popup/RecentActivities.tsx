import { PROVIDER_NAMES } from '../../lib/detect/registry';
import type { Activity } from '../../lib/model/schema';
import { formatAmount, formatDate } from '../../lib/model/format';

/** The last few activities saved, folded under their heading: the popup's first screen is for the tab, the certifications and the totals. */
export function RecentActivities({ activities }: { activities: Activity[] | undefined }) {
  return (
    <section className="recent" aria-labelledby="recent-heading">
      <details>
        <summary>
          <h2 id="recent-heading">Recent activities</h2>
        </summary>
        {activities === undefined ? (
          <p className="muted">Loading…</p>
        ) : activities.length === 0 ? (
          <p className="muted">Nothing saved yet. Finish a course on a provider's site, or add one in the log.</p>
        ) : (
          <ul className="recent-list">
            {activities.map((a) => (
              <li key={a.id}>
                <span className="recent-title">{a.title}</span>
                <span className="muted">
                  {' '}
                  <span className="date">{formatDate(a.completedOn)}</span> ·{' '}
                  {a.provider ? PROVIDER_NAMES[a.provider] : (a.organizer ?? 'Manual entry')}
                  {a.credits.length > 0 &&
                    ` · ${a.credits.map((c) => formatAmount(c.amount, c.unit, c.body)).join(', ')}`}
                </span>
              </li>
            ))}
          </ul>
        )}
      </details>
    </section>
  );
}
