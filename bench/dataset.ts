/**
 * The national-scale dataset of the benchmarks: 20 regions, 2,000
 * organisations, 50,000 submitted responses of 55 answers each, in one
 * round of the ELO instrument. On SQLite loaded with prepared statements
 * straight through the connection; on PostgreSQL (a `postgres://` address
 * instead of a file) with unnest inserts of many thousand rows each. The same
 * numbers either way: results are never measured on one engine only.
 */
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { prng } from '../seeds/demo';
import { bootstrap } from '../server/src/bootstrap';
import { ROOT_DIR } from '../server/src/config';
import { createDb, type Db, nowIso } from '../server/src/db/knex';
import { insertUnnest } from '../server/src/db/pg-batch';
import { flattenIndicators } from '../server/src/instrument/schema';
import { rebuildRollups } from '../server/src/results/rollups';
import { roundInstrument } from '../server/src/rounds/queries';

export const SCALE = {
  regions: Number(process.env.BENCH_REGIONS ?? 20),
  organisations: Number(process.env.BENCH_ORGANISATIONS ?? 2000),
  responses: Number(process.env.BENCH_RESPONSES ?? 50_000),
};
export const ROUND_ID = '00000000-0000-4000-8000-00000000b001';
const RESPONSES_PER_TX = 5000;

export function tempDatabaseFile(name: string): string {
  return path.join(fs.mkdtempSync(path.join(os.tmpdir(), `laatupeili-${name}-`)), 'bench.sqlite');
}

const log = (msg: string) => process.stderr.write(`${msg}\n`);

export type Loaded = {
  db: Db;
  rows: number;
  loadSeconds: number;
  rollupSeconds: number;
  organisationIds: string[];
  regionCodes: string[];
};

/** `file`: a SQLite file, or the address of an empty PostgreSQL database. */
export async function loadNationalDataset(file: string): Promise<Loaded> {
  const db = /^postgres(ql)?:\/\//.test(file)
    ? createDb({ client: 'postgres', connectionString: file })
    : createDb({ client: 'sqlite', filename: file });
  await bootstrap(db, { instrumentsDir: path.join(ROOT_DIR, 'instruments'), demo: false });
  const regions: string[] = (await db('regions').orderBy('code').pluck('code')).slice(0, SCALE.regions);
  // Finland has 19 regions; the 20th is an invented one for the benchmark.
  while (regions.length < SCALE.regions) {
    const code = String(80 + regions.length);
    await db('regions').insert({
      code,
      name_fi: `Vertailualue ${code}`,
      name_sv: `Jämförelse ${code}`,
      name_en: `Benchmark ${code}`,
    });
    regions.push(code);
  }
  const version = await db('instrument_versions').where({ instrument_id: 'elo-quality', version: '1.0.0' }).first();
  const organisations = Array.from({ length: SCALE.organisations }, (_, i) => ({
    id: randomUUID(),
    name: `Vertailuorganisaatio ${i + 1}`,
    region_code: regions[i % regions.length]!,
    created_at: nowIso(),
  }));
  await db.batchInsert('organisations', organisations, 500);
  await db('rounds').insert({
    id: ROUND_ID,
    name_fi: 'Valtakunnallinen vertailukierros',
    instrument_version_id: version.id,
    opens_at: '2026-01-01T00:00:00.000Z',
    closes_at: '2099-01-01T00:00:00.000Z',
    min_group_size: 5,
    created_at: nowIso(),
  });
  await db.batchInsert(
    'round_organisations',
    organisations.map((o) => ({ round_id: ROUND_ID, organisation_id: o.id })),
    500,
  );

  const instrument = await roundInstrument(db, { instrument_version_id: version.id });
  const places = flattenIndicators(instrument);
  const random = prng(7);
  const started = performance.now();
  let rows = 0;
  /** Response k: its organisation and its answers, the same on both engines. */
  const responseOf = (k: number) => {
    const org = organisations[k % organisations.length]!;
    const level = ((k % organisations.length) % 7) / 7 - 0.4;
    const answers = places.map((p, i) => {
      const na = random() < 0.05;
      const value = na
        ? null
        : Math.min(5, Math.max(1, Math.round(3.3 + level * 2 - Math.sin(i) * 0.8 + (random() - 0.5) * 2.5)));
      const text = random() < 0.08 ? 'Käytäntö on kirjattu ja käyty läpi tiimissä.' : null;
      return { place: p, value, na, text };
    });
    rows += 1 + places.length;
    return { id: randomUUID(), org, answers };
  };
  if (db.client.config.client === 'pg') await loadPostgres(db, responseOf);
  else await loadSqlite(db, responseOf);
  const loadSeconds = (performance.now() - started) / 1000;
  const rollupStarted = performance.now();
  await rebuildRollups(db, ROUND_ID);
  const rollupSeconds = (performance.now() - rollupStarted) / 1000;
  return {
    db,
    rows,
    loadSeconds,
    rollupSeconds,
    organisationIds: organisations.map((o) => o.id),
    regionCodes: regions,
  };
}

type ResponseOf = (k: number) => {
  id: string;
  org: { id: string };
  answers: {
    place: { area: { id: string }; standard: { id: string }; indicator: { id: string } };
    value: number | null;
    na: boolean;
    text: string | null;
  }[];
};

/**
 * Bulk load straight through the SQLite connection with prepared statements, one transaction
 * per batch; durability per batch is not needed while loading into a fresh file.
 */
async function loadSqlite(db: Db, responseOf: ResponseOf): Promise<void> {
  const conn = (await db.client.acquireConnection()) as import('better-sqlite3').Database;
  try {
    conn.pragma('synchronous = OFF');
    // Secondary indexes are cheaper built once after the load than kept up row by row.
    const indexes = conn
      .prepare("select sql from sqlite_master where type = 'index' and tbl_name = 'answers' and sql is not null")
      .all() as { sql: string }[];
    for (const { sql } of indexes) conn.exec(`drop index ${sql.match(/index\s+[`"]?(\w+)/i)![1]}`);
    const insertResponse = conn.prepare(
      `insert into responses (id, round_id, organisation_id, status, language, revision, created_at, submitted_at)
       values (?, ?, ?, 'submitted', 'fi', 0, ?, ?)`,
    );
    const insertAnswer = conn.prepare(
      `insert into answers (response_id, round_id, organisation_id, area_id, standard_id, indicator_id, value, not_applicable, text)
       values (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    const now = nowIso();
    const batch = conn.transaction((from: number, to: number) => {
      for (let k = from; k < to; k++) {
        const { id, org, answers } = responseOf(k);
        insertResponse.run(id, ROUND_ID, org.id, now, now);
        for (const a of answers) {
          const p = a.place;
          insertAnswer.run(
            id,
            ROUND_ID,
            org.id,
            p.area.id,
            p.standard.id,
            p.indicator.id,
            a.value,
            a.na ? 1 : 0,
            a.text,
          );
        }
      }
    });
    for (let r = 0; r < SCALE.responses; r += RESPONSES_PER_TX) {
      batch(r, Math.min(r + RESPONSES_PER_TX, SCALE.responses));
      if (r % 10_000 === 0) log(`loaded ${r} responses`);
    }
    for (const { sql } of indexes) conn.exec(sql);
    conn.pragma('synchronous = FULL');
  } finally {
    await db.client.releaseConnection(conn);
  }
}

/**
 * Bulk load into PostgreSQL: unnest inserts (db/pg-batch.ts) of 1,000 responses and their
 * 55,000 answers each, without waiting for each commit's disk sync (a fresh database being
 * loaded), and without the per-row foreign-key checks (the generator keeps them true).
 */
async function loadPostgres(db: Db, responseOf: ResponseOf): Promise<void> {
  const PER_STATEMENT = 1000;
  const now = nowIso();
  for (let r = 0; r < SCALE.responses; r += PER_STATEMENT) {
    const responses: Record<string, unknown>[] = [];
    const answers: Record<string, unknown>[] = [];
    for (let k = r; k < Math.min(r + PER_STATEMENT, SCALE.responses); k++) {
      const { id, org, answers: own } = responseOf(k);
      responses.push({
        id,
        round_id: ROUND_ID,
        organisation_id: org.id,
        status: 'submitted',
        language: 'fi',
        revision: 0,
        created_at: now,
        submitted_at: now,
      });
      for (const a of own)
        answers.push({
          response_id: id,
          round_id: ROUND_ID,
          organisation_id: org.id,
          area_id: a.place.area.id,
          standard_id: a.place.standard.id,
          indicator_id: a.place.indicator.id,
          value: a.value,
          not_applicable: a.na,
          text: a.text,
        });
    }
    await db.transaction(async (trx) => {
      await trx.raw('set local synchronous_commit = off');
      await trx.raw('set local session_replication_role = replica');
      await insertUnnest(trx, 'responses', responses);
      await insertUnnest(trx, 'answers', answers);
    });
    if (r % 10_000 === 0) log(`loaded ${r} responses`);
  }
  await db.raw('analyze');
}
