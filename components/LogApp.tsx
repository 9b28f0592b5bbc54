import { useLiveQuery } from 'dexie-react-hooks';
import type { CeTallyDb } from '../lib/db';
import { PROVIDER_NAMES } from '../lib/detect/provider-names';
import { CreditList } from './CreditList';

/** The activity log: every activity, newest first. */
export function LogApp({ db }: { db: CeTallyDb }) {
  const activities = useLiveQuery(() => db.activities.orderBy('completedOn').reverse().toArray(), [db]);
  return (
    <main className="log">
      <h1>CE Tally – Activity log</h1>
      {activities === undefined ? (
        <p className="muted">Loading…</p>
      ) : (
        <table>
          <thead>
            <tr><th scope="col">Date</th><th scope="col">Title</th><th scope="col">Provider</th><th scope="col">Credits</th></tr>
          </thead>
          <tbody>
            {activities.map((a) => (
              <tr key={a.id}>
                <td>{a.completedOn}</td>
                <td>{a.title}</td>
                <td>{a.provider ? PROVIDER_NAMES[a.provider] : (a.organizer ?? '')}</td>
                <td><CreditList credits={a.credits} /></td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </main>
  );
}
