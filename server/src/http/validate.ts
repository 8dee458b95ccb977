import type { z } from 'zod';
import { formatPath } from '../instrument/schema';
import { ValidationError } from './errors';

/** Parses input with a zod schema; a failure becomes a 400 listing every problem with its path. */
export function parseInput<S extends z.ZodType>(schema: S, input: unknown, where = 'body'): z.infer<S> {
  const parsed = schema.safeParse(input);
  if (parsed.success) return parsed.data;
  throw new ValidationError(
    `the request ${where} is not valid`,
    parsed.error.issues.map((issue) => ({ path: formatPath(issue.path), code: issue.code, message: issue.message })),
  );
}
