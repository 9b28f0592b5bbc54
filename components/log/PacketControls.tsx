import { useEffect, useId, useRef, useState } from 'react';
import { todayIso } from '../../lib/model/calendar';
import type { Certification } from '../../lib/model/schema';
import { cycleLabel, packetCycles } from '../../lib/packet/cycles';
import { summaryUrl } from '../../lib/routes';
import { formatFileSize } from '../../lib/store/certificate-files';
import { downloadBlob } from '../../lib/export/download';
import { errorMessage } from '../../lib/errors';
import type { PacketJob } from '../../lib/packet/make-packet';
import { paperFor, type Paper } from '../../lib/packet/paper';

type State =
  | { kind: 'idle' }
  | { kind: 'making'; share: number; text: string }
  | { kind: 'done'; text: string }
  | { kind: 'cancelled' }
  | { kind: 'failed'; message: string };

const defaultPaper = (): Paper => paperFor(navigator.language);

/**
 * A certification's Renewal packet: the cycle (current or past) and the paper chosen beside it, progress and
 * Cancel while it is made in a worker, then a plain download. Print opens the same summary as a page.
 * The packet's code (PDF, fonts, zip) loads only when a packet is made.
 */
export function PacketControls({
  certification,
  oldestCompletion,
  autoStart = false,
}: {
  certification: Certification;
  /** The log's first completion date: the past cycles offered go back to it. */
  oldestCompletion: string | undefined;
  /** Make the current cycle's packet at once (the popup's Renewal packet opens the log for it). */
  autoStart?: boolean;
}) {
  const cycles = packetCycles(certification, oldestCompletion);
  const [cycleEnd, setCycleEnd] = useState(cycles[0].end);
  const [paper, setPaper] = useState<Paper>(defaultPaper);
  const [state, setState] = useState<State>({ kind: 'idle' });
  const job = useRef<PacketJob | undefined>(undefined);
  const id = useId();
  const started = useRef(false);
  // The chosen cycle stays chosen while the certification's cycle end is edited; a cycle gone falls back.
  const chosen = cycles.some((c) => c.end === cycleEnd) ? cycleEnd : cycles[0].end;

  // Leaving the page (or deleting the certification) stops a packet being made.
  useEffect(() => () => job.current?.cancel(), []);

  const make = async (end = chosen) => {
    if (job.current) return;
    setState({ kind: 'making', share: 0, text: 'Starting…' });
    try {
      const { startPacket, PacketCancelled } = await import('../../lib/packet/make-packet');
      const running = startPacket(
        { certificationId: certification.id, cycleEnd: end, paper, today: todayIso() },
        (progress) => setState({ kind: 'making', ...progress }),
      );
      job.current = running;
      try {
        const made = await running.done;
        downloadBlob(made.blob, made.fileName);
        const missing =
          made.missing > 0 ? `; ${made.missing} counted without a certificate on file (listed in it)` : '';
        setState({
          kind: 'done',
          text: `Downloaded ${made.fileName} (${formatFileSize(made.blob.size)}): ${made.counted} ${made.counted === 1 ? 'activity' : 'activities'} counted, ${made.certificates} ${made.certificates === 1 ? 'certificate' : 'certificates'}${missing}.`,
        });
      } catch (error) {
        setState(
          error instanceof PacketCancelled ? { kind: 'cancelled' } : { kind: 'failed', message: errorMessage(error) },
        );
      }
    } catch (error) {
      setState({ kind: 'failed', message: errorMessage(error) });
    } finally {
      job.current = undefined;
    }
  };

  useEffect(() => {
    if (autoStart && !started.current) {
      started.current = true;
      void make(cycles[0].end);
    }
    // Once, when the page opens at this certification's packet.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [autoStart]);

  const making = state.kind === 'making';
  const headingId = `renewal-${certification.id}`;
  return (
    <div className="packet" role="group" aria-label={`Renewal packet of ${certification.name}`}>
      <div className="packet-choices">
        <label htmlFor={`${id}-cycle`}>Cycle</label>
        <select id={`${id}-cycle`} value={chosen} disabled={making} onChange={(e) => setCycleEnd(e.target.value)}>
          {cycles.map((cycle) => (
            <option key={cycle.end} value={cycle.end}>
              {cycleLabel(cycle)}
            </option>
          ))}
        </select>
        <label htmlFor={`${id}-paper`}>Paper</label>
        <select id={`${id}-paper`} value={paper} disabled={making} onChange={(e) => setPaper(e.target.value as Paper)}>
          <option value="a4">A4</option>
          <option value="letter">US Letter</option>
        </select>
        <button type="button" aria-describedby={headingId} disabled={making} onClick={() => void make()}>
          Renewal packet
        </button>
        <button
          type="button"
          aria-describedby={headingId}
          onClick={() => window.open(summaryUrl(certification.id, chosen), '_blank')}
        >
          Print
        </button>
      </div>
      {making && (
        <div className="packet-progress">
          <progress aria-label={`${certification.name} renewal packet progress`} max={1} value={state.share} />
          <span className="muted">{state.text}</span>
          <button type="button" onClick={() => job.current?.cancel()}>
            Cancel
          </button>
        </div>
      )}
      <p className={state.kind === 'failed' ? 'error' : 'muted'} role={state.kind === 'failed' ? 'alert' : 'status'}>
        {state.kind === 'done'
          ? state.text
          : state.kind === 'cancelled'
            ? 'Renewal packet cancelled: nothing was downloaded.'
            : state.kind === 'failed'
              ? `The renewal packet could not be made: ${state.message}`
              : ''}
      </p>
    </div>
  );
}
