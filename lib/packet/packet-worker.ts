/**
 * The renewal packet's worker: reads the log, writes summary.pdf and streams the certificates into the zip
 * off the page's thread, so that the page never freezes, and Cancel is the worker's end (nothing is
 * downloaded until the whole packet is made). Started by lib/packet/make-packet.ts.
 */
import { getDb } from '../store/db';
import { buildPacket } from './build';
import { FONT_FILES } from './fonts';
import type { PacketMessage, PacketOrder } from './make-packet';

const post = (message: PacketMessage) => self.postMessage(message);

/** Progress at most this often: each message re-renders and repaints the page, which shares the CPU with this worker. */
const PROGRESS_EVERY_MS = 100;

async function fontBytes(path: string): Promise<Uint8Array> {
  // The extension's own file (same origin as this worker), never the network.
  const response = await fetch(path);
  if (!response.ok) throw new Error(`The packet's font ${path} is missing from the extension.`);
  return new Uint8Array(await response.arrayBuffer());
}

self.onmessage = async ({ data: order }: MessageEvent<PacketOrder>) => {
  try {
    const [regular, bold] = await Promise.all([fontBytes(FONT_FILES.regular), fontBytes(FONT_FILES.bold)]);
    let posted = -Infinity;
    const packet = await buildPacket(getDb(), order, { regular, bold }, order.today, (progress) => {
      const now = performance.now();
      if (now - posted < PROGRESS_EVERY_MS && progress.share < 1) return;
      posted = now;
      post({ type: 'progress', ...progress });
    });
    post({
      type: 'done',
      blob: packet.blob,
      fileName: packet.fileName,
      counted: packet.summary.counted.length,
      certificates: packet.certificateNames.size,
      missing: packet.summary.missingCertificates.length,
    });
  } catch (error) {
    post({ type: 'error', message: error instanceof Error ? error.message : String(error) });
  }
};
