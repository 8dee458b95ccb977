import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, loadConfig, parseDatabaseUrl, ROOT_DIR } from './config';

describe('config', () => {
  it('defaults to SQLite under data/ on port 3000 in demo mode', () => {
    const result = loadConfig({});
    expect(result).toMatchObject({
      ok: true,
      config: {
        port: 3000,
        demo: true,
        database: { client: 'sqlite', filename: path.join(ROOT_DIR, 'data', 'laatupeili.sqlite') },
        settings: DEFAULT_SETTINGS,
      },
    });
    expect(DEFAULT_SETTINGS).toMatchObject({
      minGroupSizeFloor: 3,
      resumeCodeDaysAfterClose: 30,
      rollupIntervalMs: 250,
      resultsWaitMs: 0,
      oidc: null,
    });
    expect(DEFAULT_SETTINGS.mail.smtpUrl).toBeNull();
  });

  it("reads the minimum-group-size floor and the resume codes' lifetime", () => {
    const result = loadConfig({ MIN_GROUP_SIZE_FLOOR: '5', RESUME_CODE_DAYS_AFTER_CLOSE: '0' });
    expect(result).toMatchObject({
      ok: true,
      config: { settings: { minGroupSizeFloor: 5, resumeCodeDaysAfterClose: 0 } },
    });
    const bad = loadConfig({ MIN_GROUP_SIZE_FLOOR: '0', RESUME_CODE_DAYS_AFTER_CLOSE: '-1' });
    expect(bad.ok).toBe(false);
    if (!bad.ok) {
      expect(bad.problems.map((p) => p.split(':')[0])).toEqual([
        'MIN_GROUP_SIZE_FLOOR',
        'RESUME_CODE_DAYS_AFTER_CLOSE',
      ]);
    }
  });

  it('reads sqlite: and postgres:// URLs', () => {
    expect(parseDatabaseUrl('sqlite:tmp/x.sqlite')).toEqual({
      client: 'sqlite',
      filename: path.join(ROOT_DIR, 'tmp/x.sqlite'),
    });
    expect(parseDatabaseUrl('postgres://u@127.0.0.1:5432/test')).toEqual({
      client: 'postgres',
      connectionString: 'postgres://u@127.0.0.1:5432/test',
    });
  });

  it('lists every bad value', () => {
    const result = loadConfig({ PORT: 'abc', DATABASE_URL: 'mysql://x', DEMO: 'maybe' });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems.map((p) => p.split(':')[0])).toEqual(['PORT', 'DATABASE_URL', 'DEMO']);
  });

  it('reads mail and single sign-on; single sign-on needs all three of issuer, client id and secret', () => {
    const result = loadConfig({
      PORT: '4000',
      SMTP_URL: 'smtp://mail.example:587',
      OIDC_ISSUER: 'https://id.example/',
      OIDC_CLIENT_ID: 'laatupeili',
      OIDC_CLIENT_SECRET: 'secret',
      OIDC_AUTO_ACCOUNT_DOMAINS: 'Ohjaamo.example, kunta.example',
    });
    expect(result).toMatchObject({
      ok: true,
      config: {
        settings: {
          publicUrl: 'http://localhost:4000',
          mail: { smtpUrl: 'smtp://mail.example:587' },
          oidc: {
            issuer: 'https://id.example',
            redirectUrl: 'http://localhost:4000/auth/oidc/callback',
            accountClaim: 'email',
            autoAccountDomains: ['ohjaamo.example', 'kunta.example'],
          },
        },
      },
    });
    const half = loadConfig({ OIDC_ISSUER: 'https://id.example' });
    expect(half.ok).toBe(false);
    const bad = loadConfig({ SMTP_URL: 'mail.example', PUBLIC_URL: 'example.fi', OIDC_AUTO_ACCOUNT_DOMAINS: 'x' });
    expect(bad.ok).toBe(false);
    if (!bad.ok) {
      expect(bad.problems.map((p) => p.split(':')[0])).toEqual([
        'PUBLIC_URL',
        'SMTP_URL',
        'OIDC_AUTO_ACCOUNT_DOMAINS.0',
      ]);
    }
  });
});
