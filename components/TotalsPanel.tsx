import type { ReactNode } from 'react';
import type { CreditTotals, KindTotal } from '../lib/tally/totals';
import { formatAmount, formatHours, formatNumber } from '../lib/model/format';

/** What each kind means, said where the numbers are (docs/domain.md: CECs versus CEUs). */
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

/** The popup's shorter sentence for both kinds, under them. */
const COMPACT_EXPLAIN =
  'Accredited: counts toward the approving body’s renewals, in its own unit. Participation CEUs (1 CEU = 10 contact hours) count toward none.';

function KindColumn({ kind, total, compact }: { kind: 'CEC' | 'CEU'; total: KindTotal; compact: boolean }) {
  const label = KIND_LABEL[kind];
  return (
    <section
      className={`total total-${kind}`}
      aria-labelledby={`total-${kind}`}
      aria-describedby={compact ? 'totals-explain' : `total-${kind}-explain`}
    >
      <h3 id={`total-${kind}`}>{label.title}</h3>
      <p className="total-hours">{formatHours(total.hours)}</p>
      {total.lines.length === 0 ? (
        <p className="muted">None yet</p>
      ) : (
        <ul>
          {total.lines.map((line) => (
            <li key={`${line.body ?? ''}|${line.unit}`}>
              {formatAmount(line.amount, line.unit, line.body)}
              {compact ? (
                <>
                  {' '}
                  <span className="muted">
                    ({formatNumber(line.hours)} <abbr title="contact hours">h</abbr>)
                  </span>
                </>
              ) : (
                `, ${formatHours(line.hours)}`
              )}
            </li>
          ))}
        </ul>
      )}
      {!compact && (
        <p id={`total-${kind}-explain`} className="total-explain muted">
          {label.explain}
        </p>
      )}
    </section>
  );
}

/**
 * Hours of learning (each activity once), then accredited credits (per body, in its own unit) beside
 * participation CEUs; `children` choose the period.
 */
export function TotalsPanel({
  totals,
  children,
  compact = false,
}: {
  totals: CreditTotals | undefined;
  children?: ReactNode;
  /** The popup: narrower, so each kind's lines run under its heading. */
  compact?: boolean;
}) {
  return (
    <section className={compact ? 'totals totals-compact' : 'totals'} aria-label="Totals">
      <div className="section-head">
        <h2>Totals</h2>
        {children}
      </div>
      {totals ? (
        <>
          <p className="total-learning">
            <strong>{formatHours(totals.hours)}</strong> of learning{' '}
            <span className="muted">{compact ? '(each activity once)' : '(each activity counted once)'}</span>
          </p>
          <div className="totals-grid">
            <KindColumn kind="CEC" total={totals.CEC} compact={compact} />
            <KindColumn kind="CEU" total={totals.CEU} compact={compact} />
          </div>
          {compact && (
            <p id="totals-explain" className="total-explain muted">
              {COMPACT_EXPLAIN}
            </p>
          )}
        </>
      ) : (
        <p className="muted">Loading…</p>
      )}
    </section>
  );
}
