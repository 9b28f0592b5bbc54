import { Zip, ZipDeflate, ZipPassThrough, type ZipInputFile } from 'fflate';

/**
 * Zip dates are local times from 1980 to 2107, and fflate throws on any other: a certificate dated
 * before 1980 (a restored backup, a wrong clock) or an invalid date is written at the nearest date it
 * can hold, so the packet is still made.
 */
export function zipDate(date: Date): Date {
  const time = date.getTime();
  if (Number.isNaN(time)) return new Date();
  const earliest = new Date(1980, 0, 1, 0, 0, 0);
  const latest = new Date(2099, 11, 31, 23, 59, 58);
  return time < earliest.getTime() ? earliest : time > latest.getTime() ? latest : date;
}

/**
 * A zip written a file at a time (fflate's streaming Zip): each file's bytes go out as they are added and
 * become part of a Blob, so a packet holds one certificate in memory at a time, never all of them
 * (the browser keeps a large Blob's parts on disk).
 */
export class StreamedZip {
  private readonly zip: Zip;
  private pending: Uint8Array[] = [];
  private readonly parts: Blob[] = [];
  private error: Error | null = null;
  private ended = false;

  constructor() {
    this.zip = new Zip((error, chunk, final) => {
      if (error) this.error = error;
      else this.pending.push(chunk);
      if (final) this.ended = true;
    });
  }

  /**
   * Adds a file. PDFs and images are compressed already: stored as they are (`compress` false), which
   * costs nothing and keeps the packet as large as its files; text is deflated.
   */
  add(name: string, bytes: Uint8Array, { compress = false, modified = new Date() } = {}): void {
    const file: ZipInputFile & { push: (chunk: Uint8Array, final?: boolean) => void } = compress
      ? new ZipDeflate(name, { level: 6 })
      : new ZipPassThrough(name);
    file.mtime = zipDate(modified);
    this.zip.add(file);
    file.push(bytes, true);
    this.flush();
  }

  private flush(): void {
    if (this.error) throw this.error;
    if (this.pending.length === 0) return;
    this.parts.push(new Blob(this.pending as BlobPart[]));
    this.pending = [];
  }

  /** The whole zip. */
  finish(): Blob {
    this.zip.end();
    this.flush();
    if (!this.ended) throw new Error('The zip did not end.');
    return new Blob(this.parts, { type: 'application/zip' });
  }
}
