import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it, onTestFinished } from 'vitest';
import type { Db } from '../db/knex';
import type { Instrument } from '../instrument/schema';
import { submitWhole } from '../responses/submit';
import { findRound, roundInstrument } from '../rounds/queries';
import { signInAs } from '../test/auth';
import { buildOrganisation, buildRound, createTestApp, createTestDb } from '../test/db';
import { buildInvitation, completeAnswers } from '../test/invitations';
import { applyPending, roundFreshness } from './applier';
import { rebuildRollups } from './rollups';
import type { OrganisationResults } from './types';

let db: Db;
beforeAll(async () => {
  db = await createTestDb();
});
afterAll(() => db.destroy());

const figures = (roundId: string) =>
  db('rollup_figures')
    .where('round_id', roundId)
    .orderBy(['level', 'region_code', 'organisation_id', 'element_id'])
    .then((rows) => rows.map((r) => ({ ...r, score_sum: Number(r.score_sum) })));

describe('results off the request path', () => {
  it('show a submitted response within a second, and say how current they are', async () => {
    // No waiting for pending responses: what a results request sees under load. A database of its own, so
    // that its applier does not run in the tests below.
    const db = await createTestDb();
    onTestFinished(() => db.destroy());
    const app = createTestApp(db, undefined, { resultsWaitMs: 0, rollupIntervalMs: 1000 });
    const org = await buildOrganisation(db);
    const round = await buildRound(db, { organisationIds: [org.id] });
    const token = await buildInvitation(db, round.id, org.id);
    const admin = await signInAs(app, db, 'admin');
    const url = `/api/rounds/${round.id}/organisations/${org.id}/results`;
    const info = (await request(app).get(`/api/invitations/${token}`).expect(200)).body as { instrument: Instrument };

    const before = (await admin.agent.get(url).expect(200)).body as OrganisationResults;
    expect(before).toMatchObject({ responses: 0, pending: false });
    const sent = Date.now();
    await request(app)
      .post(`/api/invitations/${token}/responses`)
      .send({ id: randomUUID(), language: 'fi', answers: completeAnswers(info.instrument, 3) })
      .expect(201);
    let seen: OrganisationResults | undefined;
    while (Date.now() - sent < 2000) {
      const r = (await admin.agent.get(url).expect(200)).body as OrganisationResults;
      if (r.responses === 1 && !r.pending) {
        seen = r;
        break;
      }
      // Until it is in, the results say that something is on its way. (Freshness is read before the figures, so a
      // request racing the applier's commit may see the response and still say pending: never the other way round.)
      if (r.responses === 0) expect(r.pending).toBe(true);
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    expect(Date.now() - sent).toBeLessThan(1000);
    expect(seen).toMatchObject({ responses: 1, pending: false });
    expect(Date.parse(seen!.asOf)).toBeGreaterThanOrEqual(sent);
  });
});

describe('the rollup applier', () => {
  async function submitted(count: number) {
    const org = await buildOrganisation(db, { region_code: '06' });
    const other = await buildOrganisation(db, { region_code: '11' });
    const { id } = await buildRound(db, { organisationIds: [org.id, other.id] });
    const round = (await findRound(db, id))!;
    const instrument = await roundInstrument(db, round);
    // The service without an app: no applier runs, so the responses stay pending until a test applies them.
    for (let i = 0; i < count; i++) {
      const at = i % 2 === 0 ? org : other;
      await submitWhole(
        db,
        { round, organisationId: at.id, regionCode: at.region_code, instrument, mode: 'group', invitationToken: null },
        {
          id: randomUUID(),
          language: 'fi',
          answers: {
            ...completeAnswers(instrument, 1 + (i % 5)),
            [Object.keys(completeAnswers(instrument))[1]!]: { na: true },
          },
          groupName: `Ryhmä ${i}`,
          participants: 1 + (i % 4),
        },
      );
    }
    return round;
  }

  it('applies every pending response exactly once, also when two runs race, and agrees with a rebuild', async () => {
    const round = await submitted(7);
    expect(await db('rollup_pending').where('round_id', round.id).count({ n: '*' })).toEqual([
      { n: expect.anything() },
    ]);
    expect((await roundFreshness(db, round.id)).pending).toBe(true);
    expect(await figures(round.id)).toEqual([]);

    // Two appliers at once (two processes, or a timer and a kick): together they apply each response once.
    const [a, b] = await Promise.all([applyPending(db, 4), applyPending(db, 4)]);
    let applied = a + b;
    while (true) {
      const more = await applyPending(db, 4);
      if (more === 0) break;
      applied += more;
    }
    expect(applied).toBe(7);
    expect(await applyPending(db)).toBe(0);
    expect(await roundFreshness(db, round.id)).toMatchObject({ pending: false });
    const organisations = await db('rollup_organisations').where('round_id', round.id);
    expect(organisations.reduce((n, r) => n + Number(r.responses), 0)).toBe(7);
    // Participants 1, 2, 3, 4, 1, 2, 3.
    expect(organisations.reduce((n, r) => n + Number(r.people), 0)).toBe(16);

    const incremental = await figures(round.id);
    await rebuildRollups(db, round.id);
    const meaningful = (rows: Record<string, unknown>[]) =>
      rows.filter((r) => Number(r.score_count) > 0 || Number(r.na_count) > 0);
    expect(meaningful(await figures(round.id))).toEqual(meaningful(incremental));
  });

  it('leaves nothing pending after a rebuild, which already counts those responses', async () => {
    const round = await submitted(3);
    await rebuildRollups(db, round.id);
    expect(await applyPending(db)).toBe(0);
    const organisations = await db('rollup_organisations').where('round_id', round.id);
    expect(organisations.reduce((n, r) => n + Number(r.responses), 0)).toBe(3);
  });

  it('keeps the pending rows when applying fails, and applies them on the next run', async () => {
    const round = await submitted(2);
    const version = (await db('rounds').where('id', round.id).first()).results_version;
    // A failure inside the applier's transaction (here: the distribution table is gone for a moment).
    await db.schema.renameTable('rollup_distribution', 'rollup_distribution_away');
    await expect(applyPending(db)).rejects.toThrow();
    await db.schema.renameTable('rollup_distribution_away', 'rollup_distribution');
    expect(await db('rollup_pending').where('round_id', round.id)).toHaveLength(2);
    expect(await db('rollup_organisations').where('round_id', round.id)).toHaveLength(0);
    expect((await db('rounds').where('id', round.id).first()).results_version).toBe(version);

    expect(await applyPending(db)).toBe(2);
    expect((await db('rounds').where('id', round.id).first()).results_version).toBeGreaterThan(version);
    const organisations = await db('rollup_organisations').where('round_id', round.id);
    expect(organisations.reduce((n, r) => n + Number(r.responses), 0)).toBe(2);
  });
});
