import type { Credit } from '../lib/model/schema';
import { formatAmount, formatHours } from '../lib/model/format';

/** "0.2 ACE CECs · 2 contact hours", one credit a line. Page text is rendered as text, never as HTML. */
export function CreditList({ credits }: { credits: Credit[] }) {
  if (credits.length === 0) return <span className="muted">No credits stated</span>;
  return (
    <ul className="credit-list">
      {credits.map((credit, i) => (
        <li key={i}>
          <span className={`kind kind-${credit.kind}`}>{credit.kind}</span>{' '}
          {formatAmount(credit.amount, credit.unit, credit.body)}
          <span className="muted"> · {formatHours(credit.hours)}</span>
        </li>
      ))}
    </ul>
  );
}
