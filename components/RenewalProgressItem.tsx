import type { ReactNode } from 'react';
import { BODIES } from '../lib/model/bodies';
import type { RenewalProgress } from '../lib/tally/renewal';
import { formatHours, formatNumber } from '../lib/model/format';
import './renewal.css';

function days(count: number): string {
  return `${count} ${count === 1 ? 'day' : 'days'}`;
}

/** The deadline in words: plain about overdue and "due within 90 days". */
function deadlineText(progress: RenewalProgress): string {
  const { daysLeft, cycleEnd, state } = progress;
  if (daysLeft < 0) {
    return state === 'complete'
      ? `Cycle ended ${cycleEnd}: enter the new cycle end once renewed`
      : `Overdue: the cycle ended ${cycleEnd} (${days(-daysLeft)} ago)`;
  }
  if (daysLeft === 0) return `Due today (${cycleEnd})`;
  if (state === 'due-soon') return `Due within 90 days: ${days(daysLeft)} left (${cycleEnd})`;
  return `${days(daysLeft)} left (ends ${cycleEnd})`;
}

function cprText({ cpr }: RenewalProgress): string | null {
  if (!cpr.required) return null;
  if (cpr.expires) return cpr.met ? `CPR/AED current until ${cpr.expires}` : `CPR/AED expired ${cpr.expires}: renew it`;
  if (cpr.courseOn) return `CPR/AED course on ${cpr.courseOn} (enter the card's expiry to track it)`;
  return 'Current CPR/AED needed';
}

const STATE_LABEL = {
  complete: 'Complete',
  overdue: 'Overdue',
  'due-soon': 'Due soon',
  'in-progress': 'In progress',
} as const;

/** One certification: progress bar toward the requirement, what is still needed, days left, CPR/AED. */
export function RenewalProgressItem({ progress, actions }: { progress: RenewalProgress; actions?: ReactNode }) {
  const { certification, scale } = progress;
  const unit = scale.unitPlural;
  const bodyLabel = certification.body === 'other' ? '' : `${BODIES[certification.body].label} `;
  const amounts = `${formatNumber(progress.earned)} of ${formatNumber(certification.requirement)} ${bodyLabel}${unit}`;
  const hours = `${formatNumber(progress.earnedHours)} of ${formatHours(progress.requirementHours)}`;
  const cpr = cprText(progress);
  const headingId = `renewal-${certification.id}`;
  return (
    <li className={`renewal renewal-${progress.state}`}>
      <div className="renewal-head">
        <h3 id={headingId}>{certification.name}</h3>
        <span className={`renewal-state state-${progress.state}`}>{STATE_LABEL[progress.state]}</span>
      </div>
      {progress.countsCredits ? (
        <>
          <div
            className="progress"
            role="progressbar"
            aria-label={`${certification.name} renewal progress`}
            aria-valuemin={0}
            aria-valuemax={certification.requirement}
            aria-valuenow={Math.min(progress.earned, certification.requirement)}
            aria-valuetext={`${amounts}, ${hours}`}
          >
            <div className="progress-fill" style={{ width: `${Math.round(progress.share * 100)}%` }} />
          </div>
          <p className="renewal-amounts">
            {amounts} <span className="muted">· {hours}</span>
          </p>
          <p className="renewal-needed">
            {progress.stillNeeded > 0
              ? `${formatNumber(progress.stillNeeded)} ${unit} still needed`
              : 'Credit requirement met'}
            {progress.cprCounted > 0 && (
              <span className="muted"> · includes {formatNumber(progress.cprCounted)} for CPR/AED</span>
            )}
          </p>
        </>
      ) : (
        <p className="muted">
          Requirement {formatNumber(certification.requirement)} {unit}. CE Tally counts credits only for the bodies it
          knows, so this one tracks the deadline{certification.cprRequired ? ' and CPR/AED' : ''}.
        </p>
      )}
      <p className={`renewal-deadline deadline-${progress.state}`}>{deadlineText(progress)}</p>
      {cpr && <p className={progress.cpr.met ? 'renewal-cpr' : 'renewal-cpr error'}>{cpr}</p>}
      {actions && <div className="renewal-actions">{actions}</div>}
    </li>
  );
}
