/**
 * Checks every parsed JSON body once, before any route: no deeper than 64
 * levels (deep nesting would overflow recursive code later), and every string
 * well-formed Unicode without NUL characters (a lone surrogate cannot be
 * stored and returned byte for byte; PostgreSQL refuses NUL in text).
 * Iterative, so the check itself cannot overflow.
 */
import type { RequestHandler } from 'express';
import { formatPath } from '../instrument/schema';
import { ValidationError } from './errors';

export const MAX_DEPTH = 64;

type Problem = { path: string; code: string; message: string };

export function inspectBody(body: unknown): Problem | undefined {
  const stack: { value: unknown; path: (string | number)[] }[] = [{ value: body, path: [] }];
  while (stack.length > 0) {
    const { value, path } = stack.pop()!;
    if (typeof value === 'string') {
      if (!value.isWellFormed()) {
        return {
          path: formatPath(path),
          code: 'invalid_text',
          message: 'the text contains an unpaired surrogate (not valid Unicode)',
        };
      }
      if (value.includes('\u0000'))
        return { path: formatPath(path), code: 'invalid_text', message: 'the text contains a NUL character' };
      continue;
    }
    if (value === null || typeof value !== 'object') continue;
    if (path.length >= MAX_DEPTH) {
      return {
        path: formatPath(path),
        code: 'too_deep',
        message: `the body is nested deeper than ${MAX_DEPTH} levels`,
      };
    }
    for (const [k, v] of Object.entries(value))
      stack.push({ value: v, path: [...path, Array.isArray(value) ? Number(k) : k] });
  }
  return undefined;
}

export const bodyGuard: RequestHandler = (req, _res, next) => {
  const problem = inspectBody(req.body);
  if (problem) throw new ValidationError('the request body is not acceptable', [problem], problem.code);
  next();
};
