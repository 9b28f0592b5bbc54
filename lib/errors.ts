/** What an error says, for a message on screen: its message, or the thrown value as text. */
export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** A storage failure in words a user can act on. Nothing saved before is lost by a failed write. */
export function describeStorageError(error: unknown): string {
  const name = error instanceof Error ? error.name : '';
  const inner = (error as { inner?: { name?: string } } | undefined)?.inner?.name ?? '';
  if ([name, inner].some((n) => n === 'QuotaExceededError')) {
    return 'Your browser has no room left to store this. Free some disk space, then try again; everything saved before is safe.';
  }
  if ([name, inner].some((n) => n === 'DatabaseClosedError' || n === 'InvalidStateError')) {
    return 'The log was busy being updated. Try again; everything saved before is safe.';
  }
  if (name === 'ZodError') return 'This page’s data could not be read as a course completion.';
  return `Could not write to the log (${errorMessage(error)}); everything saved before is safe.`;
}

export function isDatabaseClosed(error: unknown): boolean {
  return error instanceof Error && error.name === 'DatabaseClosedError';
}
