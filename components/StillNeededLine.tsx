import type { RenewalFigures } from '../lib/tally/renewal';
import { daysLeftText, stillNeededText } from '../lib/tally/still-needed';

/**
 * What a certification still needs, in one line, with the days left: "0.6 CEUs, 0.3 of them in Category D
 * still needed · 214 days left". The words are the tally's (lib/tally/still-needed.ts), as the reminders say them.
 */
export function StillNeededLine({
  progress,
  withDaysLeft = true,
}: {
  progress: RenewalFigures;
  /** False where the deadline has a line of its own (the log), so the days left are not said twice. */
  withDaysLeft?: boolean;
}) {
  const needed = stillNeededText(progress);
  return (
    <p className={`still-needed deadline-${progress.state}`}>
      <span className="renewal-needed">{needed ? `${needed} still needed` : 'Nothing missing'}</span>
      {withDaysLeft && (
        <>
          {' · '}
          <span>{daysLeftText(progress)}</span>
        </>
      )}
    </p>
  );
}
