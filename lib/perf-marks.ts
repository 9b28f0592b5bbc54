/** Performance marks the pages set for `npm run bench` (read back with performance.getEntriesByName). */
export const PERF_MARKS = {
  /** The popup's totals and certifications are on screen. */
  popupReady: 'ce-tally:popup-ready',
  /** The popup has the background's answer: the tab's completion is saved and its badge updated. */
  saved: 'ce-tally:saved',
  /** The log's first screen of activities is on screen. */
  logReady: 'ce-tally:log-ready',
} as const;
