/**
 * Reference data (regions) on every start; demo data once, in demo mode.
 * Both are idempotent: a restart never duplicates anything.
 */
import { randomUUID } from 'node:crypto';
import {
  DEMO_INSTRUMENT,
  DEMO_ORGANISATIONS,
  DEMO_RESPONSES_PER_ORGANISATION,
  DEMO_ROUND_ID,
  generateAnswers,
  prng,
} from '../../../seeds/demo';
import { REGIONS } from '../../../seeds/regions';
import { flattenIndicators } from '../instrument/schema';
import { submitResponse } from '../responses/submit';
import { roundInstrument } from '../rounds/queries';
import { type Db, type Executor, nowIso } from './knex';

export async function seedRegions(db: Executor): Promise<void> {
  await db('regions')
    .insert(REGIONS.map((r) => ({ code: r.code, name_fi: r.fi, name_sv: r.sv, name_en: r.en })))
    .onConflict('code')
    .merge();
}

const DAY = 24 * 60 * 60 * 1000;

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
        DEMO_ORGANISATIONS.map((o) => ({ id: o.id, name: o.name, region_code: o.regionCode, created_at: nowIso() })),
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
  });

  // Demo responses go through the same checks and storage as real ones.
  const instrument = await roundInstrument(db, { instrument_version_id: version.id });
  const ids = flattenIndicators(instrument)
    .filter((e) => e.indicator.kind === 'rating')
    .map((e) => e.indicator.id);
  const scale = instrument.scale ?? { min: 1, max: 5 };
  const random = prng(20261125);
  let responses = 0;
  for (const [i, org] of DEMO_ORGANISATIONS.entries()) {
    for (let r = 0; r < (DEMO_RESPONSES_PER_ORGANISATION[i] ?? 0); r++) {
      const answers = generateAnswers(ids, scale, org.level, random);
      await submitResponse(
        db,
        DEMO_ROUND_ID,
        { id: randomUUID(), organisationId: org.id, language: 'fi', answers },
        now,
      );
      responses++;
    }
  }
  return { seeded: true, responses };
}
