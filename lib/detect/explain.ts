/**
 * Why detection decided what it did, for `npm run detect -- FILE --url URL --explain`. Off in the extension:
 * a note costs one check of `lines` then.
 */
let lines: string[] | null = null;

/** Records a reason while explaining; nothing otherwise. */
export function note(line: string): void {
  lines?.push(line);
}

/** Runs `work` with its reasons recorded, and returns both. */
export function explaining<T>(work: () => T): { result: T; reasons: string[] } {
  const reasons: string[] = [];
  lines = reasons;
  try {
    return { result: work(), reasons };
  } finally {
    lines = null;
  }
}
