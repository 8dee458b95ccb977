/**
 * The one fetch wrapper: JSON in and out, and every failure (non-2xx status,
 * no network, unreadable body) turned into an ApiError with a stable code.
 */
import { api } from '@shared/contract';
import { type AnyEndpoint, hrefOf, type InputOf, type Method, type ResponseOf } from '@shared/http/endpoint.shared';
import type { ErrorBody, ErrorDetail } from '@shared/http/types';

export class ApiError extends Error {
  constructor(
    /** HTTP status; 0 when the server was not reached. */
    readonly status: number,
    readonly code: string,
    message: string,
    readonly problems: ErrorDetail[] = [],
    readonly path?: string,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

function isErrorBody(value: unknown): value is ErrorBody {
  if (typeof value !== 'object' || value === null || !('error' in value)) return false;
  const error: unknown = value.error;
  return (
    typeof error === 'object' &&
    error !== null &&
    'code' in error &&
    typeof error.code === 'string' &&
    'message' in error &&
    typeof error.message === 'string'
  );
}

async function errorFromResponse(response: Response): Promise<ApiError> {
  const body: unknown = await response.json().catch(() => undefined);
  if (isErrorBody(body)) {
    const { code, message, problems, path } = body.error;
    return new ApiError(response.status, code, message, Array.isArray(problems) ? problems : [], path);
  }
  const code = response.status === 404 ? 'not_found' : `http_${response.status}`;
  return new ApiError(response.status, code, response.statusText || `HTTP ${response.status}`);
}

/** Any thrown value as an ApiError (aborts are rethrown by callers before this). */
export function toApiError(error: unknown): ApiError {
  if (error instanceof ApiError) return error;
  const message = error instanceof Error ? error.message : String(error);
  return new ApiError(0, 'unknown', message);
}

export function isAbort(error: unknown): boolean {
  return error instanceof DOMException && error.name === 'AbortError';
}

/** The signed-in session's CSRF token: every change (non-GET) sends it in a header. */
let csrfToken: string | undefined;
/** Told of every 401 except the session endpoint's own: the session provider decides what it means. */
let onUnauthorized: ((error: ApiError) => void) | undefined;

/** Keeps the CSRF token of the session (from sign-in or GET /api/session); undefined after sign-out. */
export function setCsrfToken(token: string | undefined): void {
  csrfToken = token;
}

/** Registers the one listener of 401 answers; returns its removal. */
export function setUnauthorizedListener(listener: (error: ApiError) => void): () => void {
  onUnauthorized = listener;
  return () => {
    if (onUnauthorized === listener) onUnauthorized = undefined;
  };
}

function requestHeaders(method: string, hasBody: boolean): Record<string, string> {
  const headers: Record<string, string> = { Accept: 'application/json' };
  if (hasBody) headers['Content-Type'] = 'application/json';
  if (method !== 'GET' && csrfToken) headers['X-CSRF-Token'] = csrfToken;
  return headers;
}

/** Sends one request to an address of the API; the parsed JSON (undefined for 204) or an ApiError. */
async function send<T>(method: Method, href: string, body: unknown, signal: AbortSignal | undefined): Promise<T> {
  const verb = method.toUpperCase();
  let response: Response;
  try {
    response = await fetch(href, {
      method: verb,
      signal,
      headers: requestHeaders(verb, body !== undefined),
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  } catch (error) {
    if (isAbort(error)) throw error;
    throw new ApiError(0, 'network_error', error instanceof Error ? error.message : 'network error');
  }
  if (!response.ok) {
    const error = await errorFromResponse(response);
    // The session endpoint's own 401 means "not signed in", not "the session ended".
    if (error.status === 401 && href !== SESSION_HREF) onUnauthorized?.(error);
    throw error;
  }
  if (response.status === 204) return undefined as T;
  try {
    return (await response.json()) as T;
  } catch (error) {
    if (isAbort(error)) throw error;
    throw new ApiError(response.status, 'invalid_response', 'the server sent a response that is not JSON');
  }
}

const SESSION_HREF = hrefOf(api.session);

/** Nothing to give when the endpoint declares no parameters, query or body; else its input. */
type Args<E extends AnyEndpoint> =
  Record<string, never> extends InputOf<E>
    ? [input?: InputOf<E>, options?: { signal?: AbortSignal }]
    : [input: InputOf<E>, options?: { signal?: AbortSignal }];

type Parts = { params?: Record<string, string>; query?: Record<string, unknown>; body?: unknown };

/** The address of an endpoint of the contract with its input, e.g. for a download link. */
export function apiHref<E extends AnyEndpoint>(endpoint: E, ...[input]: Args<E>): string {
  return hrefOf(endpoint, (input ?? {}) as Parts);
}

/** Calls an endpoint of the contract (@shared/contract) and resolves to its declared response type. */
export function apiCall<E extends AnyEndpoint>(endpoint: E, ...[input, options]: Args<E>): Promise<ResponseOf<E>> {
  const parts = (input ?? {}) as Parts;
  return send(endpoint.method, hrefOf(endpoint, parts), endpoint.takes.body ? parts.body : undefined, options?.signal);
}

/** GETs an address made by apiHref (the hooks key their state on it). */
export function apiGet<T>(href: string, signal?: AbortSignal): Promise<T> {
  return send('get', href, undefined, signal);
}
