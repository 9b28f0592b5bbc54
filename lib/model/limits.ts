/** Limits on what crosses a boundary: page text can be anything, a megabyte long. */
export const LIMITS = { title: 300, text: 2000, notes: 10000, url: 2048, code: 64, unit: 40, credits: 20 } as const;

/**
 * When the content script looks at a page again after it loaded or the URL changed (ms after each
 * previous look): single-page sites render after load. Then it stops: never an endless observer.
 */
export const DETECT_RETRY_DELAYS_MS = [500, 1500, 3000, 6000] as const;
