import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../db/knex';
import { formatResumeCode } from '../responses/resume-code.shared';
import { send, signInAs } from '../test/auth';
import { buildOrganisation, buildRound, createTestApp, createTestDb } from '../test/db';
import { buildInvitation } from '../test/invitations';
import { plainText, startTestSmtp, type TestSmtp } from '../test/smtp';
import { sendDueReminders } from './rounds';
import type { InvitationMailStatus } from './types';

let db: Db;
let smtp: TestSmtp;
const PUBLIC_URL = 'https://laatupeili.example';
const DAY = 24 * 60 * 60_000;

beforeAll(async () => {
  db = await createTestDb();
  smtp = await startTestSmtp();
});
afterAll(async () => {
  await smtp.stop();
  await db.destroy();
});

/** A round with minimum 5: A has met it (6 people), B (2, Swedish) and D (1) have not, C has no contact address. */
async function world() {
  const [a, b, c, d] = [
    await buildOrganisation(db, { name: 'A-kunta' }),
    await buildOrganisation(db, { name: 'B-stad' }),
    await buildOrganisation(db, { name: 'C-kunta' }),
    await buildOrganisation(db, { name: 'D-kunta' }),
  ];
  await db('organisations').where('id', a.id).update({ contact_email: 'a@test.example' });
  await db('organisations').where('id', b.id).update({ contact_email: 'b@test.example', contact_language: 'sv' });
  await db('organisations').where('id', d.id).update({ contact_email: 'd@test.example' });
  const round = await buildRound(db, { organisationIds: [a.id, b.id, c.id, d.id], minGroupSize: 5 });
  const tokens: Record<string, string> = {};
  for (const org of [a, b, c, d]) tokens[org.name] = await buildInvitation(db, round.id, org.id);
  for (const [org, people] of [
    [a, 6],
    [b, 2],
    [d, 1],
  ] as const) {
    await db('rollup_organisations').insert({
      round_id: round.id,
      organisation_id: org.id,
      region_code: '11',
      responses: people,
      participants: 0,
      people,
    });
  }
  return { round, tokens };
}

const outbox = () => db('mail_outbox').orderBy('recipient').select('kind', 'recipient', 'language', 'text_body');

describe("a round's mail", () => {
  it('invites each organisation at its contact address, in its language, with its own link', async () => {
    const { round, tokens } = await world();
    const app = createTestApp(db, undefined, { publicUrl: PUBLIC_URL });
    const admin = await signInAs(app, db, 'admin');
    const res = await send(admin, 'post', `/api/rounds/${round.id}/invitation-mail`).expect(200);
    expect(res.body.sent).toBe(3);
    expect(res.body.missing.map((m: { name: string }) => m.name)).toEqual(['C-kunta']);
    const mail = await outbox();
    expect(mail.map((m) => [m.kind, m.recipient, m.language])).toEqual([
      ['round_invitation', 'a@test.example', 'fi'],
      ['round_invitation', 'b@test.example', 'sv'],
      ['round_invitation', 'd@test.example', 'fi'],
    ]);
    expect(mail[1]!.text_body).toContain(`${PUBLIC_URL}/i/${tokens['B-stad']}`);
    expect(mail[1]!.text_body).toContain('deltar i självvärderingsomgången');
    // A quality manager changes no round.
    const manager = await signInAs(app, db, 'manager');
    await send(manager, 'post', `/api/rounds/${round.id}/invitation-mail`).expect(403);
    await db('mail_outbox').delete();
  });

  it('sends again only what has not gone yet: a new link or a changed address, unless asked to send to all', async () => {
    const { round, tokens } = await world();
    const app = createTestApp(db, undefined, { publicUrl: PUBLIC_URL });
    const admin = await signInAs(app, db, 'admin');
    const url = `/api/rounds/${round.id}/invitation-mail`;
    const before: InvitationMailStatus = (await admin.agent.get(url).expect(200)).body;
    expect(before.sending).toBe(false);
    expect(before.organisations.map((o) => [o.contactEmail, o.hasLink, o.mailedAt])).toEqual([
      ['a@test.example', true, null],
      ['b@test.example', true, null],
      [null, true, null],
      ['d@test.example', true, null],
    ]);
    expect(before.organisations[1]!.contactLanguage).toBe('sv');

    expect((await send(admin, 'post', url, {}).expect(200)).body).toMatchObject({ sent: 3, alreadySent: 0 });
    const after: InvitationMailStatus = (await admin.agent.get(url).expect(200)).body;
    expect(after.organisations.map((o) => o.mailedAt !== null)).toEqual([true, true, false, true]);
    // A second press (or a retried request) sends nothing twice.
    expect((await send(admin, 'post', url).expect(200)).body).toMatchObject({ sent: 0, alreadySent: 3 });

    // D's address changes and B gets a new link: those two count as not sent.
    const [b, d] = [after.organisations[1]!, after.organisations[3]!];
    await db('organisations').where('id', d.organisationId).update({ contact_email: 'd2@test.example' });
    await db('invitations').where('token', tokens['B-stad']).update({ revoked_at: new Date().toISOString() });
    const newLink = await buildInvitation(db, round.id, b.organisationId);
    await db('mail_outbox').delete();
    expect((await send(admin, 'post', url).expect(200)).body).toMatchObject({ sent: 2, alreadySent: 1 });
    const resent = await outbox();
    expect(resent.map((m) => m.recipient)).toEqual(['b@test.example', 'd2@test.example']);
    expect(resent[0]!.text_body).toContain(`${PUBLIC_URL}/i/${newLink}`);

    // Asked explicitly, every organisation with an address gets it again.
    expect((await send(admin, 'post', url, { to: 'all' }).expect(200)).body).toMatchObject({ sent: 3, alreadySent: 0 });
    const bad = await send(admin, 'post', url, { to: 'everyone' }).expect(400);
    expect(bad.body.error.path).toBe('to');
    const manager = await signInAs(app, db, 'manager');
    await manager.agent.get(url).expect(403);
    await db('mail_outbox').delete();
  });

  it('reminds only organisations below the minimum, once, and not when cancelled', async () => {
    const { round } = await world();
    const app = createTestApp(db, undefined, { publicUrl: PUBLIC_URL });
    const admin = await signInAs(app, db, 'admin');
    const sendAt = new Date(Date.now() + 2 * DAY).toISOString();
    const reminder = await send(admin, 'post', `/api/rounds/${round.id}/reminders`, { sendAt }).expect(201);
    const cancelled = await send(admin, 'post', `/api/rounds/${round.id}/reminders`, { sendAt }).expect(201);
    await send(admin, 'delete', `/api/rounds/${round.id}/reminders/${cancelled.body.id}`).expect(200);
    const late = await send(admin, 'post', `/api/rounds/${round.id}/reminders`, {
      sendAt: new Date(Date.now() + 60 * DAY).toISOString(),
    }).expect(400);
    expect(late.body.error.path).toBe('sendAt');

    expect(await sendDueReminders(db, PUBLIC_URL)).toBe(0); // not due yet
    const later = new Date(Date.now() + 3 * DAY);
    expect(await sendDueReminders(db, PUBLIC_URL, later)).toBe(2);
    expect(await sendDueReminders(db, PUBLIC_URL, later)).toBe(0);
    expect((await outbox()).map((m) => [m.kind, m.recipient])).toEqual([
      ['round_reminder', 'b@test.example'],
      ['round_reminder', 'd@test.example'],
    ]);
    const listed = (await admin.agent.get(`/api/rounds/${round.id}/reminders`).expect(200)).body;
    expect(
      listed.map((r: { id: string; status: string; recipients: number | null }) => [r.id, r.status, r.recipients]),
    ).toEqual(
      expect.arrayContaining([
        [reminder.body.id, 'sent', 2],
        [cancelled.body.id, 'cancelled', null],
      ]),
    );
    expect(listed).toHaveLength(2);
    await db('mail_outbox').delete();

    // Asked explicitly, a reminder also goes to those that met the minimum.
    await send(admin, 'post', `/api/rounds/${round.id}/reminders`, { sendAt, includeMet: true }).expect(201);
    expect(await sendDueReminders(db, PUBLIC_URL, later)).toBe(3);
    await db('mail_outbox').delete();
  });
});

describe('the resume code by mail', () => {
  it('sends the code and stores neither the address nor the code anywhere', async () => {
    const { tokens } = await world();
    const app = createTestApp(db, undefined, {
      publicUrl: PUBLIC_URL,
      mail: { smtpUrl: smtp.url, from: 'x@test.example' },
    });
    const draft = await request(app)
      .post(`/api/invitations/${tokens['A-kunta']}/drafts`)
      .send({ id: crypto.randomUUID(), language: 'en' })
      .expect(201);
    const code = draft.body.resumeCode as string;
    const address = 'Vastaaja.Yksityinen@Example.org';
    await request(app).post(`/api/drafts/${code}/mail`).send({ email: address }).expect(204);

    const mail = smtp.received.at(-1)!;
    expect(mail.to).toEqual([address.toLowerCase()]);
    expect(plainText(mail.raw)).toContain(formatResumeCode(code));
    expect(plainText(mail.raw)).toContain(`${PUBLIC_URL}/resume`);

    // Every row of every table: neither the address nor the code (in any form) is there.
    const tables =
      db.client.config.client === 'pg'
        ? await db('information_schema.tables').where('table_schema', db.client.config.searchPath).pluck('table_name')
        : await db('sqlite_master').where('type', 'table').pluck('name');
    const needles = [
      address.toLowerCase(),
      'vastaaja.yksityinen',
      code,
      formatResumeCode(code)!,
      code.replace('-', ''),
    ];
    for (const table of tables) {
      const dump = JSON.stringify(await db(table).select()).toLowerCase();
      for (const needle of needles) expect(dump, `${table} holds ${needle}`).not.toContain(needle.toLowerCase());
    }
  });

  it('says so when no mail can be sent, and refuses an unknown code', async () => {
    const { tokens } = await world();
    const app = createTestApp(db, undefined, { publicUrl: PUBLIC_URL });
    const draft = await request(app)
      .post(`/api/invitations/${tokens['A-kunta']}/drafts`)
      .send({ id: crypto.randomUUID(), language: 'fi' })
      .expect(201);
    const res = await request(app).post(`/api/drafts/${draft.body.resumeCode}/mail`).send({ email: 'a@example.org' });
    expect([res.status, res.body.error.code]).toEqual([409, 'mail_unavailable']);
    await request(app).post('/api/drafts/AAAAA-AAAAA/mail').send({ email: 'a@example.org' }).expect(404);
    const bad = await request(app)
      .post(`/api/drafts/${draft.body.resumeCode}/mail`)
      .send({ email: 'nope' })
      .expect(400);
    expect(bad.body.error.path).toBe('email');
  });
});
