/**
 * Without `?lang`, what the server words for a person follows the request's
 * Accept-Language before Finnish: exports and their file names, the mail of an
 * account an administrator creates, the `<html lang>` of the first page.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../db/knex';
import { exportWords } from '../results/export-words';
import { send, signInAs } from '../test/auth';
import { buildOrganisation, buildRound, createTestApp, createTestDb } from '../test/db';

let db: Db;
let app: ReturnType<typeof createTestApp>;
let clientDir: string;

beforeAll(async () => {
  db = await createTestDb();
  clientDir = fs.mkdtempSync(path.join(os.tmpdir(), 'laatupeili-client-'));
  fs.writeFileSync(
    path.join(clientDir, 'index.html'),
    '<!doctype html>\n<html lang="fi"><head></head><body></body></html>',
  );
  app = createTestApp(db, clientDir);
});
afterAll(async () => {
  await db.destroy();
  fs.rmSync(clientDir, { recursive: true, force: true });
});

describe('an export without ?lang', () => {
  it('is worded in the language the browser asks for, its file name too; ?lang still wins', async () => {
    const organisation = await buildOrganisation(db);
    const round = await buildRound(db, { organisationIds: [organisation.id] });
    const admin = await signInAs(app, db, 'admin');
    const url = `/api/rounds/${round.id}/organisations/${organisation.id}/results.csv`;
    const header = (text: string) => text.replace(/^\uFEFF/, '').split(/\r?\n/)[0];
    const name = (res: request.Response) => String(res.headers['content-disposition']);

    const swedish = await admin.agent.get(url).set('Accept-Language', 'sv-FI,sv;q=0.9,en;q=0.5').expect(200);
    expect(header(swedish.text)).toContain(exportWords('sv').columns.mean);
    expect(name(swedish)).toContain(exportWords('sv').files.results);
    expect(swedish.headers.vary).toMatch(/accept-language/i);

    const english = await admin.agent.get(url).set('Accept-Language', 'de-DE, en-GB;q=0.8').expect(200);
    expect(header(english.text)).toContain(exportWords('en').columns.mean);

    // No header, or none of our languages: Finnish. An explicit ?lang wins over the header.
    const finnish = await admin.agent.get(url).set('Accept-Language', 'de').expect(200);
    expect(header(finnish.text)).toContain(exportWords('fi').columns.mean);
    expect(header((await admin.agent.get(url).expect(200)).text)).toContain(exportWords('fi').columns.mean);
    const asked = await admin.agent.get(`${url}?lang=en`).set('Accept-Language', 'sv').expect(200);
    expect(header(asked.text)).toContain(exportWords('en').columns.mean);
  });
});

describe('an account an administrator creates without a language', () => {
  it('gets its mail in the language of the administrator’s browser', async () => {
    const admin = await signInAs(app, db, 'admin');
    const create = (email: string, acceptLanguage: string, language?: string) =>
      send(admin, 'post', '/api/users', {
        email,
        name: 'Testi Henkilö',
        role: 'admin',
        ...(language ? { language } : {}),
      })
        .set('Accept-Language', acceptLanguage)
        .expect(201);
    expect((await create('sv-default@test.example', 'sv-FI')).body.language).toBe('sv');
    expect((await create('asked@test.example', 'sv-FI', 'en')).body.language).toBe('en');
    expect((await create('fi-default@test.example', 'de')).body.language).toBe('fi');
    const mail = await db('mail_outbox').where('recipient', 'sv-default@test.example').first();
    expect(mail?.language).toBe('sv');
  });
});

describe('the first page', () => {
  it('carries the browser’s language in <html lang> until the client decides', async () => {
    const swedish = await request(app).get('/i/some-link').set('Accept-Language', 'sv-FI,sv;q=0.9').expect(200);
    expect(swedish.text).toContain('<html lang="sv">');
    expect(swedish.headers.vary).toMatch(/accept-language/i);
    const other = await request(app).get('/').set('Accept-Language', 'de-DE').expect(200);
    expect(other.text).toContain('<html lang="fi">');
  });
});
