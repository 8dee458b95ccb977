import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadConfig, parseDatabaseUrl, ROOT_DIR } from './config';

describe('config', () => {
  it('defaults to SQLite under data/ on port 3000 in demo mode', () => {
    const result = loadConfig({});
    expect(result).toMatchObject({
      ok: true,
      config: {
        port: 3000,
        demo: true,
        database: { client: 'sqlite', filename: path.join(ROOT_DIR, 'data', 'laatupeili.sqlite') },
      },
    });
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
});
