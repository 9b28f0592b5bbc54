/**
 * Makes a renewal packet in a worker (lib/packet/packet-worker.ts; Vite bundles it, with pdf-lib, fontkit
 * and fflate, apart from the page): the page gets progress, then the finished zip, and can cancel.
 */
import type { PacketProgress } from './build';
import type { Paper } from './pdf';
import type { PacketRequest } from './read';

export interface PacketOrder extends PacketRequest {
  paper: Paper;
  today: string;
}

export interface MadePacket {
  blob: Blob;
  fileName: string;
  counted: number;
  certificates: number;
  missing: number;
}

export type PacketMessage =
  ({ type: 'progress' } & PacketProgress) | ({ type: 'done' } & MadePacket) | { type: 'error'; message: string };

export class PacketCancelled extends Error {
  override name = 'PacketCancelled';
  constructor() {
    super('The renewal packet was cancelled: nothing was downloaded.');
  }
}

export interface PacketJob {
  done: Promise<MadePacket>;
  /** Stops the worker where it is: what it wrote goes with it, and `done` rejects with PacketCancelled. */
  cancel(): void;
}

export function startPacket(order: PacketOrder, onProgress: (progress: PacketProgress) => void): PacketJob {
  const worker = new Worker(new URL('./packet-worker.ts', import.meta.url), { type: 'module' });
  let settle: { resolve: (p: MadePacket) => void; reject: (e: Error) => void };
  const done = new Promise<MadePacket>((resolve, reject) => (settle = { resolve, reject }));
  worker.onmessage = ({ data }: MessageEvent<PacketMessage>) => {
    if (data.type === 'progress') return onProgress(data);
    worker.terminate();
    if (data.type === 'done') settle.resolve(data);
    else settle.reject(new Error(data.message));
  };
  worker.onerror = (event) => {
    worker.terminate();
    settle.reject(new Error(event.message || 'The renewal packet could not be made (its worker stopped).'));
  };
  worker.postMessage(order);
  return {
    done,
    cancel: () => {
      worker.terminate();
      settle.reject(new PacketCancelled());
    },
  };
}
