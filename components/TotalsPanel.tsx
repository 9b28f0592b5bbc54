import type { ReactNode } from 'react';
import type { CreditTotals, KindTotal } from '../lib/tally/totals';
import { formatAmount, formatHours } from '../lib/model/format';

const KIND_LABEL = {
  CEC: { title: 'CECs', hint: 'Accredited by a certifying body: count toward renewal' },
  CEU: { title: 'CEUs', hint: 'Participation units: document training, not accredited' },
} as const;

function KindColumn({ kind, total }: { kind: 'CEC' | 'CEU'; total: KindTotal }) {
  const label = KIND_LABEL[kind];
  return (
    <section className={`total total-${kind}`} aria-labelledby={`total-${kind}`}>
      <h3 id={`total-${kind}`} title={label.hint}>
        {label.title}
      </h3>
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
    </section>
  );
}

/** CECs and CEUs side by side, each in contact hours and in each body's own unit; `children` choose the period. */
export function TotalsPanel({ totals, children }: { totals: CreditTotals | undefined; children?: ReactNode }) {
  return (
    <section className="totals" aria-label="Totals">
      <h2>Totals</h2>
      {children}
      {totals ? (
        <div className="totals-grid">
          <KindColumn kind="CEC" total={totals.CEC} />
          <KindColumn kind="CEU" total={totals.CEU} />
        </div>
      ) : (
        <p className="muted">Loading…</p>
      )}
    </section>
  );
}
