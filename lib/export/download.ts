import { CSV_HEADER, csvFileName, CsvInOrder } from './csv';
import type { ActivityBatches } from '../store/activities';
import { yieldToPage } from './yield';

/** A plain download link: the extension needs no `downloads` permission. */
export function downloadBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.style.display = 'none';
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** Opens a stored file (a certificate) in a new tab. Its type was sniffed on the way in: never HTML or SVG. */
export function openBlob(blob: Blob): void {
  const url = URL.createObjectURL(blob);
  window.open(url, '_blank', 'noopener');
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/**
 * Activities per part of the file encoded at once (its UTF-8 Blob): 10,000 at once was a task of 20 ms on a
 * quiet machine and of hundreds on a loaded one (docs/performance.md).
 */
const ENCODE_BATCH = 250;

/**
 * Writes the CSV a batch of activities at a time, yielding to the page between reading a batch and
 * writing it, so that a large log never freezes it. The file is encoded (a Blob) a batch at a time
 * once every batch is in, as batches may come in another order than the file's. `onProgress` gets the
 * share read, 0 to 1.
 */
export async function exportActivitiesCsv(
  activities: ActivityBatches,
  onProgress?: (done: number) => void,
): Promise<void> {
  const csv = new CsvInOrder(activities.entries);
  let done = 0;
  for await (const batch of activities.batches) {
    await yieldToPage();
    csv.add(batch);
    done += batch.length;
    onProgress?.(Math.min(1, done / Math.max(1, activities.count)));
  }
  const parts = [new Blob([CSV_HEADER])];
  for (const part of csv.batches(ENCODE_BATCH)) {
    await yieldToPage();
    parts.push(new Blob([part]));
  }
  downloadBlob(new Blob(parts, { type: 'text/csv;charset=utf-8' }), csvFileName());
}
