/** The error body every failed API request gets (shared with the client). */

/** One problem with the input, at its JSON path, e.g. `answers.i1.text`. */
export type ErrorDetail = {
  path: string;
  /** Stable: zod's issue codes (too_small, invalid_type…) or a feature's own (name_missing); the client words it. */
  code?: string;
  /** What the client needs to word it: minimum, maximum, expected, format, values… */
  params?: Record<string, string | number | boolean>;
  /** The server's own words, in English: for logs and API users, never shown to a person as such. */
  message: string;
};

export type ErrorBody = {
  error: { code: string; message: string; path?: string; problems?: ErrorDetail[] };
};
