import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signInAs } from '../test/auth';
import { buildOrganisation, buildRound, createTestApp, createTestDb } from '../test/db';
import { buildInvitation } from '../test/invitations';
import { type Db, nowIso } from './knex';

let db: Db;
beforeAll(async () => {
  db = await createTestDb();
});
afterAll(() => db.destroy());

describe('reads beside a write', () => {
  it('answers reports and the survey while a write transaction holds the writer', async () => {
    const app = createTestApp(db);
    const org = await buildOrganisation(db);
    const round = await buildRound(db, { organisationIds: [org.id] });
    const token = await buildInvitation(db, round.id, org.id);
    const admin = await signInAs(app, db, 'admin');
    // A long write: the one SQLite writer connection is taken until it ends.
    const trx = await db.transaction();
    try {
      await trx('responses').insert({
        id: randomUUID(),
        round_id: round.id,
        organisation_id: org.id,
        status: 'draft',
        language: 'fi',
        revision: 0,
        created_at: nowIso(),
        updated_at: nowIso(),
      });
      const started = Date.now();
      await admin.agent.get(`/api/rounds/${round.id}/organisations/${org.id}/results`).timeout(3000).expect(200);
      await request(app).get(`/api/invitations/${token}`).timeout(3000).expect(200);
      expect(Date.now() - started).toBeLessThan(3000);
    } finally {
      await trx.rollback();
    }
  });
});
