/** The one hook of every GET endpoint: fetch-on-mount state keyed by the call's address. */

import { type Endpoint, hrefOf, type InputOf, type ResponseOf } from '@shared/http/endpoint.shared';
import { useCallback, useEffect, useState } from 'react';
import { type ApiError, apiGet, isAbort, toApiError } from './client';

export type ApiState<T> = {
  data: T | undefined;
  error: ApiError | undefined;
  loading: boolean;
  reload: () => void;
};

type Settled<T> = { href: string; data?: T; error?: ApiError };

/** A JSON endpoint read with GET. */
export type ReadEndpoint = Endpoint<'get', string, 200, unknown, unknown, unknown, 'json'>;

/** `pollMs`: ask again at this interval while the page is visible, keeping what is shown until the answer arrives. */
export type ApiOptions = { pollMs?: number };

/** GETs started before the page that reads them was rendered (see prefetch), with when they were started. */
const early = new Map<string, { request: Promise<unknown>; at: number }>();
/** A prefetched answer older than this is not shown; the page asks again. */
const PREFETCH_FRESH_MS = 30_000;

/**
 * Starts a GET that a page about to render will read with useApi, so that it
 * runs while the page's code is still loading; the page then reads this one
 * request instead of sending its own. Used once at start-up (routePreload.ts).
 */
export function prefetch<E extends ReadEndpoint>(endpoint: E, input: InputOf<E>): void {
  const href = hrefOf(endpoint, input as Parameters<typeof hrefOf>[1]);
  if (early.has(href)) return;
  const request = apiGet(href);
  // Its failure is the reading page's to show; nothing is unhandled meanwhile.
  request.catch(() => undefined);
  early.set(href, { request, at: Date.now() });
}

/**
 * GETs the endpoint with its input (nothing while the input is null, e.g. an id not yet known);
 * refetches when the input changes or on reload(), and every `pollMs` when given.
 */
export function useApi<E extends ReadEndpoint>(
  endpoint: E,
  input: InputOf<E> | null,
  { pollMs }: ApiOptions = {},
): ApiState<ResponseOf<E>> {
  const href = input === null ? null : hrefOf(endpoint, input as Parameters<typeof hrefOf>[1]);
  const [settled, setSettled] = useState<Settled<ResponseOf<E>> | undefined>();
  const [attempt, setAttempt] = useState(0);

  // biome-ignore lint/correctness/useExhaustiveDependencies: `attempt` is there to refetch on reload()
  useEffect(() => {
    if (href === null) return;
    const controller = new AbortController();
    const entry = early.get(href);
    if (entry && Date.now() - entry.at > PREFETCH_FRESH_MS) early.delete(href);
    const prefetched = early.get(href)?.request as Promise<ResponseOf<E>> | undefined;
    // A prefetched answer is read once (a reload asks again); an abandoned reader leaves it to the next one.
    const settle = (next: Settled<ResponseOf<E>>) => {
      if (controller.signal.aborted) return;
      if (prefetched) early.delete(href);
      setSettled(next);
    };
    (prefetched ?? apiGet<ResponseOf<E>>(href, controller.signal)).then(
      (data) => settle({ href, data }),
      (error: unknown) => {
        if (!isAbort(error)) settle({ href, error: toApiError(error) });
      },
    );
    return () => controller.abort();
  }, [href, attempt]);

  useEffect(() => {
    if (href === null || !pollMs) return;
    const controller = new AbortController();
    const timer = window.setInterval(() => {
      if (document.visibilityState === 'hidden') return;
      apiGet<ResponseOf<E>>(href, controller.signal).then(
        (data) => setSettled({ href, data }),
        // A failed poll keeps the last answer on screen; the next poll tries again.
        () => undefined,
      );
    }, pollMs);
    return () => {
      window.clearInterval(timer);
      controller.abort();
    };
  }, [href, pollMs]);

  const reload = useCallback(() => {
    setSettled(undefined);
    setAttempt((n) => n + 1);
  }, []);

  // A result for an earlier input is never shown for the current one.
  const current = settled?.href === href ? settled : undefined;
  return {
    data: current?.data,
    error: current?.error,
    loading: href !== null && current === undefined,
    reload,
  };
}
