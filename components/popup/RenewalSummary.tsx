import type { RenewalFigures } from '../../lib/tally/renewal';
import { RenewalProgressItem } from '../RenewalProgressItem';

/** The popup's certifications: renewal progress for each with the way to its renewal packet, and the short path to add one. */
export function RenewalSummary({
  progress,
  addCertification,
  openPacket,
}: {
  progress: RenewalFigures[] | undefined;
  addCertification: () => void;
  openPacket?: (certificationId: string) => void;
}) {
  return (
    <section className="certifications" aria-labelledby="certifications-heading">
      <div className="section-head">
        <h2 id="certifications-heading">Certifications</h2>
        <button type="button" className="link-button" onClick={addCertification}>
          Add certification
        </button>
      </div>
      {progress === undefined ? (
        <p className="muted">Loading…</p>
      ) : progress.length === 0 ? (
        <p className="muted">Add the certifications you hold to see how far each renewal is.</p>
      ) : (
        <ul className="renewal-list">
          {progress.map((p) => (
            <RenewalProgressItem
              key={p.certification.id}
              progress={p}
              compact
              actions={
                openPacket && (
                  <button
                    type="button"
                    className="link-button"
                    aria-describedby={`renewal-${p.certification.id}`}
                    onClick={() => openPacket(p.certification.id)}
                  >
                    Renewal packet
                  </button>
                )
              }
            />
          ))}
        </ul>
      )}
    </section>
  );
}
