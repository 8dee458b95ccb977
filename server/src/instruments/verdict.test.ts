/**
 * One verdict: the CLI (`instrument:validate`), the API's check and its import
 * answer the same for the same file, against the same database.
 */
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadInstruments } from '../bootstrap';
import { ROOT_DIR } from '../config';
import { createDb, type Db, migrate } from '../db/knex';
import { seedRegions } from '../db/seed';
import { formatProblems } from '../instrument/format';
import { INSTRUMENT_MAX_CHARS, type InstrumentInput } from '../instrument/schema';
import { type Client, send, signInAs } from '../test/auth';
import { createTestApp } from '../test/db';
import { eloVersion100, eloVersion110 } from '../test/elo-next';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'laatupeili-verdict-'));
const dbFile = path.join(dir, 'db.sqlite');
let db: Db;
let admin: Client;

beforeAll(async () => {
  // A database of its own in a file, so that the CLI reads the same one as the app.
  db = createDb({ client: 'sqlite', filename: dbFile });
  await migrate(db);
  await seedRegions(db);
  await loadInstruments(db, path.join(ROOT_DIR, 'instruments'));
  admin = await signInAs(createTestApp(db), db, 'admin');
});
afterAll(async () => {
  await db.destroy();
  fs.rmSync(dir, { recursive: true, force: true });
});

const json = (doc: unknown) => JSON.stringify(doc, null, 2);
const broken: Record<string, () => string> = {
  'bom-valid.json': () => `\uFEFF${json(eloVersion110().doc)}`,
  'missing-swedish-and-duplicate.json': () => {
    const { doc } = eloVersion110();
    delete (doc.areas[2]!.standards[1]!.indicators[0]!.question as { sv?: string }).sv;
    doc.areas[1]!.standards[0]!.indicators[1]!.id = doc.areas[1]!.standards[0]!.indicators[0]!.id;
    return json(doc);
  },
  'too-large.json': () => {
    const doc: InstrumentInput = eloVersion110().doc;
    const long = 'x'.repeat(1900);
    const standard = doc.areas[0]!.standards[0]!;
    for (let i = 0; standard.indicators.length * 3 * long.length < INSTRUMENT_MAX_CHARS; i++) {
      standard.indicators.push({ id: `long-${i}`, question: { fi: long, sv: long, en: long } });
    }
    return json(doc);
  },
  'unknown-mapping.json': () => {
    const { doc } = eloVersion110();
    doc.replaces = { ...doc.replaces, 'never-existed': [doc.areas[0]!.standards[0]!.indicators[0]!.id] };
    return json(doc);
  },
  'lower-version.json': () => json({ ...eloVersion100(), version: '0.9.0' }),
  'published-other-content.json': () => json({ ...eloVersion100(), title: { fi: 'Muu', sv: 'Annan', en: 'Other' } }),
  'scale-changed.json': () => {
    const { doc } = eloVersion110();
    doc.scale!.labels = doc.scale!.labels.filter((l) => l.value !== doc.scale!.max);
    doc.scale!.max -= 1;
    return json(doc);
  },
};

describe('the CLI and the API give one verdict', () => {
  it('for each file: the same problems, or valid in both', async () => {
    const files = Object.entries(broken).map(([name, make]) => {
      const file = path.join(dir, name);
      fs.writeFileSync(file, make());
      return file;
    });
    const cli = await promisify(execFile)('npx', ['tsx', 'server/src/instruments/cli-validate.ts', ...files], {
      cwd: ROOT_DIR,
      env: { ...process.env, DATABASE_URL: `sqlite:${dbFile}` },
      maxBuffer: 10_000_000,
    }).then(
      (ok) => ({ code: 0, out: ok.stdout + ok.stderr }),
      (e: { code: number; stdout: string; stderr: string }) => ({ code: e.code, out: e.stdout + e.stderr }),
    );
    expect(cli.code).toBe(1);

    for (const file of files) {
      const name = path.basename(file);
      // The import form strips a byte order mark the same way before sending.
      const body = JSON.parse(fs.readFileSync(file, 'utf8').replace(/^\uFEFF/, ''));
      const check = (await send(admin, 'post', '/api/instruments/check', body).expect(200)).body;
      const section = cli.out.split(/\n(?=\/)/).find((s) => s.startsWith(file)) ?? '';
      if (check.ok) {
        expect(section, name).toContain(`${file}: valid`);
        continue;
      }
      expect(section, name).toContain(`${file}: ${check.problems.length} problem(s)`);
      expect(section, name).toContain(formatProblems(check.problems, body));
      const imported = await send(admin, 'post', '/api/instruments', body);
      expect(imported.status, name).not.toBe(201);
      if (imported.status === 400)
        expect(imported.body.error.problems, name).toEqual(
          check.problems.map((p: object) => ({ ...p, code: 'invalid_instrument' })),
        );
    }
    expect(cli.out).toContain('bom-valid.json: valid');
    expect(cli.out).toContain(`the limit is ${INSTRUMENT_MAX_CHARS}`);
    expect(cli.out).toContain('lower than 1.0.0');
    expect(cli.out).toContain('already published with other content');
    expect(cli.out).toContain('carryOver.scale');
  });

  it('the API accepts a request body that starts with a byte order mark, as the CLI accepts such a file', async () => {
    const res = await admin.agent
      .post('/api/instruments/check')
      .set('X-CSRF-Token', admin.csrf)
      .set('Content-Type', 'application/json')
      .send(`\uFEFF${json(eloVersion110().doc)}`);
    expect(res.status).toBe(200);
    expect(res.body.ok).toBe(true);
  });
});
