import { formatDate, formatNumber } from '../../lib/model/format';
import type { RenewalProgress } from '../../lib/tally/renewal';
import { roundDownToStep, roundUpToStep } from '../../lib/tally/renewal';

const dash = '—';

/**
 * A certification's requirement per category in the log's certification view: earned, counted (within
 * the maxima), the minimum and maximum, what is still needed; then the rules that are no category (two
 * categories at least, a cap per event, proration, carry-over, grace) in words.
 */
export function RequirementTable({ progress }: { progress: RenewalProgress }) {
  const { certification, scale, rules } = progress;
  // A total alone is said by the lines above: the table is for requirements with categories.
  if (!progress.countsCredits || progress.categories.length === 0) return null;
  const down = (n: number) => formatNumber(roundDownToStep(n, scale.step));
  const up = (n: number) => formatNumber(roundUpToStep(n, scale.step));
  const notes: string[] = [];
  if (progress.categorySpread)
    notes.push(
      `Credits from at least ${progress.categorySpread.required} categories: ${progress.categorySpread.have} so far.`,
    );
  if (rules.eventMax !== undefined)
    notes.push(`At most ${formatNumber(rules.eventMax)} ${scale.unitPlural} count from any one event.`);
  if (progress.required.prorated)
    notes.push(
      `Prorated from ${formatNumber(progress.required.prorated.full)} by the certification date ${formatDate(progress.required.prorated.certifiedOn)} (a share per year of the cycle left; unconfirmed: check it with the body).`,
    );
  if (progress.carryOver)
    notes.push(
      `Includes ${formatNumber(progress.carryOver.units)} ${scale.unitPlural} carried over from the cycle that ended ${formatDate(progress.carryOver.fromCycleEnd)}.`,
    );
  if (rules.graceMonths)
    notes.push(`Grace period: ${rules.graceMonths} months after the cycle ends${progress.inGrace ? ' (now)' : ''}.`);
  const overLimit = progress.counting.overLimit.reduce((sum, o) => sum + o.units, 0);
  if (overLimit > 0)
    notes.push(
      `${down(overLimit)} ${scale.unitPlural} earned over a maximum are not counted (the renewal packet lists them).`,
    );

  return (
    <div className="requirement-table">
      <table>
        <caption>
          {certification.name}: requirement in {scale.unitPlural}
        </caption>
        <thead>
          <tr>
            <th scope="col">Requirement</th>
            <th scope="col">Earned</th>
            <th scope="col">Counted</th>
            <th scope="col">Minimum</th>
            <th scope="col">Maximum</th>
            <th scope="col">Still needed</th>
          </tr>
        </thead>
        <tbody>
          <tr>
            <th scope="row">Total</th>
            <td>{down(progress.earned)}</td>
            <td>{down(progress.counted)}</td>
            <td>{formatNumber(progress.required.amount)}</td>
            <td>{dash}</td>
            <td>{up(Math.max(0, progress.required.amount - progress.counted))}</td>
          </tr>
          {progress.categories.map((c) => (
            <tr key={c.id}>
              <th scope="row">
                {c.rule.label}
                {c.rule.unconfirmed && <span className="muted"> (unconfirmed)</span>}
              </th>
              <td>{down(c.earned)}</td>
              <td>{down(c.counted)}</td>
              <td>{c.min === undefined ? dash : formatNumber(c.min)}</td>
              <td>{c.max === undefined ? dash : formatNumber(c.max)}</td>
              <td>{c.min === undefined ? dash : up(c.missing)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {notes.length > 0 && (
        <ul className="requirement-notes">
          {notes.map((note) => (
            <li key={note}>{note}</li>
          ))}
        </ul>
      )}
    </div>
  );
}
