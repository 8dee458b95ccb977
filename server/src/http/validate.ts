import type { z } from 'zod';
import { formatPath } from '../instrument/schema';
import { ValidationError } from './errors';

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
      message: issue.message,
    })),
  );
}
