import { useId } from 'react';
import type { Period } from '../../lib/tally/totals';
import type { Certification } from '../../lib/model/schema';

function periodValue(period: Period): string {
  return period.kind === 'cycle' ? `cycle:${period.certificationId}` : period.kind;
}

function periodFromValue(value: string): Period {
  if (value.startsWith('cycle:')) return { kind: 'cycle', certificationId: value.slice('cycle:'.length) };
  return { kind: value as 'year' | 'last-12-months' | 'all' };
}

/** The totals' period: each certification's current cycle, this year, the last 12 months, or all time. */
export function PeriodSelect({
  period,
  certifications,
  onChange,
}: {
  period: Period;
  certifications: ReadonlyArray<Pick<Certification, 'id' | 'name'>>;
  onChange: (period: Period) => void;
}) {
  const id = useId();
  return (
    <div className="period-select">
      <label htmlFor={id}>Period</label>
      <select id={id} value={periodValue(period)} onChange={(e) => onChange(periodFromValue(e.target.value))}>
        {certifications.map((c) => (
          <option key={c.id} value={`cycle:${c.id}`}>
            Current cycle: {c.name}
          </option>
        ))}
        <option value="year">This year</option>
        <option value="last-12-months">Last 12 months</option>
        <option value="all">All time</option>
      </select>
    </div>
  );
}
