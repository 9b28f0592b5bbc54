import { CSV_HEADER, csvFileName, csvLines } from '../lib/export/csv';
import type { ActivityPages } from '../lib/activities';

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

/** Lets the page handle input and paint before the next piece of work. */
const yieldToPage = () => new Promise((resolve) => setTimeout(resolve, 0));

/**
 * Writes the CSV a page of activities at a time, yielding to the page between reading a page and
 * writing it, so that a large log never freezes it. `onProgress` gets the share done, 0 to 1.
 */
export async function exportActivitiesCsv(activities: ActivityPages, onProgress?: (done: number) => void): Promise<void> {
  // Each page becomes a Blob at once: its UTF-8 encoding is spread over the pages, not one long task at the end.
  const parts = [new Blob([CSV_HEADER])];
  let done = 0;
  for await (const page of activities.pages) {
    await yieldToPage();
    parts.push(new Blob([csvLines(page)]));
    done += page.length;
    onProgress?.(Math.min(1, done / Math.max(1, activities.count)));
  }
  downloadBlob(new Blob(parts, { type: 'text/csv;charset=utf-8' }), csvFileName());
}
