import type { Credit } from '../lib/model/schema';
import { formatAmount, formatHours, formatNumber } from '../lib/model/format';
import { DEFAULT_RULES } from '../lib/model/requirement-defaults';

/** "Category C: Educational Activities", or each share of a split: "Education: Power Skills 5, …". */
function categoriesText(credit: Credit): string {
  const shares = credit.categories ?? [];
  const label = (id: string) =>
    (credit.body && DEFAULT_RULES[credit.body]?.categories.find((c) => c.id === id)?.label) || id;
  if (shares.length === 1) return label(shares[0].id);
  return shares.map((s) => `${label(s.id)} ${formatNumber(s.amount)}`).join(', ');
}

/** The badge a credit carries: what it is, in words, not the page's unit (NASM's accredited credits are "CEUs"). */
export function KindBadge({ kind }: { kind: Credit['kind'] }) {
  return <span className={`kind kind-${kind}`}>{kind === 'CEC' ? 'accredited' : 'participation'}</span>;
}

/** "accredited 0.2 ACE CECs · 2 contact hours", one credit a line. Page text is rendered as text, never as HTML. */
export function CreditList({ credits }: { credits: Credit[] }) {
  if (credits.length === 0) return <span className="muted">No credits stated</span>;
  return (
    <ul className="credit-list">
      {credits.map((credit, i) => (
        <li key={i}>
          <KindBadge kind={credit.kind} /> {formatAmount(credit.amount, credit.unit, credit.body)}
          <span className="muted"> · {formatHours(credit.hours)}</span>
          {credit.categories?.length ? <span className="muted"> · in {categoriesText(credit)}</span> : null}
        </li>
      ))}
    </ul>
  );
}
