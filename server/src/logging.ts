/**
 * Logs that never hold a secret or an answer. Request lines carry the method,
 * the path with its secrets masked and without the query string, the status
 * and the time; no bodies, cookies or headers. Errors from the database are
 * logged as a summary (engine code, table, operation), never with the SQL
 * text or its values: a failed write would otherwise log the answers it
 * carried.
 */
import { type DestinationStream, type LevelWithSilent, type Logger, pino } from 'pino';

/** Path segments whose next segment is a secret: invitation links and resume codes, in the API and the client. */
const SECRET_AFTER = new Set(['i', 'r', 'invitations', 'drafts']);

function decoded(segment: string): string {
  try {
    return decodeURIComponent(segment).toLowerCase();
  } catch {
    return segment.toLowerCase();
  }
}

/**
 * The path of a URL as logged: no query string or fragment, and the segment
 * after /i/, /r/, /api/invitations/ and /api/drafts/ replaced by a mark
 * (Express matches paths case-insensitively, so the names are compared so).
 */
export function redactUrl(url: string): string {
  const path = url.split(/[?#]/, 1)[0] ?? '';
  const segments = path.split('/');
  return segments
    .map((segment, i) => (i > 0 && SECRET_AFTER.has(decoded(segments[i - 1]!)) ? ':secret' : segment))
    .join('/');
}

type ErrorLike = {
  type?: string;
  name?: string;
  message?: string;
  stack?: string;
  code?: unknown;
  severity?: unknown;
  table?: unknown;
  operation?: unknown;
  raw?: unknown;
};

/** better-sqlite3 codes start with SQLITE_; PostgreSQL errors carry a severity and a five-character SQLSTATE. */
function isDatabaseError(e: ErrorLike): boolean {
  const code = typeof e.code === 'string' ? e.code : '';
  return (
    code.startsWith('SQLITE_') ||
    e.name === 'SqliteError' ||
    (typeof e.severity === 'string' && /^[0-9A-Z]{5}$/.test(code))
  );
}

/** knex starts a failed query's message with its SQL: the statement's verb and first table are all we keep. */
function statementOf(message: string): { operation?: string; table?: string } {
  const match = /^\s*(insert\s+into|update|delete\s+from|select\b[\s\S]*?\bfrom)\s+[`"[]?([\w.]+)/i.exec(message);
  if (!match) return {};
  return { operation: match[1]!.split(/\s+/)[0]!.toLowerCase(), table: match[2] };
}

const frames = (stack: string | undefined) =>
  (stack ?? '')
    .split('\n')
    .filter((line) => line.trimStart().startsWith('at '))
    .map((line) => line.trim());

/**
 * An error as logged. A database error: its type, engine code, table and
 * operation and where in the code it happened, never the message (which
 * holds the SQL) or details such as PostgreSQL's `detail` (which holds
 * values). Any other error: type, message and stack.
 */
export function logSafeError(err: unknown): Record<string, unknown> {
  if (err === null || typeof err !== 'object') return { message: String(err) };
  const serialized = err as ErrorLike;
  const e = (serialized.raw && typeof serialized.raw === 'object' ? serialized.raw : serialized) as ErrorLike;
  const type = serialized.type ?? e.name ?? 'Error';
  if (!isDatabaseError(e)) return { type, message: e.message, stack: e.stack };
  const statement = statementOf(e.message ?? '');
  return {
    type,
    database: true,
    code: e.code,
    ...(typeof e.table === 'string' ? { table: e.table } : statement.table ? { table: statement.table } : {}),
    ...(typeof e.operation === 'string'
      ? { operation: e.operation }
      : statement.operation
        ? { operation: statement.operation }
        : {}),
    stack: frames(e.stack),
  };
}

/** The request as logged: id, method and the masked path only. */
export const logSafeRequest = (req: { id?: unknown; method?: string; url?: string }) => ({
  id: req.id,
  method: req.method,
  url: redactUrl(req.url ?? ''),
});

export const logSafeResponse = (res: { statusCode?: number }) => ({ statusCode: res.statusCode });

/** The application's logger; tests pass a stream to read what was logged. */
export function createLogger(level: LevelWithSilent, stream?: DestinationStream): Logger {
  return pino({ level, serializers: { err: logSafeError } }, stream);
}
