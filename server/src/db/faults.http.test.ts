import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildOrganisation, buildRound, createTestApp, createTestDb } from '../test/db';
import { buildInvitation, completeAnswers } from '../test/invitations';
import { databaseFault, startupSentence } from './faults';
import { type Db, isPostgres } from './knex';
import { writerPragma } from './write-queue';

let db: Db;
beforeAll(async () => {
  db = await createTestDb();
});
afterAll(() => db.destroy());

describe('database faults', () => {
  it('are named by stable codes, in either engine', () => {
    expect(databaseFault({ code: 'SQLITE_FULL' })).toBe('storage_full');
    expect(databaseFault({ code: '53100' })).toBe('storage_full');
    expect(databaseFault({ code: 'SQLITE_READONLY_DBMOVED' })).toBe('database_unavailable');
    expect(databaseFault({ code: 'SQLITE_IOERR_FSYNC' })).toBe('database_unavailable');
    expect(databaseFault({ code: 'ECONNREFUSED' })).toBe('database_unavailable');
    expect(databaseFault({ code: '57P01' })).toBe('database_unavailable');
    expect(databaseFault({ code: '57014' })).toBe('database_unavailable');
    expect(databaseFault({ name: 'KnexTimeoutError', message: 'Knex: Timeout acquiring a connection.' })).toBe(
      'database_unavailable',
    );
    expect(databaseFault({ code: 'SQLITE_CONSTRAINT_UNIQUE' })).toBeUndefined();
    expect(databaseFault(new Error('something else'))).toBeUndefined();
  });

  it('at start-up are one sentence naming the place and what to do', () => {
    const sqlite = { client: 'sqlite' as const, filename: '/srv/laatupeili/data.sqlite' };
    expect(startupSentence({ code: 'SQLITE_FULL' }, sqlite)).toMatch(
      /^The disk that holds the SQLite file \/srv\/laatupeili\/data.sqlite is full: free/,
    );
    expect(startupSentence({ code: 'SQLITE_READONLY' }, sqlite)).toMatch(
      /data.sqlite is read-only: let the server's user write/,
    );
    expect(startupSentence(new Error('Migration table is already locked'), sqlite)).not.toMatch(/migrate:unlock/);
    const pg = { client: 'postgres' as const, connectionString: 'postgres://app:secret@db.example:6543/laatupeili' };
    const sentence = startupSentence({ code: 'ECONNREFUSED' }, pg);
    expect(sentence).toMatch(
      /^PostgreSQL at db.example:6543\/laatupeili cannot be reached: check that PostgreSQL runs/,
    );
    expect(sentence).not.toContain('secret');
  });

  it.skipIf(!!process.env.TEST_DATABASE_URL)(
    'a full disk answers 503 storage_full, health says so, and both recover by themselves',
    async () => {
      if (isPostgres(db)) return;
      const app = createTestApp(db);
      const org = await buildOrganisation(db);
      const round = await buildRound(db, { organisationIds: [org.id] });
      const token = await buildInvitation(db, round.id, org.id);
      const { instrument } = (await request(app).get(`/api/invitations/${token}`).expect(200)).body;
      await request(app).get('/api/health').expect(200);
      const submit = () =>
        request(app)
          .post(`/api/invitations/${token}/responses`)
          .send({ id: randomUUID(), language: 'fi', answers: completeAnswers(instrument) });

      // The file may not grow: what a full disk looks like to SQLite (SQLITE_FULL).
      const [{ page_count: pages }] = await db.raw('pragma page_count');
      // On the connection that writes (SQLite's writer thread has its own).
      await writerPragma(db, `max_page_count = ${pages}`);
      try {
        // Free pages left by earlier writes take a few more submits first.
        let full = await submit();
        for (let i = 0; i < 100 && full.status === 201; i++) full = await submit();
        expect(full.status).toBe(503);
        expect(full.body.error.code).toBe('storage_full');
        expect(full.headers['retry-after']).toBe('5');
        let health = await request(app).get('/api/health');
        for (let i = 0; i < 20 && health.status === 200; i++) health = await request(app).get('/api/health');
        expect(health.status).toBe(503);
        expect(health.body.error.code).toBe('storage_full');
      } finally {
        await writerPragma(db, 'max_page_count = 1073741823');
      }
      await request(app).get('/api/health').expect(200);
      await submit().expect(201);
    },
  );
});
