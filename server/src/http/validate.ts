import type { z } from 'zod';
import { formatPath } from '../instrument/schema';
import { ValidationError } from './errors';

/** The numbers and names an issue is about, for the client to word it in the reader's language. */
function issueParams(issue: z.core.$ZodIssue): Record<string, string | number | boolean> | undefined {
  const out: Record<string, string | number | boolean> = {};
  const raw = issue as unknown as Record<string, unknown>;
  for (const key of ['minimum', 'maximum', 'expected', 'origin', 'format', 'inclusive', 'divisor']) {
    const value = raw[key];
    if (typeof value === 'string' || typeof value === 'boolean') out[key] = value;
    else if (typeof value === 'number' || typeof value === 'bigint') out[key] = Number(value);
  }
  if (Array.isArray(raw.values)) out.values = raw.values.map(String).join(', ');
  if (Array.isArray(raw.keys)) out.keys = raw.keys.map(String).join(', ');
  const own = issue.code === 'custom' ? issue.params : undefined;
  for (const [key, value] of Object.entries(own ?? {})) {
    if (key !== 'code' && (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean'))
      out[key] = value;
  }
  return Object.keys(out).length > 0 ? out : undefined;
}

/** A custom issue may name its own stable code in `params.code`. */
function issueCode(issue: z.core.$ZodIssue): string {
  const own = issue.code === 'custom' ? issue.params?.code : undefined;
  return typeof own === 'string' ? own : issue.code;
}

export type InputPart = 'params' | 'query' | 'body';

/**
 * Parses one part of a request with its declared schema; a failure becomes a
 * 400 listing every problem with its path. A body's paths are its JSON paths
 * (`answers.i1.text`); a path parameter's and a query's are prefixed
 * (`params.roundId`, `query.lang`).
 */
export function parseInput<S extends z.ZodType>(schema: S, input: unknown, part: InputPart = 'body'): z.output<S> {
  const parsed = schema.safeParse(input);
  if (parsed.success) return parsed.data;
  throw new ValidationError(
    `the request ${part === 'params' ? 'address' : part} is not valid`,
    parsed.error.issues.map((issue) => ({
      path: part === 'body' ? formatPath(issue.path) : formatPath([part, ...issue.path]),
      code: issueCode(issue),
      ...(issueParams(issue) ? { params: issueParams(issue) } : {}),
      message: issue.message,
    })),
  );
}
