/**
 * The one fetch wrapper: JSON in and out, and every failure (non-2xx status,
 * no network, unreadable body) turned into an ApiError with a stable code.
 */
import type { ErrorBody, ErrorDetail } from '../../../server/src/http/errors';

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

type RequestOptions = { method?: 'GET' | 'POST'; body?: unknown; signal?: AbortSignal };

/** Calls the API and returns the parsed JSON body typed as the endpoint's shared response type. */
export async function apiRequest<T>(path: string, { method = 'GET', body, signal }: RequestOptions = {}): Promise<T> {
  let response: Response;
  try {
    response = await fetch(path, {
      method,
      signal,
      headers:
        body === undefined
          ? { Accept: 'application/json' }
          : { Accept: 'application/json', 'Content-Type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  } catch (error) {
    if (isAbort(error)) throw error;
    throw new ApiError(0, 'network_error', error instanceof Error ? error.message : 'network error');
  }
  if (!response.ok) throw await errorFromResponse(response);
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
