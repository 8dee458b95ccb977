/**
 * Database faults the service cannot help: a stopped or unreachable
 * PostgreSQL, a full disk, a read-only or broken SQLite file, a query past
 * its timeout. They are answered 503 with a stable code (the respondent's
 * page keeps the answers on the device and sends them later), reported by
 * /api/health, and at start-up told in one sentence.
 */
export type DatabaseFault = 'database_unavailable' | 'storage_full';

const NETWORK = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'ENOTFOUND', 'EHOSTUNREACH', 'EAI_AGAIN']);

/** The fault an error stands for, or undefined for any other error. */
export function databaseFault(err: unknown): DatabaseFault | undefined {
  const e = err as { code?: unknown; name?: unknown; message?: unknown } | null;
  const code = typeof e?.code === 'string' ? e.code : '';
  const message = typeof e?.message === 'string' ? e.message : '';
  if (code === 'SQLITE_FULL' || code === '53100' || code === 'ENOSPC') return 'storage_full';
  if (
    /^SQLITE_(READONLY|IOERR|CANTOPEN|BUSY|LOCKED|CORRUPT|NOTADB|PROTOCOL)/.test(code) ||
    /^(08|57P|53|58)/.test(code) ||
    code === '57014' || // statement_timeout: the query ran past DATABASE_QUERY_TIMEOUT_MS
    NETWORK.has(code) ||
    e?.name === 'KnexTimeoutError' ||
    /Connection terminated|connection error|timeout exceeded when trying to connect|Unable to acquire a connection/i.test(
      message,
    )
  ) {
    return 'database_unavailable';
  }
  return undefined;
}

export const FAULT_MESSAGES: Record<DatabaseFault, string> = {
  database_unavailable:
    'the database cannot be reached at the moment; nothing was stored by this request: send it again in a moment',
  storage_full: 'the server’s storage is full; nothing was stored by this request: send it again in a moment',
};

/** A database address without its password, for messages. */
export function describeDatabase(
  config: { client: 'sqlite'; filename: string } | { client: 'postgres'; connectionString: string },
): string {
  if (config.client === 'sqlite') return `the SQLite file ${config.filename}`;
  try {
    const url = new URL(config.connectionString);
    return `PostgreSQL at ${url.hostname}:${url.port || '5432'}${url.pathname}`;
  } catch {
    return 'PostgreSQL (DATABASE_URL)';
  }
}

/** One sentence for a start that failed on the database: what is wrong, where, and what to do. No SQL, no stack. */
export function startupSentence(
  err: unknown,
  config: { client: 'sqlite'; filename: string } | { client: 'postgres'; connectionString: string },
): string | undefined {
  const where = describeDatabase(config);
  const code = String((err as { code?: unknown } | null)?.code ?? '');
  const message = String((err as { message?: unknown } | null)?.message ?? '');
  if (code === 'SQLITE_FULL' || code === 'ENOSPC' || code === '53100')
    return `The disk that holds ${where} is full: free some space on it (or point DATABASE_URL elsewhere) and start again.`;
  if (code.startsWith('SQLITE_READONLY') || code === 'EROFS')
    return `${capital(where)} is read-only: let the server's user write to the file and its folder (or point DATABASE_URL elsewhere) and start again.`;
  if (code.startsWith('SQLITE_CANTOPEN') || code === 'EACCES' || code === 'EPERM')
    return `${capital(where)} cannot be opened: check that its folder exists and that the server's user may write there (DATABASE_URL), then start again.`;
  if (/already locked/i.test(message))
    return `The migrations of ${where} are locked: another Laatupeili process is updating it, or one stopped while updating; if no other process runs, the database may be full or read-only — check its free space and permissions, then start again.`;
  if (config.client === 'postgres' && databaseFault(err) === 'database_unavailable')
    return `${capital(where)} cannot be reached: check that PostgreSQL runs and that DATABASE_URL names the right host, port, database and user, then start again.`;
  if (databaseFault(err))
    return `${capital(where)} cannot be used (${code || 'error'}): check its disk and permissions, then start again.`;
  return undefined;
}

const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
