import { useCallback, useState } from 'react';
import { type ApiError, toApiError } from '../api/client';

export type Action = {
  busy: boolean;
  /** The last failure as a sentence in the reader's words; undefined after a success or clear(). */
  error: string | undefined;
  /** Runs the request, busy meanwhile; resolves to whether it succeeded. */
  run: (request: () => Promise<void>) => Promise<boolean>;
  clear: () => void;
};

/** One button's request (retry, send, cancel): busy while it runs, its failure worded by `errorText`. */
export function useAction(errorText: (error: ApiError) => string): Action {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();
  const run = useCallback(
    async (request: () => Promise<void>) => {
      setBusy(true);
      setError(undefined);
      try {
        await request();
        return true;
      } catch (caught) {
        setError(errorText(toApiError(caught)));
        return false;
      } finally {
        setBusy(false);
      }
    },
    [errorText],
  );
  const clear = useCallback(() => setError(undefined), []);
  return { busy, error, run, clear };
}
