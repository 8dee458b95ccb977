/**
 * Rate limits whose counters live in the database, so that several server
 * processes behind a load balancer count together.
 */
import type { Request, RequestHandler } from 'express';
import { type IncrementResponse, ipKeyGenerator, type Options, rateLimit, type Store } from 'express-rate-limit';
import { type Executor, readsOf, toNumber } from '../db/knex';
import { readOne } from '../db/quick-read';
import type { ErrorBody } from './types';

class KnexStore implements Store {
  windowMs = 60_000;
  constructor(
    private readonly db: Executor,
    readonly prefix: string,
  ) {}

  init(options: Options) {
    this.windowMs = options.windowMs;
  }

  /** One atomic UPDATE … RETURNING while the window runs, so simultaneous requests on PostgreSQL all count. */
  async increment(key: string): Promise<IncrementResponse> {
    const id = this.prefix + key;
    const now = new Date();
    const [row] = await this.db('rate_limits')
      .where('key', id)
      .where('reset_at', '>', now.toISOString())
      .increment('hits', 1)
      .returning(['hits', 'reset_at']);
    if (row) return { totalHits: toNumber(row.hits), resetTime: new Date(row.reset_at) };
    const fresh = new Date(now.getTime() + this.windowMs).toISOString();
    await this.db('rate_limits')
      .insert({ key: id, hits: 1, reset_at: fresh })
      .onConflict('key')
      .merge(['hits', 'reset_at']);
    return { totalHits: 1, resetTime: new Date(fresh) };
  }

  async decrement(key: string) {
    await this.db('rate_limits')
      .where('key', this.prefix + key)
      .decrement('hits', 1);
  }

  async resetKey(key: string) {
    await this.db('rate_limits')
      .where('key', this.prefix + key)
      .delete();
  }
}

export type LimitOptions = { name: string; windowMs: number; limit: number; key?: (req: Request) => string };

/** A limit on one route: over it, 429 with code rate_limited and a Retry-After header. */
export function limiter(db: Executor, { name, windowMs, limit, key }: LimitOptions): RequestHandler {
  return rateLimit({
    windowMs,
    limit,
    standardHeaders: 'draft-8',
    legacyHeaders: false,
    store: new KnexStore(db, `${name}:`),
    keyGenerator: (req) => ipKeyGenerator(req.ip ?? '') + (key ? `:${key(req)}` : ''),
    handler: (_req, res) => {
      const body: ErrorBody = {
        error: { code: 'rate_limited', message: 'too many attempts; wait a moment and try again' },
      };
      res.status(429).json(body);
    },
  });
}

export type FailureLimitOptions = Omit<LimitOptions, 'key'> & {
  /** Whether the request carries a secret that exists: such a request is let through over the limit. */
  isValid: (req: Request) => Promise<boolean>;
  /** Failures after which the address is refused outright, valid secret or not (default 20 × limit). */
  ceiling?: number;
};

const tooManyFailures: ErrorBody = {
  error: { code: 'rate_limited', message: 'too many failed attempts; wait a moment and try again' },
};

/**
 * Limits failed guesses of secrets in URLs (invitation tokens, resume codes).
 * Only failures count: answers 404, the secret does not exist (a replaced
 * link or an expired code, 410, is no guess). Over the limit a request whose
 * secret exists still goes through, since an office shares one address with
 * whoever mistyped; a wrong one is refused (429) and counted. So that being
 * over the limit does not turn into a free oracle, an address whose failures
 * reach the ceiling is refused outright until the window ends.
 * Requests under the limit cost one read, no write.
 */
export function failureLimiter(
  db: Executor,
  { name, windowMs, limit, isValid, ceiling = limit * 20 }: FailureLimitOptions,
): RequestHandler {
  const count = (req: Request) => {
    const store = new KnexStore(db, `${name}:`);
    store.windowMs = windowMs;
    return store.increment(ipKeyGenerator(req.ip ?? '')).catch(() => undefined);
  };
  return async (req, res, next) => {
    const key = `${name}:${ipKeyGenerator(req.ip ?? '')}`;
    const row = await readOne<{ hits: number | string; reset_at: string }>(
      readsOf(db),
      'select hits, reset_at from rate_limits where key = ?',
      [key],
    );
    const failures = row && row.reset_at > new Date().toISOString() ? toNumber(row.hits) : 0;
    if (failures >= ceiling || (failures >= limit && !(await isValid(req)))) {
      if (failures < ceiling) await count(req);
      res.status(429).json(tooManyFailures);
      return;
    }
    res.on('finish', () => {
      if (res.statusCode === 404) void count(req);
    });
    next();
  };
}
