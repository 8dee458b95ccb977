/** The language an invitation link opens in: the round's, else the organisation's, else none (the browser's). */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../db/knex';
import type { InvitationInfo } from '../responses/types';
import { type Client, send, signInAs } from '../test/auth';
import { buildOrganisation, buildRound, createTestApp, createTestDb } from '../test/db';
import { buildInvitation } from '../test/invitations';

let db: Db;
let app: ReturnType<typeof createTestApp>;
let admin: Client;
beforeAll(async () => {
  db = await createTestDb();
  app = createTestApp(db);
  admin = await signInAs(app, db, 'admin');
});
afterAll(() => db.destroy());

const linkLanguage = async (token: string) =>
  ((await admin.agent.get(`/api/invitations/${token}`).expect(200)).body as InvitationInfo).language;

describe('link language', () => {
  it('follows the browser for an organisation that sets none, and a Swedish-speaking organisation’s is Swedish', async () => {
    const finnish = await buildOrganisation(db);
    const swedish = (
      await send(admin, 'post', '/api/organisations', {
        name: { sv: 'Fjärdens institut' },
        regionCode: '15',
        language: 'sv',
      }).expect(201)
    ).body as { id: string };
    const round = await buildRound(db, { organisationIds: [finnish.id, swedish.id] });
    expect(await linkLanguage(await buildInvitation(db, round.id, finnish.id))).toBeNull();
    const token = await buildInvitation(db, round.id, swedish.id);
    expect(await linkLanguage(token)).toBe('sv');

    // A round's own language wins over the organisation's, and can be cleared again.
    await send(admin, 'patch', `/api/rounds/${round.id}`, { language: 'en' }).expect(200);
    expect(await linkLanguage(token)).toBe('en');
    await send(admin, 'patch', `/api/rounds/${round.id}`, { language: null }).expect(200);
    expect(await linkLanguage(token)).toBe('sv');
  });

  it('refuses a language that is none of ours, naming the field', async () => {
    const round = await buildRound(db, { organisationIds: [(await buildOrganisation(db)).id] });
    const res = await send(admin, 'patch', `/api/rounds/${round.id}`, { language: 'de' }).expect(400);
    expect(res.body.error.problems[0]).toMatchObject({ path: 'language', code: 'invalid_value' });
    expect(res.body.error.problems[0].params.values).toBe('fi, sv, en');
  });
});
