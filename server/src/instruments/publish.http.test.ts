import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadInstruments } from '../bootstrap';
import { ROOT_DIR } from '../config';
import type { Db } from '../db/knex';
import { type Client, send, signInAs } from '../test/auth';
import { createTestApp, createTestDb } from '../test/db';
import { eloVersion100, eloVersion110 } from '../test/elo-next';

let db: Db;
let app: ReturnType<typeof createTestApp>;
let admin: Client;
beforeAll(async () => {
  db = await createTestDb();
  app = createTestApp(db);
  admin = await signInAs(app, db, 'admin');
});
afterAll(() => db.destroy());

describe('importing an instrument version', () => {
  it('lists every problem of a broken file with its JSON path, and stores nothing', async () => {
    const doc = eloVersion110().doc;
    delete (doc.areas[2]!.standards[1]!.indicators[0]!.question as { sv?: string }).sv;
    doc.areas[1]!.standards[0]!.indicators[1]!.id = doc.areas[1]!.standards[0]!.indicators[0]!.id;
    doc.scale!.labels[0]!.value = 0;
    const res = await send(admin, 'post', '/api/instruments', doc).expect(400);
    expect(res.body.error.code).toBe('invalid_instrument');
    const paths = res.body.error.problems.map((p: { path: string }) => p.path);
    expect(paths).toEqual(
      expect.arrayContaining([
        'areas[2].standards[1].indicators[0].question.sv',
        'areas[1].standards[0].indicators[1].id',
        'scale.labels[0].value',
      ]),
    );
    expect(
      await db('instrument_versions').where({ instrument_id: 'elo-quality', version: '1.1.0' }).first(),
    ).toBeUndefined();
  });

  it('checks the mapping against earlier versions', async () => {
    const { doc } = eloVersion110();
    doc.replaces = { ...doc.replaces, 'never-existed': [doc.areas[0]!.standards[0]!.indicators[0]!.id] };
    const res = await send(admin, 'post', '/api/instruments/check', doc).expect(200);
    expect(res.body.ok).toBe(false);
    expect(res.body.problems.map((p: { path: string }) => p.path)).toContain('replaces.never-existed');
  });

  it('imports a draft, diffs it against 1.0.0, publishes it; then it is immutable', async () => {
    const next = eloVersion110();
    const imported = await send(admin, 'post', '/api/instruments', next.doc).expect(201);
    expect(imported.body).toMatchObject({
      instrumentId: 'elo-quality',
      version: '1.1.0',
      status: 'draft',
      publishedAt: null,
    });

    const diff = (await admin.agent.get('/api/instruments/elo-quality/versions/1.1.0/diff').expect(200)).body;
    expect(diff.previousVersion).toBe('1.0.0');
    expect(diff.mappingProblems).toEqual([]);
    const entries = diff.diff.entries as Array<{ id: string; change: string; replacedBy?: string[] }>;
    expect(entries).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ id: next.renamedFrom, change: 'removed', replacedBy: [next.renamedTo] }),
        expect.objectContaining({ id: next.splitFrom, change: 'removed', replacedBy: next.splitTo }),
        expect.objectContaining({ id: next.removed, change: 'removed' }),
        expect.objectContaining({ id: next.splitTo[0], change: 'added' }),
      ]),
    );

    // A coordinator cannot see drafts nor open rounds on them.
    const coordinator = await signInAs(app, db, 'coordinator', { regionCode: '11' });
    await coordinator.agent.get('/api/instruments/elo-quality/versions/1.1.0').expect(404);

    const published = await send(admin, 'post', '/api/instruments/elo-quality/versions/1.1.0/publish').expect(200);
    expect(published.body).toMatchObject({ status: 'published', checksum: imported.body.checksum });
    expect(published.body.publishedAt).toEqual(expect.any(String));

    const again = await send(admin, 'post', '/api/instruments', {
      ...next.doc,
      title: { fi: 'Muutettu', sv: 'Ändrad', en: 'Changed' },
    }).expect(409);
    expect(again.body.error.code).toBe('instrument_version_immutable');
    await send(admin, 'post', '/api/instruments/elo-quality/versions/1.1.0/publish').expect(409);
    await send(admin, 'delete', '/api/instruments/elo-quality/versions/1.1.0').expect(409);
    const row = await db('instrument_versions').where({ instrument_id: 'elo-quality', version: '1.1.0' }).first();
    expect(row.checksum).toBe(imported.body.checksum);
  });

  it('retires a version: no new rounds, while its existing rounds stay', async () => {
    const doc = { ...eloVersion100(), version: '1.9.0' };
    delete doc.replaces;
    await send(admin, 'post', '/api/instruments', doc).expect(201);
    await send(admin, 'post', '/api/instruments/elo-quality/versions/1.9.0/publish').expect(200);
    const retired = await send(admin, 'post', '/api/instruments/elo-quality/versions/1.9.0/retire').expect(200);
    expect(retired.body).toMatchObject({ status: 'retired', retiredAt: expect.any(String) });
    const round = await send(admin, 'post', '/api/rounds', {
      name: { fi: 'Kierros' },
      instrumentId: 'elo-quality',
      instrumentVersion: '1.9.0',
      organisationIds: ['x'],
      opensAt: '2026-01-01',
      closesAt: '2099-01-01',
    }).expect(409);
    expect(round.body.error.code).toBe('instrument_not_published');
    const list = (await admin.agent.get('/api/instruments').expect(200)).body as Array<{
      version: string;
      status: string;
    }>;
    expect(list.find((v) => v.version === '1.9.0')?.status).toBe('retired');
  });
});

describe('published history never changes', () => {
  it('refuses a number lower than a published one in check, import and publish alike', async () => {
    // 1.1.0 and 1.9.0 are published by the tests above; 1.0.5 would slip in below them.
    const doc = { ...eloVersion100(), version: '1.0.5' };
    delete doc.replaces;
    const check = (await send(admin, 'post', '/api/instruments/check', doc).expect(200)).body;
    expect(check.ok).toBe(false);
    expect(check.problems).toEqual([
      expect.objectContaining({
        path: 'version',
        message: expect.stringContaining('1.9.0, which is already published'),
      }),
    ]);
    const imported = await send(admin, 'post', '/api/instruments', doc).expect(400);
    expect(imported.body.error.problems.map((p: { path: string }) => p.path)).toEqual(['version']);
    // A draft of a lower number left from before cannot be published either.
    await db('instrument_versions').insert({
      instrument_id: 'elo-quality',
      version: '1.0.6',
      status: 'draft',
      checksum: 'x',
      document: JSON.stringify({ ...doc, version: '1.0.6' }),
      created_at: new Date().toISOString(),
    });
    const publish = await send(admin, 'post', '/api/instruments/elo-quality/versions/1.0.6/publish').expect(400);
    expect(publish.body.error.code).toBe('invalid_instrument');
    await db('instrument_versions').where({ instrument_id: 'elo-quality', version: '1.0.6' }).delete();
  });

  it('check says when the number is already published with other content', async () => {
    const doc = { ...eloVersion100(), title: { fi: 'Muu', sv: 'Annan', en: 'Other' } };
    const check = (await send(admin, 'post', '/api/instruments/check', doc).expect(200)).body;
    expect(check.problems).toEqual([
      expect.objectContaining({
        path: 'version',
        message: expect.stringContaining('already published with other content'),
      }),
    ]);
  });

  it('a lower version published later (legacy data) changes neither the diff nor the lineage of an earlier-published one', async () => {
    const before = (await admin.agent.get('/api/instruments/elo-quality/versions/1.1.0/diff').expect(200)).body;
    const legacy = { ...eloVersion100(), version: '1.0.9' };
    delete legacy.replaces;
    legacy.areas[0]!.standards[0]!.indicators.splice(0, 1);
    await db('instrument_versions').insert({
      instrument_id: 'elo-quality',
      version: '1.0.9',
      status: 'published',
      checksum: 'legacy',
      document: JSON.stringify(legacy),
      created_at: new Date().toISOString(),
      published_at: new Date(Date.now() + 1000).toISOString(),
    });
    const after = (await admin.agent.get('/api/instruments/elo-quality/versions/1.1.0/diff').expect(200)).body;
    expect(after.previousVersion).toBe('1.0.0');
    expect(after).toEqual(before);
    await db('instrument_versions').where({ instrument_id: 'elo-quality', version: '1.0.9' }).delete();
  });
});

describe('files and database agree', () => {
  it('refuses to start with a file whose content differs from the published version of its number', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'laatupeili-instruments-'));
    fs.mkdirSync(path.join(dir, 'elo-quality'));
    const changed = eloVersion100();
    changed.title = { fi: 'Salaa muutettu', sv: 'I smyg ändrad', en: 'Quietly changed' };
    fs.writeFileSync(path.join(dir, 'elo-quality', '1.0.0.json'), JSON.stringify(changed));
    await expect(loadInstruments(db, dir)).rejects.toThrow(
      /elo-quality 1\.0\.0 is already published with different content/,
    );
  });
});

describe('npm run instrument:publish', () => {
  it('prints every problem with its path and exits 1 for a broken file', async () => {
    const doc = eloVersion110().doc;
    delete (doc.title as { en?: string }).en;
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'laatupeili-pub-')), 'broken.json');
    fs.writeFileSync(file, JSON.stringify(doc));
    const dbFile = path.join(path.dirname(file), 'db.sqlite');
    const err = await promisify(execFile)('npx', ['tsx', 'server/src/instruments/cli-publish.ts', file], {
      cwd: ROOT_DIR,
      env: { ...process.env, DATABASE_URL: `sqlite:${dbFile}` },
    }).then(
      () => undefined,
      (e: { code: number; stderr: string }) => e,
    );
    expect(err?.code).toBe(1);
    expect(err?.stderr).toContain('instrument title (en): missing English text [title.en]');
  });

  it('publishes into the database only: the shipped files under instruments/ stay as they are', async () => {
    const snapshot = () =>
      fs
        .readdirSync(path.join(ROOT_DIR, 'instruments'), { recursive: true, withFileTypes: true })
        .filter((e) => e.isFile())
        .map((e) => {
          const file = path.join(e.parentPath, e.name);
          return `${path.relative(ROOT_DIR, file)} ${fs.statSync(file).mtimeMs} ${fs.readFileSync(file, 'utf8').length}`;
        })
        .sort();
    const before = snapshot();
    const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'laatupeili-pub-'));
    const file = path.join(tmp, 'next.json');
    fs.writeFileSync(file, JSON.stringify(eloVersion110().doc));
    const { stdout } = await promisify(execFile)('npx', ['tsx', 'server/src/instruments/cli-publish.ts', file], {
      cwd: ROOT_DIR,
      env: { ...process.env, DATABASE_URL: `sqlite:${path.join(tmp, 'db.sqlite')}` },
    });
    expect(stdout).toContain('published: elo-quality 1.1.0');
    expect(snapshot()).toEqual(before);
    expect(fs.existsSync(path.join(ROOT_DIR, 'instruments/elo-quality/1.1.0.json'))).toBe(false);
  });
});
