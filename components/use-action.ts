import { useCallback, useState } from 'react';
import { errorMessage } from '../lib/errors';

/**
 * Runs a user's action and keeps what went wrong as a message to show: `run(work)` clears the last
 * message, runs the work, and on a failure keeps its message (or hands it to `onError`).
 */
export function useAction(onError?: (message: string) => void) {
  const [error, setError] = useState<string | undefined>();
  const run = useCallback(
    (work: () => Promise<unknown>) => {
      setError(undefined);
      work().catch((e: unknown) => (onError ? onError(errorMessage(e)) : setError(errorMessage(e))));
    },
    [onError],
  );
  return { error, setError, run };
}
