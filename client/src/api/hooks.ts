/** One hook an endpoint, on top of a small fetch-on-mount state machine. */

import type { OrganisationResults } from '@shared/results/types';
import type { RoundDetail, RoundSummary } from '@shared/rounds/types';
import { useCallback, useEffect, useState } from 'react';
import { type ApiError, apiPath, apiRequest, isAbort, toApiError } from './client';

export type ApiState<T> = {
  data: T | undefined;
  error: ApiError | undefined;
  loading: boolean;
  reload: () => void;
};

type Settled<T> = { path: string; data?: T; error?: ApiError };

/** GETs `path` (nothing while it is null); refetches when the path changes or on reload(). */
export function useApi<T>(path: string | null): ApiState<T> {
  const [settled, setSettled] = useState<Settled<T> | undefined>();
  const [attempt, setAttempt] = useState(0);

  // biome-ignore lint/correctness/useExhaustiveDependencies: `attempt` is there to refetch on reload()
  useEffect(() => {
    if (path === null) return;
    const controller = new AbortController();
    apiRequest<T>(path, { signal: controller.signal }).then(
      (data) => setSettled({ path, data }),
      (error: unknown) => {
        if (!isAbort(error)) setSettled({ path, error: toApiError(error) });
      },
    );
    return () => controller.abort();
  }, [path, attempt]);

  const reload = useCallback(() => {
    setSettled(undefined);
    setAttempt((n) => n + 1);
  }, []);

  // A result for an earlier path is never shown for the current one.
  const current = settled?.path === path ? settled : undefined;
  return {
    data: current?.data,
    error: current?.error,
    loading: path !== null && current === undefined,
    reload,
  };
}

export function useRounds(): ApiState<RoundSummary[]> {
  return useApi<RoundSummary[]>(apiPath('rounds'));
}

export function useRound(roundId: string | undefined): ApiState<RoundDetail> {
  return useApi<RoundDetail>(roundId ? apiPath('rounds', roundId) : null);
}

export function useResults(
  roundId: string | undefined,
  organisationId: string | undefined,
): ApiState<OrganisationResults> {
  const path =
    roundId && organisationId ? apiPath('rounds', roundId, 'organisations', organisationId, 'results') : null;
  return useApi<OrganisationResults>(path);
}
