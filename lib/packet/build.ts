/**
 * The renewal packet, built from the log: summary.pdf, activities.csv (the CSV contract) and each counted
 * activity's certificate once under certificates/. Runs in a worker (packet-worker.ts) so the page never
 * waits on it; the certificates are read from IndexedDB one at a time and streamed into the zip.
 */
import { activitiesToCsv } from '../export/csv';
import type { CeTallyDb } from '../store/db';
import { certificateStems, extensionOf, packetFileName } from './names';
import { summaryPdf, type Paper, type PdfFonts } from './pdf';
import { readPacketSummary, type PacketRequest } from './read';
import type { PacketSummary } from './summary';
import { StreamedZip } from './zip';

export interface PacketProgress {
  /** 0 to 1. */
  share: number;
  text: string;
}

export interface Packet {
  blob: Blob;
  fileName: string;
  summary: PacketSummary;
  /** Each certificate file's name inside the zip, by activity id. */
  certificateNames: Map<string, string>;
}

/** The share of the work the summary (PDF and CSV) is counted as, the certificates the rest. */
const SUMMARY_SHARE = 0.1;

export async function buildPacket(
  db: CeTallyDb,
  request: PacketRequest & { paper?: Paper },
  fonts: PdfFonts,
  today: string,
  onProgress: (progress: PacketProgress) => void = () => {},
): Promise<Packet> {
  onProgress({ share: 0, text: 'Reading the log…' });
  const summary = await readPacketSummary(db, request, today);
  const zip = new StreamedZip();
  onProgress({ share: 0.02, text: 'Writing summary.pdf…' });
  zip.add('summary.pdf', await summaryPdf(summary, fonts, request.paper));
  zip.add('activities.csv', new TextEncoder().encode(activitiesToCsv(summary.counted.map((c) => c.activity))), {
    compress: true,
  });

  const withFiles = summary.counted.filter((c) => c.certificate);
  const stems = certificateStems(withFiles);
  const certificateNames = new Map<string, string>();
  for (let i = 0; i < withFiles.length; i++) {
    onProgress({
      share: SUMMARY_SHARE + (1 - SUMMARY_SHARE) * (i / withFiles.length),
      text: `Adding certificate ${i + 1} of ${withFiles.length}…`,
    });
    const { activity } = withFiles[i];
    const file = await db.certificates.get(activity.certificateFileId!);
    // Deleted since the summary was read: the summary says "yes", so say plainly what happened.
    if (!file) throw new Error(`The certificate file of “${activity.title}” was removed while the packet was made.`);
    const name = `certificates/${stems[i]}.${extensionOf(file.type)}`;
    zip.add(name, new Uint8Array(await file.blob.arrayBuffer()), { modified: new Date(file.addedAt) });
    certificateNames.set(activity.id, name);
  }
  onProgress({ share: 1, text: 'Done.' });
  return {
    blob: zip.finish(),
    fileName: packetFileName(summary.certification.name, summary.cycle.end),
    summary,
    certificateNames,
  };
}
