import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from './db/knex';
import { createTestApp, createTestDb } from './test/db';

let db: Db;
let clientDir: string;

beforeAll(async () => {
  db = await createTestDb();
  clientDir = fs.mkdtempSync(path.join(os.tmpdir(), 'laatupeili-client-'));
  fs.writeFileSync(path.join(clientDir, 'index.html'), '<!doctype html><title>Laatupeili</title><div id="root"></div>');
  fs.mkdirSync(path.join(clientDir, 'assets'));
  fs.writeFileSync(path.join(clientDir, 'assets', 'app.js'), 'console.log(1)');
});
afterAll(() => db.destroy());

describe('serving the client', () => {
  it('serves the built client at / and its assets', async () => {
    const app = createTestApp(db, clientDir);
    const page = await request(app).get('/').expect(200);
    expect(page.text).toContain('<div id="root">');
    expect(page.headers['content-security-policy']).toContain("default-src 'self'");
    await request(app).get('/assets/app.js').expect(200);
  });

  it('answers client-side routes with the app, but unknown API routes with JSON 404', async () => {
    const app = createTestApp(db, clientDir);
    const page = await request(app).get('/rounds/x/organisations/y/results').expect(200);
    expect(page.text).toContain('<div id="root">');
    const api = await request(app).get('/api/unknown').expect(404);
    expect(api.body.error.code).toBe('not_found');
  });

  it('reports health', async () => {
    await request(createTestApp(db, clientDir)).get('/api/health').expect(200, { ok: true });
  });
});
