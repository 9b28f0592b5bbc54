import type { ReactNode } from 'react';
import { BODIES } from '../lib/model/bodies';
import type { RenewalFigures, RenewalProgress } from '../lib/tally/renewal';
import { formatDate, formatDays as days, formatHours, formatNumber } from '../lib/model/format';
import { StillNeededLine } from './StillNeededLine';
import './renewal.css';

/** The deadline in words: plain about overdue and "due within 90 days". */
function deadlineText(progress: RenewalFigures): string {
  const { daysLeft, state } = progress;
  const cycleEnd = formatDate(progress.cycleEnd);
  if (progress.inGrace)
    return `Grace period: the cycle ended ${cycleEnd}; renew by ${formatDate(progress.deadline)} (${days(daysLeft)} left)`;
  if (daysLeft < 0) {
    return state === 'complete'
      ? `Cycle ended ${cycleEnd}: enter the new cycle end once renewed`
      : `Overdue: the cycle ended ${cycleEnd} (${days(-daysLeft)} ago)`;
  }
  if (daysLeft === 0) return `Due today (${cycleEnd})`;
  if (state === 'due-soon') return `Due within 90 days: ${days(daysLeft)} left (${cycleEnd})`;
  return `${days(daysLeft)} left (ends ${cycleEnd})`;
}

/**
 * The CPR/AED state in one wording, wherever it shows: about the card (what the body checks), never a
 * number of credits. The credits a CPR/AED course earns are said with the amounts ("0.1 from the CPR/AED course").
 */
export function cprText({ cpr, cprCounted }: Pick<RenewalProgress, 'cpr' | 'cprCounted'>): string | null {
  const counts = cprCounted > 0 ? ` (counts ${formatNumber(cprCounted)})` : '';
  if (!cpr.required) return cprCounted > 0 ? `CPR/AED course on ${formatDate(cpr.courseOn!)}${counts}` : null;
  if (cpr.expires)
    return cpr.met
      ? `CPR/AED card current until ${formatDate(cpr.expires)}${counts}`
      : `CPR/AED card expired ${formatDate(cpr.expires)}: renew it`;
  if (cpr.courseOn) return `CPR/AED course on ${formatDate(cpr.courseOn)}${counts}: add the card’s expiry`;
  return 'A current CPR/AED card is needed';
}

const STATE_LABEL = {
  complete: 'Complete',
  overdue: 'Overdue',
  'due-soon': 'Due soon',
  'in-progress': 'In progress',
} as const;

/**
 * One certification: progress bar toward the requirement, what is still needed, days left, CPR/AED.
 * `compact` (the popup) puts the actions in the heading's row and leaves the contact hours to the bar's text.
 */
export function RenewalProgressItem({
  progress,
  actions,
  details,
  compact = false,
}: {
  progress: RenewalFigures;
  actions?: ReactNode;
  /** Below the lines, before the actions: the log's table per category. */
  details?: ReactNode;
  compact?: boolean;
}) {
  const { certification, scale } = progress;
  const unit = scale.unitPlural;
  const bodyLabel = certification.body === 'other' ? '' : `${BODIES[certification.body].label} `;
  const amounts = `${formatNumber(progress.counted)} of ${formatNumber(progress.required.amount)} ${bodyLabel}${unit}`;
  const hours = `${formatNumber(progress.countedHours)} of ${formatHours(progress.requirementHours)}`;
  const cpr = cprText(progress);
  const headingId = `renewal-${certification.id}`;
  const actionBox = actions && <div className="renewal-actions">{actions}</div>;
  return (
    <li className={`renewal renewal-${progress.state}`}>
      <div className="renewal-head">
        <h3 id={headingId}>{certification.name}</h3>
        <span className={`renewal-state state-${progress.state}`}>{STATE_LABEL[progress.state]}</span>
        {compact && actionBox}
      </div>
      {progress.countsCredits ? (
        <>
          <div
            className="progress"
            role="progressbar"
            aria-label={`${certification.name} renewal progress`}
            aria-valuemin={0}
            aria-valuemax={progress.required.amount}
            aria-valuenow={Math.min(progress.counted, progress.required.amount)}
            aria-valuetext={`${amounts}, ${hours}`}
          >
            <div className="progress-fill" style={{ width: `${Math.round(progress.share * 100)}%` }} />
          </div>
          <p className="renewal-amounts">
            {amounts}
            {!compact && <span className="muted"> · {hours}</span>}
          </p>
          <StillNeededLine progress={progress} withDaysLeft={compact} />
        </>
      ) : (
        <p className="muted">
          Requirement {formatNumber(certification.requirement)} {unit}. CE Tally counts credits only for the bodies it
          knows, so this one tracks the deadline{certification.cprRequired ? ' and CPR/AED' : ''}.
        </p>
      )}
      {/* The popup says the days left in the still-needed line; the log says them here, with the deadline. */}
      {(!compact || !progress.countsCredits) && (
        <p className={`renewal-deadline deadline-${progress.state}`}>{deadlineText(progress)}</p>
      )}
      {cpr && <p className={progress.cpr.met ? 'renewal-cpr' : 'renewal-cpr error'}>{cpr}</p>}
      {details}
      {!compact && actionBox}
    </li>
  );
}
