import { csvChunks, csvFileName } from '../lib/export/csv';
import type { Activity } from '../lib/schema';

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
 * Builds the CSV in chunks, yielding to the page between them so a large log never freezes it.
 * `onProgress` gets the share done, 0 to 1.
 */
export async function exportActivitiesCsv(activities: Activity[], onProgress?: (done: number) => void): Promise<void> {
  const parts: string[] = [];
  const chunkSize = 2000;
  let index = 0;
  for (const chunk of csvChunks(activities, chunkSize)) {
    parts.push(chunk);
    if (index++ > 0) {
      onProgress?.(Math.min(1, ((index - 1) * chunkSize) / Math.max(1, activities.length)));
      await new Promise((resolve) => setTimeout(resolve, 0));
    }
  }
  downloadBlob(new Blob(parts, { type: 'text/csv;charset=utf-8' }), csvFileName());
}
