/** Limits on what crosses a boundary: page text can be anything, a megabyte long. */
export const LIMITS = { title: 300, text: 2000, notes: 10000, url: 2048, code: 64, unit: 40, credits: 20 } as const;
