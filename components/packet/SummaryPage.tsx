import { useEffect, useState } from 'react';
import { errorMessage } from '../../lib/errors';
import { formatHours, formatNumber } from '../../lib/model/format';
import { todayIso } from '../../lib/model/calendar';
import { cycleLabel } from '../../lib/packet/cycles';
import { readPacketSummary, type PacketRequest } from '../../lib/packet/read';
import { earnedText, requirementLineText, stillNeededSentence, type PacketSummary } from '../../lib/packet/summary';
import type { CeTallyDb } from '../../lib/store/db';
import './summary.css';

type Loaded = { summary: PacketSummary } | { error: string } | undefined;

/**
 * The renewal packet's summary as a page to print (the log's Print opens it): what summary.pdf says, laid
 * out for the browser's print dialog, which opens once the summary is on the page.
 */
export function SummaryPage({
  db,
  request,
  print,
}: {
  db: CeTallyDb;
  request: PacketRequest | undefined;
  print: () => void;
}) {
  const [read, setRead] = useState<Loaded>();
  useEffect(() => {
    if (!request) return;
    readPacketSummary(db, request, todayIso()).then(
      (summary) => setRead({ summary }),
      (error: unknown) => setRead({ error: errorMessage(error) }),
    );
  }, [db, request]);
  const loaded: Loaded = request ? read : { error: 'This address names no certification: open Print from the log.' };

  const summary = loaded && 'summary' in loaded ? loaded.summary : undefined;
  useEffect(() => {
    if (!summary) return;
    document.title = `Renewal summary: ${summary.certification.name}, ${summary.cycle.start} to ${summary.cycle.end}`;
    // After the page has painted the summary, so the dialog's preview shows it.
    const timer = setTimeout(print, 100);
    return () => clearTimeout(timer);
  }, [summary, print]);

  if (!loaded) return <p className="muted">Loading…</p>;
  if ('error' in loaded)
    return (
      <main className="summary-page">
        <p role="alert" className="error">
          {loaded.error}
        </p>
      </main>
    );
  const { certification, progress } = loaded.summary;
  const s = loaded.summary;
  return (
    <main className="summary-page">
      <header>
        <h1>Renewal packet: {certification.name}</h1>
        {s.bodyName && <p>Certifying body: {s.bodyName}</p>}
        <p>{cycleLabel(s.cycle)}</p>
        <p className="muted">Made by CE Tally on {s.madeOn} from the log on this device.</p>
        <button type="button" className="no-print" onClick={print}>
          Print
        </button>
      </header>

      <section aria-labelledby="requirement">
        <h2 id="requirement">Requirement</h2>
        {progress.countsCredits ? (
          <>
            <p>
              Required: {formatNumber(progress.required.amount)} {s.unitPlural} (
              {formatHours(progress.requirementHours)})
              {progress.required.prorated &&
                `, prorated from ${formatNumber(progress.required.prorated.full)} by the certification date ${progress.required.prorated.certifiedOn}`}
              .
            </p>
            <p>
              Earned: {earnedText(s)} from {s.counted.length} {s.counted.length === 1 ? 'activity' : 'activities'}.
            </p>
            <p>{stillNeededSentence(s)}</p>
            {progress.carryOver && (
              <p>
                Includes {formatNumber(progress.carryOver.units)} {s.unitPlural} carried over from the cycle that ended{' '}
                {progress.carryOver.fromCycleEnd}.
              </p>
            )}
            {s.requirement.length > 1 && (
              <ul>
                {s.requirement.map((line) => (
                  <li key={line.label}>{requirementLineText(line)}</li>
                ))}
              </ul>
            )}
          </>
        ) : (
          <p>
            Required: {formatNumber(certification.requirement)} {s.unitPlural}. CE Tally counts credits only for the
            bodies it knows: every activity of the cycle is listed below.
          </p>
        )}
        {s.cpr && <p>{s.cpr}</p>}
      </section>

      <section aria-labelledby="counted">
        <h2 id="counted">Activities counted ({s.counted.length})</h2>
        {s.counted.length === 0 ? (
          <p className="muted">None in this cycle.</p>
        ) : (
          <table>
            <thead>
              <tr>
                <th scope="col">Completed</th>
                <th scope="col">Activity, provider, course or approval number</th>
                <th scope="col">Counted</th>
                <th scope="col">Hours</th>
                <th scope="col">Category</th>
                <th scope="col">Certificate</th>
              </tr>
            </thead>
            <tbody>
              {s.counted.map((line) => (
                <tr key={line.activity.id}>
                  <td>{line.completedOn}</td>
                  <th scope="row">
                    {line.title}
                    <span className="muted">
                      {[line.provider, line.courseCode && `No. ${line.courseCode}`].filter(Boolean).join(' · ')}
                    </span>
                  </th>
                  <td>
                    {line.counted}
                    {line.recordedBy && <span className="muted">{line.recordedBy}</span>}
                  </td>
                  <td>{formatNumber(line.hours)}</td>
                  <td>{line.category ?? '—'}</td>
                  <td>{line.certificate ? 'yes' : 'no'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>

      <section aria-labelledby="not-counted">
        <h2 id="not-counted">Credits earned but not counted ({s.notCounted.length})</h2>
        {s.notCounted.length === 0 ? (
          <p className="muted">None.</p>
        ) : (
          <table>
            <thead>
              <tr>
                <th scope="col">Completed</th>
                <th scope="col">Activity and provider</th>
                <th scope="col">Credits as recorded</th>
                <th scope="col">Why not counted</th>
              </tr>
            </thead>
            <tbody>
              {s.notCounted.map((line, index) => (
                <tr key={`${line.activity.id}-${index}`}>
                  <td>{line.completedOn}</td>
                  <th scope="row">
                    {line.title}
                    <span className="muted">{line.provider}</span>
                  </th>
                  <td>{line.credits}</td>
                  <td>{line.reason}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>

      <section aria-labelledby="missing">
        <h2 id="missing">No certificate on file ({s.missingCertificates.length})</h2>
        {s.missingCertificates.length === 0 ? (
          <p className="muted">Every counted activity has its certificate file in CE Tally.</p>
        ) : (
          <>
            <p className="muted">Fetch these from their providers and attach them in CE Tally before you submit.</p>
            <ul>
              {s.missingCertificates.map((line) => (
                <li key={line.activity.id}>
                  {line.completedOn} {line.title}
                  {line.provider && ` · ${line.provider}`}
                  {line.courseCode && ` · No. ${line.courseCode}`}
                </li>
              ))}
            </ul>
          </>
        )}
      </section>
    </main>
  );
}
