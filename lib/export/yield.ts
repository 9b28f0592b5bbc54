type WithScheduler = typeof globalThis & { scheduler?: { yield?: () => Promise<void> } };

/**
 * Lets the page handle input and paint before the next piece of work. With scheduler.yield() where
 * there is one: setTimeout(0), called from its own callback again and again, is clamped to 4 ms.
 */
export const yieldToPage = (): Promise<unknown> =>
  (globalThis as WithScheduler).scheduler?.yield?.() ?? new Promise((resolve) => setTimeout(resolve, 0));

/** Milliseconds of work between yields: well under the 50 ms a long task starts at. */
const SLICE_MS = 25;

/** A yield that gives the page its turn only once the current slice of work has run SLICE_MS. */
export function timeSlices(): () => Promise<void> {
  let start = performance.now();
  return async () => {
    if (performance.now() - start < SLICE_MS) return;
    await yieldToPage();
    start = performance.now();
  };
}
