/** The error body every failed API request gets (shared with the client). */

/** One problem with the input, at its JSON path, e.g. `answers.i1.text`. */
export type ErrorDetail = { path: string; code?: string; message: string };

export type ErrorBody = {
  error: { code: string; message: string; path?: string; problems?: ErrorDetail[] };
};
