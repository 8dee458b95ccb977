/**
 * Turns every error into `{ error: { code, message, path? } }`. Client
 * mistakes get 4xx with a stable code; anything else is logged and answered
 * with a plain 500, never a stack trace or SQL.
 */
import type { ErrorRequestHandler, RequestHandler } from 'express';
import { databaseFault, FAULT_MESSAGES } from '../db/faults';
import { AppError } from './errors';
import type { ErrorBody } from './types';

type HttpError = { status?: number; statusCode?: number; type?: string; expose?: boolean };

function isClientError(err: unknown): boolean {
  const e = err as HttpError | null;
  const status = e?.status ?? e?.statusCode;
  return typeof status === 'number' && status >= 400 && status < 500;
}

export const notFoundApi: RequestHandler = (req, res) => {
  const body: ErrorBody = { error: { code: 'not_found', message: `no API route ${req.method} ${req.path}` } };
  res.status(404).json(body);
};

export const errorMiddleware: ErrorRequestHandler = (err, req, res, _next) => {
  let status = 500;
  let body: ErrorBody = { error: { code: 'internal_error', message: 'something went wrong on the server' } };
  if (err instanceof AppError) {
    status = err.status;
    body = {
      error: {
        code: err.code,
        message: err.message,
        ...(err.path !== undefined ? { path: err.path } : {}),
        ...(err.problems ? { problems: err.problems } : {}),
      },
    };
  } else if (databaseFault(err)) {
    // Nothing was stored: the client may send again (the respondent's page keeps the answers meanwhile).
    const code = databaseFault(err)!;
    status = 503;
    body = { error: { code, message: FAULT_MESSAGES[code] } };
    res.setHeader('Retry-After', '5');
  } else if (isClientError(err)) {
    // body-parser (malformed JSON, too large, wrong charset) and the router (an undecodable %-escape in the path).
    const e = err as HttpError;
    status = e.status ?? e.statusCode ?? 400;
    const code =
      e.type === 'entity.parse.failed'
        ? 'malformed_json'
        : e.type === 'entity.too.large'
          ? 'body_too_large'
          : 'bad_request';
    body = {
      error: {
        code,
        message: code === 'malformed_json' ? 'the request body is not valid JSON' : (err as Error).message,
      },
    };
  }
  if (status === 503) req.log?.warn({ err }, 'the database failed the request');
  else if (status >= 500) req.log?.error({ err }, 'request failed');
  res.status(status).json(body);
};
