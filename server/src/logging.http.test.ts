/**
 * No secret and no answer reaches the log: a whole respondent and staff
 * journey, failures included (a wrong password, a bad resume code, a 400, a
 * write the database refuses), logged at `trace` into a buffer, and the
 * buffer searched for every token, resume code, answer text, password,
 * cookie and CSRF token used.
 */
import { randomUUID } from 'node:crypto';
import path from 'node:path';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from './app';
import { ROOT_DIR } from './config';
import { type Db, isPostgres } from './db/knex';
import { flattenIndicators, type Instrument } from './instrument/schema';
import { createLogger } from './logging';
import { buildUser, TEST_PASSWORD } from './test/auth';
import { buildOrganisation, createTestDb } from './test/db';
import { completeAnswers } from './test/invitations';

type LogEntry = {
  req?: { url?: string; headers?: unknown };
  res?: { headers?: unknown };
  err?: Record<string, unknown>;
};

let db: Db;
let app: ReturnType<typeof createApp>;
const lines: string[] = [];
/** Everything that must never be logged. */
const secrets = new Set<string>();
const keep = <T extends string>(value: T): T => {
  secrets.add(value);
  return value;
};

/** Inserting an answer whose text says "disk-full" fails in the database, as a full disk would. */
async function failWritesOfDiskFull(db: Db): Promise<void> {
  if (isPostgres(db)) {
    await db.raw(`CREATE FUNCTION answers_disk_full() RETURNS trigger AS $$
      BEGIN
        IF NEW.text LIKE '%disk-full%' THEN
          RAISE EXCEPTION 'could not extend file: No space left on device' USING ERRCODE = '53100';
        END IF;
        RETURN NEW;
      END $$ LANGUAGE plpgsql`);
    await db.raw(
      'CREATE TRIGGER answers_disk_full BEFORE INSERT ON answers FOR EACH ROW EXECUTE FUNCTION answers_disk_full()',
    );
  } else {
    await db.raw(`CREATE TRIGGER answers_disk_full BEFORE INSERT ON answers
      WHEN NEW.text LIKE '%disk-full%' BEGIN SELECT RAISE(ABORT, 'database or disk is full'); END`);
  }
}

/** PostgreSQL's disk_full (53100) is a 503 storage_full; SQLite's trigger is an abort, not a real full disk: a 500. */
let FULL: { status: number; code: string };

beforeAll(async () => {
  db = await createTestDb();
  FULL = isPostgres(db) ? { status: 503, code: 'storage_full' } : { status: 500, code: 'internal_error' };
  await failWritesOfDiskFull(db);
  const logger = createLogger('trace', { write: (line: string) => void lines.push(line) });
  app = createApp({ db, logger, clientDir: path.join(ROOT_DIR, 'client', 'dist') });
});
afterAll(() => db.destroy());

describe('the log of a whole journey', () => {
  it('holds no token, resume code, answer, password, cookie or CSRF token', async () => {
    const org = await buildOrganisation(db);
    const adminUser = await buildUser(db, 'admin');
    keep(TEST_PASSWORD);

    // Staff: a wrong password, then signing in, opening a round and reading its links.
    await request(app)
      .post('/api/session')
      .send({ email: adminUser.email, password: keep('Väärä-salasana-913') })
      .expect(401);
    const admin = request.agent(app);
    const signedIn = await admin
      .post('/api/session')
      .send({ email: adminUser.email, password: TEST_PASSWORD })
      .expect(201);
    const csrf = keep(signedIn.body.csrfToken as string);
    const cookie = String(signedIn.headers['set-cookie']?.[0] ?? '');
    keep(/laatupeili_session=([^;]+)/.exec(cookie)![1]!);
    const round = await admin
      .post('/api/rounds')
      .set('X-CSRF-Token', csrf)
      .send({
        name: { fi: 'Lokikierros' },
        instrumentId: 'elo-quality',
        instrumentVersion: '1.0.0',
        organisationIds: [org.id],
        opensAt: '2026-01-01',
        closesAt: '2099-12-31',
        minGroupSize: 3,
      })
      .expect(201);
    const instrument: Instrument = round.body.instrument;
    const token = keep((await admin.get(`/api/rounds/${round.body.id}/invitations`).expect(200)).body[0].token);
    const first = flattenIndicators(instrument)[0]!.indicator.id;
    const answers = (text: string) => ({ ...completeAnswers(instrument), [first]: { value: 4, text: keep(text) } });

    // A respondent: the link (page and API), a draft, autosaves, a 400, resuming, submitting, the summary.
    await request(app).get(`/i/${token}?lang=sv`);
    await request(app).get(`/api/invitations/${token}`).expect(200);
    const started = await request(app)
      .post(`/api/invitations/${token}/drafts`)
      .send({ id: randomUUID(), language: 'fi' })
      .expect(201);
    const code = keep(started.body.resumeCode as string);
    keep(code.replace('-', ''));
    keep(code.toLowerCase());
    await request(app)
      .put(`/api/drafts/${code}`)
      .send({ revision: 0, answers: answers('Luonnoksen näyttö 4411') })
      .expect(200);
    const invalid = await request(app)
      .put(`/api/drafts/${code}`)
      .send({ revision: 1, answers: { ...answers('Virheellinen näyttö 5522'), [first]: { value: 99, text: 'x' } } })
      .expect(400);
    expect(invalid.body.error.code).toBe('invalid_answers');
    await request(app).get(`/r/${code}`);
    await request(app).get(`/resume?code=${code}`);
    await request(app).get(`/api/drafts/${code.toLowerCase()}`).expect(200);
    await request(app)
      .get(`/API/Drafts/${code.replace('-', '')}`)
      .expect(200);
    await request(app)
      .post(`/api/drafts/${code}/submit`)
      .send({ revision: 1, answers: answers('Lähetetty näyttö 6633') })
      .expect(201);
    await request(app).get(`/api/drafts/${code}/summary`).expect(200);
    // A query string the route does not take is refused: the request is logged all the same, without it.
    await request(app).get(`/api/drafts/${code}/summary?code=${code}`).expect(400);
    await request(app).get(`/api/drafts/${code}/reflections`).expect(200);
    await request(app).get(`/r/${code}/done`);

    // Failures: unknown secrets, and a write the database refuses (a full disk) carrying answers.
    await request(app)
      .get(`/api/drafts/${keep('QQQQQ-QQQQQ')}`)
      .expect(404);
    await request(app)
      .get(`/api/invitations/${keep(randomUUID())}`)
      .expect(404);
    const second = await request(app)
      .post(`/api/invitations/${token}/drafts`)
      .send({ id: randomUUID(), language: 'sv' })
      .expect(201);
    const secondCode = keep(second.body.resumeCode as string);
    const failed = await request(app)
      .post(`/api/drafts/${secondCode}/submit`)
      .send({ revision: 0, answers: answers('disk-full: Salainen vastaus 7744') })
      .expect(FULL.status);
    expect(failed.body.error.code).toBe(FULL.code);
    const whole = await request(app)
      .post(`/api/invitations/${token}/responses`)
      .send({ id: randomUUID(), language: 'en', answers: answers('disk-full: Toinen salaisuus 8855') })
      .expect(FULL.status);
    expect(whole.text).not.toContain('8855');

    // Staff again: exports, a change, signing out.
    await admin.get(`/api/rounds/${round.body.id}/reflections.csv`).expect(200);
    await admin.get(`/api/rounds/${round.body.id}/answers.csv`).expect(200);
    await admin.patch(`/api/rounds/${round.body.id}`).set('X-CSRF-Token', csrf).send({ minGroupSize: 4 }).expect(200);
    await admin.delete('/api/session').set('X-CSRF-Token', csrf).expect(204);

    const log = lines.join('');
    for (const secret of secrets) expect(log.includes(secret), `the log contains ${secret}`).toBe(false);

    // The log did record the journey: every request, the secrets masked, and the failed writes as summaries.
    const entries = lines.map((line) => JSON.parse(line) as LogEntry);
    const urls = entries.flatMap((e) => (e.req?.url ? [String(e.req.url)] : []));
    expect(urls).toContain('/api/drafts/:secret/submit');
    expect(urls).toContain('/i/:secret');
    expect(urls).toContain('/resume');
    const dbErrors = entries.filter((e) => e.err?.database === true);
    expect(dbErrors.length).toBeGreaterThanOrEqual(2);
    for (const e of dbErrors) {
      expect(e.err).toMatchObject({ table: 'answers', operation: 'insert' });
      expect(e.err?.code).toEqual(isPostgres(db) ? '53100' : 'SQLITE_CONSTRAINT_TRIGGER');
      expect(e.err).not.toHaveProperty('message');
    }
    expect(entries.some((e) => e.req?.headers !== undefined || e.res?.headers !== undefined)).toBe(false);
  });
});
