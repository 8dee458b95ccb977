/**
 * Reference data (regions) on every start; demo data once, in demo mode.
 * Both are idempotent: a restart never duplicates anything.
 */
import { randomUUID } from 'node:crypto';
import {
  DEMO_INSTRUMENT,
  DEMO_ORGANISATIONS,
  DEMO_PASSWORD,
  DEMO_RESPONSES_PER_ORGANISATION,
  DEMO_ROUND_ID,
  DEMO_USERS,
  demoInvitationToken,
  generateAnswers,
  prng,
} from '../../../seeds/demo';
import { REGIONS } from '../../../seeds/regions';
import { hashPassword } from '../auth/password';
import { flattenIndicators } from '../instrument/schema';
import { submitWhole } from '../responses/submit';
import { applyPending } from '../results/applier';
import { findRound, roundInstrument } from '../rounds/queries';
import { type Db, type Executor, nowIso } from './knex';

export async function seedRegions(db: Executor): Promise<void> {
  await db('regions')
    .insert(REGIONS.map((r) => ({ code: r.code, name_fi: r.fi, name_sv: r.sv, name_en: r.en })))
    .onConflict('code')
    .merge();
}

const DAY = 24 * 60 * 60 * 1000;

/** One account per role, for trying the product; demo mode only. */
async function seedDemoUsers(db: Executor): Promise<void> {
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  for (const user of DEMO_USERS) {
    await db('users').insert({
      id: user.id,
      email: user.email,
      name: user.name,
      password_hash: passwordHash,
      role: user.role,
      region_code: 'regionCode' in user ? user.regionCode : null,
      disabled: false,
      created_at: nowIso(),
    });
    for (const organisationId of 'organisationIds' in user ? user.organisationIds : []) {
      await db('user_organisations').insert({ user_id: user.id, organisation_id: organisationId });
    }
  }
}

/** Seeds the demo organisations, round and responses unless the demo round exists already. */
export async function seedDemo(db: Db, now = new Date()): Promise<{ seeded: boolean; responses: number }> {
  if (await db('rounds').where('id', DEMO_ROUND_ID).first()) return { seeded: false, responses: 0 };
  const version = await db('instrument_versions')
    .where({ instrument_id: DEMO_INSTRUMENT.id, version: DEMO_INSTRUMENT.version })
    .first();
  if (!version)
    throw new Error(`demo data needs instrument ${DEMO_INSTRUMENT.id} ${DEMO_INSTRUMENT.version} in instruments/`);

  await db.transaction(async (trx) => {
    await trx('organisations')
      .insert(
        DEMO_ORGANISATIONS.map((o) => ({
          id: o.id,
          name: (o.language && o.name[o.language]) || o.name.fi || o.name.sv,
          name_fi: o.name.fi ?? null,
          name_sv: o.name.sv ?? null,
          name_en: o.name.en ?? null,
          language: o.language,
          region_code: o.regionCode,
          created_at: nowIso(),
        })),
      )
      .onConflict('id')
      .ignore();
    await trx('rounds').insert({
      id: DEMO_ROUND_ID,
      name_fi: 'Ohjauksen laadun itsearviointi (demo)',
      name_sv: 'Självvärdering av vägledningens kvalitet (demo)',
      name_en: 'Guidance quality self-assessment (demo)',
      instrument_version_id: version.id,
      opens_at: new Date(now.getTime() - 30 * DAY).toISOString(),
      closes_at: new Date(now.getTime() + 180 * DAY).toISOString(),
      min_group_size: 5,
      created_at: nowIso(),
    });
    await trx('round_organisations').insert(
      DEMO_ORGANISATIONS.map((o) => ({ round_id: DEMO_ROUND_ID, organisation_id: o.id })),
    );
    await trx('invitations').insert(
      DEMO_ORGANISATIONS.map((o, i) => ({
        token: demoInvitationToken(i),
        round_id: DEMO_ROUND_ID,
        organisation_id: o.id,
        mode: o.group ? 'group' : 'individual',
        created_at: nowIso(),
      })),
    );
    await seedDemoUsers(trx);
  });

  // Demo responses go through the same checks and storage as real ones.
  const instrument = await roundInstrument(db, { instrument_version_id: version.id });
  const round = (await findRound(db, DEMO_ROUND_ID))!;
  const ids = flattenIndicators(instrument)
    .filter((e) => e.indicator.kind === 'rating')
    .map((e) => e.indicator.id);
  const scale = instrument.scale ?? { min: 1, max: 5 };
  const random = prng(20261125);
  let responses = 0;
  for (const [i, org] of DEMO_ORGANISATIONS.entries()) {
    for (let r = 0; r < (DEMO_RESPONSES_PER_ORGANISATION[i] ?? 0); r++) {
      const language = org.language === 'sv' ? 'sv' : 'fi';
      const answers = generateAnswers(ids, scale, org.level, random, language);
      const group = org.group === true;
      await submitWhole(
        db,
        {
          round,
          organisationId: org.id,
          regionCode: org.regionCode,
          instrument,
          mode: group ? 'group' : 'individual',
          invitationToken: demoInvitationToken(i),
        },
        {
          id: randomUUID(),
          language,
          answers,
          ...(group ? { groupName: `Arbetsgrupp ${r + 1}`, participants: 3 + (r % 4) } : {}),
        },
        now,
      );
      responses++;
    }
  }
  // The demo's results are complete from the first page view on.
  while ((await applyPending(db)) > 0);
  return { seeded: true, responses };
}
