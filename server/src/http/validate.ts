import type { z } from 'zod';
import { formatPath } from '../instrument/schema';
import { ValidationError } from './errors';

/** A custom issue may name its own stable code in `params.code`. */
function issueCode(issue: z.core.$ZodIssue): string {
  const own = issue.code === 'custom' ? issue.params?.code : undefined;
  return typeof own === 'string' ? own : issue.code;
}

/** Parses input with a zod schema; a failure becomes a 400 listing every problem with its path. */
export function parseInput<S extends z.ZodType>(schema: S, input: unknown, where = 'body'): z.infer<S> {
  const parsed = schema.safeParse(input);
  if (parsed.success) return parsed.data;
  throw new ValidationError(
    `the request ${where} is not valid`,
    parsed.error.issues.map((issue) => ({
      path: formatPath(issue.path),
      code: issueCode(issue),
      message: issue.message,
    })),
  );
}
