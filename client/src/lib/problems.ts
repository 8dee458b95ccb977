/**
 * Server problems onto form fields. The API names each problem by the JSON
 * path of the input (`name.sv`, `organisationIds[3]`, `closesAt`); a form
 * shows it beside the field whose name is the longest prefix of that path.
 */
import type { ErrorDetail } from '@shared/http/types';

/** The first message of each field, by field name. */
export type FieldErrors = Partial<Record<string, string>>;

export type MappedProblems = {
  fields: FieldErrors;
  /** Problems of no known field, with their path, for the form's summary. */
  general: ErrorDetail[];
};

/** Whether `path` is `field` itself or something inside it (`field.x`, `field[2]`). */
export function pathIsWithin(path: string, field: string): boolean {
  return path === field || path.startsWith(`${field}.`) || path.startsWith(`${field}[`);
}

/** Maps problems to the given field names; the first problem of a field wins. */
export function mapProblems(problems: readonly ErrorDetail[], fieldNames: readonly string[]): MappedProblems {
  const fields: FieldErrors = {};
  const general: ErrorDetail[] = [];
  // Longest first, so that `name.sv` wins over `name` when a form has both.
  const names = [...fieldNames].sort((a, b) => b.length - a.length);
  for (const problem of problems) {
    const field = names.find((name) => pathIsWithin(problem.path, name));
    if (field === undefined) general.push(problem);
    else if (fields[field] === undefined) fields[field] = problem.message;
  }
  return { fields, general };
}

/** True when there is nothing to show. */
export function hasErrors(errors: FieldErrors): boolean {
  return Object.values(errors).some((message) => message !== undefined);
}
