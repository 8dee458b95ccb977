/**
 * The one fetch wrapper: JSON in and out, and every failure (non-2xx status,
 * no network, unreadable body) turned into an ApiError with a stable code.
 */
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

type RequestOptions = {
  method?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  body?: unknown;
  signal?: AbortSignal;
};

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

/** Calls the API and returns the parsed JSON body typed as the endpoint's shared response type (undefined for 204). */
export async function apiRequest<T>(path: string, { method = 'GET', body, signal }: RequestOptions = {}): Promise<T> {
  let response: Response;
  try {
    response = await fetch(path, {
      method,
      signal,
      headers: requestHeaders(method, body !== undefined),
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  } catch (error) {
    if (isAbort(error)) throw error;
    throw new ApiError(0, 'network_error', error instanceof Error ? error.message : 'network error');
  }
  if (!response.ok) {
    const error = await errorFromResponse(response);
    if (error.status === 401 && path !== apiPath('session')) onUnauthorized?.(error);
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

/** Builds `/api/a/b` from path segments, encoding each. */
export function apiPath(...segments: string[]): string {
  return `/api/${segments.map(encodeURIComponent).join('/')}`;
}
