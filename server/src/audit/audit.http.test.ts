/**
 * The audit log answers "who did what": signing in (failed attempts too,
 * never with the password) and out, every export and raw-data download, and
 * round changes with old → new, each with the names of what it was about.
 */
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../config';
import type { Db } from '../db/knex';
import { apiRoutes } from '../routes';
import { buildUser, type Client, signIn, signInAs, TEST_PASSWORD } from '../test/auth';
import { buildOrganisation, buildRound, createTestApp, createTestDb } from '../test/db';
import type { AuditEntry } from './types';

let db: Db;
let app: ReturnType<typeof createTestApp>;
let admin: Client;
let org: { id: string; name: string };
let round: { id: string };

const log = async (limit = 20): Promise<AuditEntry[]> =>
  (await admin.agent.get(`/api/audit?limit=${limit}`).expect(200)).body;
const latest = async (action: string) => (await log(50)).find((e) => e.action === action);

beforeAll(async () => {
  db = await createTestDb();
  app = createTestApp(db);
  org = await buildOrganisation(db, { name: 'Ohjaamo Kuopio', region_code: '11' });
  round = await buildRound(db, { organisationIds: [org.id], regionCode: '11' });
  admin = await signInAs(app, db, 'admin');
});
afterAll(() => db.destroy());

describe('signing in and out', () => {
  it('records a failed sign-in with the email and the reason, never the password', async () => {
    const user = await buildUser(db, 'manager', { organisationIds: [org.id] });
    const password = 'Arvattu-salasana-2931';
    await request(app).post('/api/session').send({ email: user.email, password }).expect(401);
    await request(app).post('/api/session').send({ email: ' Nobody@Test.Example ', password }).expect(401);
    const entries = await log();
    expect(entries.slice(0, 2)).toEqual([
      expect.objectContaining({
        action: 'session.sign_in_failed',
        userId: null,
        userEmail: 'nobody@test.example',
        targetId: null,
        details: { reason: 'unknown_email' },
      }),
      expect.objectContaining({
        action: 'session.sign_in_failed',
        userEmail: user.email,
        targetId: user.id,
        targetName: { fi: user.email },
        details: { reason: 'wrong_password' },
      }),
    ]);
    expect(JSON.stringify(await db('audit_log').select())).not.toContain(password);
  });

  it('records signing in and out', async () => {
    const user = await buildUser(db, 'coordinator', { regionCode: '11' });
    const client = await signIn(app, user.email, TEST_PASSWORD);
    await client.agent.delete('/api/session').set('X-CSRF-Token', client.csrf).expect(204);
    const [out, inn] = await log(2);
    expect(out).toMatchObject({ action: 'session.sign_out', userId: user.id, userEmail: user.email });
    expect(inn).toMatchObject({ action: 'session.sign_in', userId: user.id, targetId: user.id });
  });
});

describe('exports and raw-data downloads', () => {
  it('records every export with the round, the organisation or region, the format and the language', async () => {
    const manager = await signInAs(app, db, 'manager', { organisationIds: [org.id] });
    const coordinator = await signInAs(app, db, 'coordinator', { regionCode: '11' });
    const base = `/api/rounds/${round.id}`;
    const downloads: [Client, string, string, Record<string, unknown>][] = [
      [
        manager,
        `${base}/organisations/${org.id}/results.csv?lang=sv`,
        'export.results',
        { format: 'csv', language: 'sv' },
      ],
      [manager, `${base}/organisations/${org.id}/results.xlsx`, 'export.results', { format: 'xlsx' }],
      [coordinator, `${base}/regions/11/results.csv`, 'export.results', { format: 'csv', regionCode: '11' }],
      [admin, `${base}/results.xlsx?lang=en`, 'export.results', { format: 'xlsx', language: 'en' }],
      [admin, `${base}/answers.csv`, 'export.raw_answers', { format: 'csv' }],
      [coordinator, `${base}/reflections.csv?lang=fi`, 'export.reflections', { format: 'csv', language: 'fi' }],
      [manager, `${base}/organisations/${org.id}/actions.csv`, 'export.action_plan', { format: 'csv' }],
    ];
    for (const [client, url, action, details] of downloads) {
      await client.agent.get(url).expect(200);
      const [entry] = await log(1);
      expect(entry, url).toMatchObject({
        action,
        userId: client.userId,
        targetType: 'round',
        targetId: round.id,
        targetName: { fi: 'Testikierros', sv: 'Testomgång', en: 'Test round' },
        details,
      });
    }
    const byOrganisation = (await log(10)).filter((e) => e.details?.organisationId === org.id);
    expect(byOrganisation).toHaveLength(3);
    for (const e of byOrganisation) expect(e.detailNames.organisation).toEqual({ fi: 'Ohjaamo Kuopio' });
    const byRegion = (await log(10)).find((e) => e.details?.regionCode === '11');
    expect(byRegion?.detailNames.region).toEqual({ fi: 'Pohjois-Savo', sv: 'Norra Savolax', en: 'North Savo' });
  });

  it('records a download of every export route in the route table', async () => {
    const files = apiRoutes({ db, settings: DEFAULT_SETTINGS }).filter((r) => r.produces === 'file');
    expect(files.length).toBeGreaterThanOrEqual(6);
    // Each format of a route that takes one.
    const urls = files.flatMap((route) =>
      (route.path.includes(':format') ? ['csv', 'xlsx'] : ['']).map((format) => {
        const params: Record<string, string> = { roundId: round.id, organisationId: org.id, regionCode: '11', format };
        return `/api${route.path.replace(/:(\w+)/g, (_m, name: string) => params[name]!)}`;
      }),
    );
    expect(urls.length).toBeGreaterThanOrEqual(9);
    for (const url of urls) {
      const before = (await log(1))[0]!.id;
      await admin.agent.get(url).expect(200);
      const [entry] = await log(1);
      expect(entry!.id, `${url} wrote no audit entry`).toBeGreaterThan(before);
      expect(entry?.action, url).toMatch(/^export\./);
      expect(entry).toMatchObject({
        userId: admin.userId,
        targetId: round.id,
        details: { format: url.split('.').pop() },
      });
    }
  });

  it('records nothing for a download that was refused', async () => {
    const before = (await log(1))[0]!.id;
    const outsider = await signInAs(app, db, 'coordinator', { regionCode: '06' });
    await outsider.agent.get(`/api/rounds/${round.id}/regions/11/results.csv`).expect(403);
    expect((await log(3)).filter((e) => e.id > before && e.action.startsWith('export.'))).toEqual([]);
  });
});

describe('round changes', () => {
  it('records what changed, old → new, and names the organisation of a renewed link', async () => {
    await admin.agent
      .patch(`/api/rounds/${round.id}`)
      .set('X-CSRF-Token', admin.csrf)
      .send({ minGroupSize: 6, name: { fi: 'Kevät 2027' }, introduction: { fi: 'Tervetuloa' } })
      .expect(200);
    const change = await latest('round.update');
    expect(change).toMatchObject({ targetName: { fi: 'Kevät 2027' } });
    expect(change?.details?.changes).toEqual([
      { field: 'name', from: { fi: 'Testikierros', sv: 'Testomgång', en: 'Test round' }, to: { fi: 'Kevät 2027' } },
      { field: 'minGroupSize', from: 1, to: 6 },
      { field: 'introduction' },
    ]);
    await db('invitations').insert({
      token: 'audit-test-link',
      round_id: round.id,
      organisation_id: org.id,
      mode: 'individual',
      created_at: new Date().toISOString(),
    });
    await admin.agent
      .post(`/api/rounds/${round.id}/organisations/${org.id}/invitation`)
      .set('X-CSRF-Token', admin.csrf)
      .send({})
      .expect(201);
    const renewed = await latest('invitation.regenerate');
    expect(renewed?.detailNames.organisation).toEqual({ fi: 'Ohjaamo Kuopio' });
  });
});
