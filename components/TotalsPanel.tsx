import type { ReactNode } from 'react';
import type { CreditTotals, KindTotal } from '../lib/tally/totals';
import { formatAmount, formatHours } from '../lib/model/format';

/** What each kind means, said where the numbers are (DOMAIN.md: CECs versus CEUs). */
const KIND_LABEL = {
  CEC: {
    title: 'Accredited',
    explain:
      'Approved by a certifying body, in that body’s own unit (some say CECs, others CEUs). Each counts toward that body’s renewals only.',
  },
  CEU: {
    title: 'Participation',
    explain:
      'CEUs with no certifying body: a record of training (1 CEU = 10 contact hours). They count toward no renewal.',
  },
} as const;

function KindColumn({ kind, total }: { kind: 'CEC' | 'CEU'; total: KindTotal }) {
  const label = KIND_LABEL[kind];
  return (
    <section
      className={`total total-${kind}`}
      aria-labelledby={`total-${kind}`}
      aria-describedby={`total-${kind}-explain`}
    >
      <h3 id={`total-${kind}`}>{label.title}</h3>
      <p className="total-hours">{formatHours(total.hours)}</p>
      {total.lines.length === 0 ? (
        <p className="muted">None yet</p>
      ) : (
        <ul>
          {total.lines.map((line) => (
            <li key={`${line.body ?? ''}|${line.unit}`}>
              {formatAmount(line.amount, line.unit, line.body)}, {formatHours(line.hours)}
            </li>
          ))}
        </ul>
      )}
      <p id={`total-${kind}-explain`} className="total-explain muted">
        {label.explain}
      </p>
    </section>
  );
}

/**
 * Hours of learning (each activity once), then accredited credits (per body, in its own unit) beside
 * participation CEUs; `children` choose the period.
 */
export function TotalsPanel({ totals, children }: { totals: CreditTotals | undefined; children?: ReactNode }) {
  return (
    <section className="totals" aria-label="Totals">
      <h2>Totals</h2>
      {children}
      {totals ? (
        <>
          <p className="total-learning">
            <strong>{formatHours(totals.hours)}</strong> of learning{' '}
            <span className="muted">(each activity counted once)</span>
          </p>
          <div className="totals-grid">
            <KindColumn kind="CEC" total={totals.CEC} />
            <KindColumn kind="CEU" total={totals.CEU} />
          </div>
        </>
      ) : (
        <p className="muted">Loading…</p>
      )}
    </section>
  );
}
