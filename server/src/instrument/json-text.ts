/**
 * JSON.parse with the place of a syntax error as line and column, so that an
 * administrator can find the mistake in a pasted or uploaded instrument.
 * Browsers word the error differently: V8 says "at position 42" (newer ones
 * add "(line 3 column 5)"), Firefox "at line 3 column 5 of the JSON data",
 * and an unfinished text has no position at all. The CLI, the import form and
 * the editor read instrument files through this one parser, so a byte order
 * mark is accepted everywhere.
 */

export type JsonLocation = { line: number; column: number };

export type ParsedJson =
  | { ok: true; value: unknown }
  | { ok: false; message: string; location: JsonLocation | undefined };

/** Line and column (both from 1) of a character offset in `text`. */
export function locationAt(text: string, offset: number): JsonLocation {
  const before = text.slice(0, Math.max(0, Math.min(offset, text.length)));
  const lines = before.split('\n');
  return { line: lines.length, column: (lines.at(-1)?.length ?? 0) + 1 };
}

/** Where a JSON.parse error message says the error is, if it says. */
export function errorLocation(text: string, message: string): JsonLocation | undefined {
  const lineColumn = /line (\d+) column (\d+)/i.exec(message);
  if (lineColumn) return { line: Number(lineColumn[1]), column: Number(lineColumn[2]) };
  const position = /position (\d+)/i.exec(message);
  if (position) return locationAt(text, Number(position[1]));
  if (/unexpected end|end of (the )?(json|data)|unterminated/i.test(message)) return locationAt(text, text.length);
  return undefined;
}

export function parseJson(text: string): ParsedJson {
  // A byte order mark from a Windows editor is not an error worth reporting.
  const source = text.replace(/^\uFEFF/, '');
  try {
    return { ok: true, value: JSON.parse(source) };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return { ok: false, message, location: errorLocation(source, message) };
  }
}
