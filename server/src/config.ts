/**
 * Configuration, read and validated once at start. A bad value prints every
 * problem and exits (see main.ts); nothing else reads process.env.
 */
import path from 'node:path';
import { z } from 'zod';

export const ROOT_DIR = path.resolve(import.meta.dirname, '..', '..');

const HttpUrl = z
  .string()
  .trim()
  .refine((v) => /^https?:\/\/[^/]/.test(v) && URL.canParse(v), { message: 'an http(s):// address' })
  .transform((v) => v.replace(/\/+$/, ''));

const Env = z.object({
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  HOST: z.string().min(1).default('0.0.0.0'),
  DATABASE_URL: z
    .string()
    .trim()
    .refine((v) => v.startsWith('sqlite:') || /^postgres(ql)?:\/\//.test(v), {
      message: 'use sqlite:<path> or postgres://user@host:port/database',
    })
    .optional(),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  /** Demo mode seeds invented organisations, a demo round and responses on first start. */
  DEMO: z
    .enum(['true', 'false', '1', '0'])
    .default('true')
    .transform((v) => v === 'true' || v === '1'),
  /** The lowest minimum group size a round may have: nobody can open or change a round below it. */
  MIN_GROUP_SIZE_FLOOR: z.coerce.number().int().min(1).max(100).default(3),
  /** How long after a round closes its resume codes still open the respondent's summary and reflections. */
  RESUME_CODE_DAYS_AFTER_CLOSE: z.coerce.number().int().min(0).max(3650).default(30),
  /** How often the rollup applier looks for submitted responses not yet in the results (it is also woken by each submit). */
  ROLLUP_INTERVAL_MS: z.coerce.number().int().min(10).max(60_000).default(250),
  /** How long a results request may wait for its round's newest responses to reach the rollups (0: answer at once, saying how current). */
  RESULTS_WAIT_MS: z.coerce.number().int().min(0).max(10_000).default(0),
  /** The longest a query (or the wait for a connection) may take before the request gets 503 database_unavailable. */
  DATABASE_QUERY_TIMEOUT_MS: z.coerce.number().int().min(100).max(600_000).default(15_000),
  /** How long start-up waits for an unreachable PostgreSQL, retrying with backoff, before giving up. */
  DATABASE_STARTUP_WAIT_SECONDS: z.coerce.number().int().min(0).max(3600).default(60),
  /** The address people reach the service at: links in mail and the single sign-on return address. */
  PUBLIC_URL: HttpUrl.optional(),
  /** Unset: no mail is sent; administrators read the outbox in the UI. */
  SMTP_URL: z
    .string()
    .trim()
    .refine((v) => /^smtps?:\/\/[^/]/.test(v), { message: 'use smtp://user:password@host:587 or smtps://…:465' })
    .optional(),
  MAIL_FROM: z.string().trim().min(3).max(254).default('Laatupeili <no-reply@laatupeili.invalid>'),
  OIDC_ISSUER: HttpUrl.optional(),
  OIDC_CLIENT_ID: z.string().trim().min(1).max(500).optional(),
  OIDC_CLIENT_SECRET: z.string().min(1).max(2000).optional(),
  /** Default: PUBLIC_URL + /auth/oidc/callback (register it at the provider). */
  OIDC_REDIRECT_URL: HttpUrl.optional(),
  /** The claim that names an account: `email` (only when the provider says it is verified) or another claim. */
  OIDC_ACCOUNT_CLAIM: z.string().trim().min(1).max(100).default('email'),
  /** Email domains whose unknown identities get an account without access, waiting for a role. */
  OIDC_AUTO_ACCOUNT_DOMAINS: z
    .string()
    .default('')
    .transform((v) =>
      v
        .split(',')
        .map((d) => d.trim().toLowerCase())
        .filter(Boolean),
    )
    .pipe(z.array(z.string().regex(/^[a-z0-9.-]+\.[a-z]{2,}$/, 'a domain such as organisaatio.fi'))),
  /** What the sign-in button calls the provider, e.g. "Organisaation tunnus". */
  OIDC_NAME: z.string().trim().min(1).max(100).optional(),
});

/** The configuration values that routes and services need (tests use the defaults). */
export type AppSettings = {
  minGroupSizeFloor: number;
  resumeCodeDaysAfterClose: number;
  rollupIntervalMs: number;
  resultsWaitMs: number;
  /** Where the service is reached, without a trailing slash: links in mail start with it. */
  publicUrl: string;
  mail: MailSettings;
  /** Single sign-on; null when not configured. */
  oidc: OidcSettings | null;
};

/** With no SMTP URL nothing is sent: the messages wait in the outbox, which administrators read. */
export type MailSettings = { smtpUrl: string | null; from: string };

export type OidcSettings = {
  issuer: string;
  clientId: string;
  clientSecret: string;
  redirectUrl: string;
  accountClaim: string;
  autoAccountDomains: string[];
  name: string | null;
};

export const DEFAULT_SETTINGS: AppSettings = {
  minGroupSizeFloor: 3,
  resumeCodeDaysAfterClose: 30,
  rollupIntervalMs: 250,
  resultsWaitMs: 0,
  publicUrl: 'http://localhost:3000',
  mail: { smtpUrl: null, from: 'Laatupeili <no-reply@laatupeili.invalid>' },
  oidc: null,
};

export type DatabaseConfig = (
  | { client: 'sqlite'; filename: string }
  | { client: 'postgres'; connectionString: string; schema?: string }
) & { queryTimeoutMs?: number };

export type Config = {
  port: number;
  host: string;
  database: DatabaseConfig;
  /** Seconds start-up retries an unreachable PostgreSQL. */
  databaseStartupWaitSeconds: number;
  logLevel: z.infer<typeof Env>['LOG_LEVEL'];
  demo: boolean;
  instrumentsDir: string;
  clientDir: string;
  settings: AppSettings;
};

/** `DATABASE_URL` unset → SQLite at data/laatupeili.sqlite; `sqlite:<path>`; `postgres://…`. */
export function parseDatabaseUrl(url: string | undefined): DatabaseConfig {
  if (!url) return { client: 'sqlite', filename: path.join(ROOT_DIR, 'data', 'laatupeili.sqlite') };
  if (url.startsWith('sqlite:')) {
    const file = url.slice('sqlite:'.length).replace(/^\/\//, '');
    return { client: 'sqlite', filename: file === ':memory:' ? file : path.resolve(ROOT_DIR, file) };
  }
  return { client: 'postgres', connectionString: url };
}

export type ConfigResult = { ok: true; config: Config } | { ok: false; problems: string[] };

export function loadConfig(env: NodeJS.ProcessEnv = process.env): ConfigResult {
  const parsed = Env.safeParse(env);
  if (!parsed.success) {
    return { ok: false, problems: parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`) };
  }
  const e = parsed.data;
  const oidcVars = [e.OIDC_ISSUER, e.OIDC_CLIENT_ID, e.OIDC_CLIENT_SECRET];
  if (oidcVars.some(Boolean) && !oidcVars.every(Boolean)) {
    return {
      ok: false,
      problems: ['OIDC_ISSUER: single sign-on needs OIDC_ISSUER, OIDC_CLIENT_ID and OIDC_CLIENT_SECRET'],
    };
  }
  const publicUrl = e.PUBLIC_URL ?? `http://localhost:${e.PORT}`;
  const oidc: OidcSettings | null =
    e.OIDC_ISSUER && e.OIDC_CLIENT_ID && e.OIDC_CLIENT_SECRET
      ? {
          issuer: e.OIDC_ISSUER,
          clientId: e.OIDC_CLIENT_ID,
          clientSecret: e.OIDC_CLIENT_SECRET,
          redirectUrl: e.OIDC_REDIRECT_URL ?? `${publicUrl}/auth/oidc/callback`,
          accountClaim: e.OIDC_ACCOUNT_CLAIM,
          autoAccountDomains: e.OIDC_AUTO_ACCOUNT_DOMAINS,
          name: e.OIDC_NAME ?? null,
        }
      : null;
  return {
    ok: true,
    config: {
      port: e.PORT,
      host: e.HOST,
      database: { ...parseDatabaseUrl(e.DATABASE_URL), queryTimeoutMs: e.DATABASE_QUERY_TIMEOUT_MS },
      databaseStartupWaitSeconds: e.DATABASE_STARTUP_WAIT_SECONDS,
      logLevel: e.LOG_LEVEL,
      demo: e.DEMO,
      instrumentsDir: path.join(ROOT_DIR, 'instruments'),
      clientDir: path.join(ROOT_DIR, 'client', 'dist'),
      settings: {
        minGroupSizeFloor: e.MIN_GROUP_SIZE_FLOOR,
        resumeCodeDaysAfterClose: e.RESUME_CODE_DAYS_AFTER_CLOSE,
        rollupIntervalMs: e.ROLLUP_INTERVAL_MS,
        resultsWaitMs: e.RESULTS_WAIT_MS,
        publicUrl,
        mail: { smtpUrl: e.SMTP_URL ?? null, from: e.MAIL_FROM },
        oidc,
      },
    },
  };
}
