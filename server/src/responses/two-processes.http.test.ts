/**
 * Two server processes on one database (two apps on two handles, as two
 * processes behind a load balancer would open it): submits spread over both,
 * a retried submit reaching the other process, both rollup appliers running.
 * Each response is stored and counted once.
 */
import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../db/knex';
import type { Instrument } from '../instrument/schema';
import { rebuildRollups } from '../results/rollups';
import { buildOrganisation, buildRound, createTestApp, createTestDb, openAgain } from '../test/db';
import { buildInvitation, completeAnswers } from '../test/invitations';

let db: Db;
let other: Db;
let apps: ReturnType<typeof createTestApp>[];
let round: { id: string };
let link: string;
let instrument: Instrument;

beforeAll(async () => {
  db = await createTestDb();
  other = openAgain(db);
  apps = [createTestApp(db), createTestApp(other)];
  const org = await buildOrganisation(db);
  round = await buildRound(db, { organisationIds: [org.id], minGroupSize: 1 });
  link = await buildInvitation(db, round.id, org.id);
  instrument = (await request(apps[0]!).get(`/api/invitations/${link}`).expect(200)).body.instrument;
});
afterAll(async () => {
  await other?.destroy();
  await db?.destroy();
});

const submit = (app: number, body: object) => request(apps[app]!).post(`/api/invitations/${link}/responses`).send(body);

describe('two server processes on one database', () => {
  it('store and count each response once, also a retry that reaches the other process', async () => {
    const bodies = Array.from({ length: 12 }, (_, i) => ({
      id: randomUUID(),
      language: 'fi',
      answers: completeAnswers(instrument, 1 + (i % 5)),
    }));
    // Every response sent to both processes at once: a retry after a lost reply, balanced elsewhere.
    const replies = await Promise.all(bodies.flatMap((b) => [submit(0, b), submit(1, b)]));
    // One of each pair stored it (201); the other found it stored (200, duplicate).
    for (const [i, b] of bodies.entries()) {
      const pair = [replies[2 * i]!, replies[2 * i + 1]!];
      expect(pair.map((r) => r.body.id)).toEqual([b.id, b.id]);
      expect(pair.map((r) => `${r.status} ${r.body.duplicate}`).sort()).toEqual(['200 true', '201 false']);
    }
    const ids = bodies.map((b) => b.id);
    expect(Number((await db('responses').whereIn('id', ids).count({ n: '*' }))[0]!.n)).toBe(12);
    const perResponse = await db('answers').whereIn('response_id', ids).groupBy('response_id').count({ n: '*' });
    const expected = Object.keys(completeAnswers(instrument)).length;
    expect(perResponse.map((r) => Number(r.n))).toEqual(ids.map(() => expected));

    // The appliers of both processes (timer and kicks) fold each pending response in once.
    const until = Date.now() + 10_000;
    while (Number((await db('rollup_pending').count({ n: '*' }))[0]!.n) > 0 && Date.now() < until)
      await new Promise((r) => setTimeout(r, 50));
    expect(Number((await db('rollup_pending').count({ n: '*' }))[0]!.n)).toBe(0);
    const counted = await db('rollup_organisations').where('round_id', round.id).sum({ n: 'responses' });
    expect(Number(counted[0]!.n)).toBe(12);

    const figures = () =>
      db('rollup_figures')
        .where('round_id', round.id)
        .orderBy(['level', 'region_code', 'organisation_id', 'element_id'])
        .select('level', 'element_id', 'responses', 'score_sum', 'score_count', 'na_count')
        .then((rows) => rows.map((r) => Object.fromEntries(Object.entries(r).map(([k, v]) => [k, String(v)]))));
    const incremental = await figures();
    await rebuildRollups(db, round.id);
    expect(await figures()).toEqual(incremental);
  });
});
