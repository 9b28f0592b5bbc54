/** Performance marks the pages set for `npm run bench` (read back with performance.getEntriesByName). */
export const PERF_MARKS = {
  /** The popup's totals and certifications are on screen. */
  popupReady: 'ce-tally:popup-ready',
  /** The popup has the background's answer: the tab's completion is saved and its badge updated. */
  saved: 'ce-tally:saved',
  /** The log's first screen of activities is on screen. */
  logReady: 'ce-tally:log-ready',
} as const;

/**
 * Sets `name` once what the page wrote is painted: the frame that draws it, then a task after it (the
 * paint itself). The product's pages and the bench's floors mark the same way, so each figure ends where its
 * floor does. Once per page: later calls do nothing.
 */
export function markWhenPainted(name: string): void {
  if (performance.getEntriesByName(name).length > 0) return;
  requestAnimationFrame(() =>
    setTimeout(() => {
      if (performance.getEntriesByName(name).length === 0) performance.mark(name);
    }),
  );
}
