/**
 * Rollups: the figures of every area, standard and indicator per
 * organisation, per region and for the whole round, kept current by the
 * rollup applier (applier.ts) from the responses a submit leaves pending.
 * Results read these few rows, never the answers.
 */
import type { Knex } from 'knex';
import { type Executor, isPostgres } from '../db/knex';
import type { WriteStep } from '../db/write-ops';
import type { Answers } from '../instrument/answers';
import type { Instrument } from '../instrument/schema';

export type ElementKind = 'area' | 'standard' | 'indicator';
export type ElementDelta = { kind: ElementKind; id: string; responses: number; sum: number; count: number; na: number };
export type RollupDelta = { elements: ElementDelta[]; distribution: { indicatorId: string; value: number }[] };

/** What one submitted response adds: per element whether it scored, the sum and count of scores, and the "not applicable"s. */
export function rollupDelta(instrument: Instrument, answers: Answers): RollupDelta {
  const elements: ElementDelta[] = [];
  const distribution: RollupDelta['distribution'] = [];
  const add = (kind: ElementKind, id: string, parts: ElementDelta[]) => {
    const count = parts.reduce((n, p) => n + p.count, 0);
    elements.push({
      kind,
      id,
      responses: count > 0 ? 1 : 0,
      sum: parts.reduce((n, p) => n + p.sum, 0),
      count,
      na: parts.reduce((n, p) => n + p.na, 0),
    });
  };
  for (const area of instrument.areas) {
    const areaParts: ElementDelta[] = [];
    for (const standard of area.standards) {
      const standardParts: ElementDelta[] = [];
      for (const indicator of standard.indicators) {
        if (indicator.kind !== 'rating') continue;
        const answer = answers[indicator.id];
        const value = typeof answer?.value === 'number' ? answer.value : undefined;
        const part = {
          kind: 'indicator' as const,
          id: indicator.id,
          responses: value === undefined ? 0 : 1,
          sum: value ?? 0,
          count: value === undefined ? 0 : 1,
          na: answer?.na ? 1 : 0,
        };
        if (value !== undefined) distribution.push({ indicatorId: indicator.id, value });
        elements.push(part);
        standardParts.push(part);
      }
      add('standard', standard.id, standardParts);
      areaParts.push(...standardParts);
    }
    add('area', area.id, areaParts);
  }
  return { elements, distribution };
}

/** SQL for peopleOf(r.participants). */
const WEIGHT = 'case when r.participants is null or r.participants < 1 then 1 else r.participants end';

const FIGURE_KEY = ['round_id', 'level', 'region_code', 'organisation_id', 'element_id'];

function increments(db: Executor, table: string, columns: string[]) {
  return Object.fromEntries(columns.map((c) => [c, db.raw(`${table}.${c} + excluded.${c}`)]));
}

/** The people a response counts toward the minimum: one, or a working group's participants. */
export const peopleOf = (participants: number | null | undefined): number =>
  participants && participants > 1 ? participants : 1;

export type RollupTarget = { roundId: string; organisationId: string; regionCode: string; participants: number };

const CHUNK = 200;

type ElementSums = {
  kind: ElementKind;
  responses: number;
  people: number;
  score_sum: number;
  score_count: number;
  na_count: number;
};
type OrganisationSum = {
  roundId: string;
  organisationId: string;
  regionCode: string;
  responses: number;
  participants: number;
  people: number;
  elements: Map<string, ElementSums>;
  distribution: Map<string, { indicatorId: string; value: number; count: number }>;
};
type RowMap = Map<string, Record<string, string | number>>;
type BuiltRows = { organisations: RowMap; figures: RowMap; distribution: RowMap };

/**
 * What a batch of submitted responses adds to the rollups, summed in memory
 * first: a batch of a hundred responses of one region writes each of its
 * region and round rows once, not a hundred times.
 */
export class RollupBatch {
  /** Per round and organisation, per element: the batch's responses summed as they come (short keys, plain adds). */
  private readonly sums = new Map<string, OrganisationSum>();
  private readonly rounds = new Set<string>();
  /** The rollup rows of `sums`, built once when the batch is written. */
  private built: BuiltRows | undefined;

  get size(): number {
    return this.rounds.size;
  }

  add(target: RollupTarget, delta: RollupDelta): void {
    const { roundId, organisationId, regionCode } = target;
    const people = peopleOf(target.participants);
    this.rounds.add(roundId);
    this.built = undefined;
    const key = `${roundId}\u0000${organisationId}`;
    let own = this.sums.get(key);
    if (!own) {
      own = {
        roundId,
        organisationId,
        regionCode,
        responses: 0,
        participants: 0,
        people: 0,
        elements: new Map(),
        distribution: new Map(),
      };
      this.sums.set(key, own);
    }
    own.responses += 1;
    own.participants += target.participants;
    own.people += people;
    for (const e of delta.elements) {
      let sums = own.elements.get(e.id);
      if (!sums) {
        sums = { kind: e.kind, responses: 0, people: 0, score_sum: 0, score_count: 0, na_count: 0 };
        own.elements.set(e.id, sums);
      }
      sums.responses += e.responses;
      sums.people += e.responses * people;
      sums.score_sum += e.sum;
      sums.score_count += e.count;
      sums.na_count += e.na;
    }
    for (const d of delta.distribution) {
      const k = `${d.indicatorId}\u0000${d.value}`;
      const row = own.distribution.get(k);
      if (row) row.count += 1;
      else own.distribution.set(k, { indicatorId: d.indicatorId, value: d.value, count: 1 });
    }
  }

  private get organisations() {
    return this.build().organisations;
  }

  private get figures() {
    return this.build().figures;
  }

  private get distribution() {
    return this.build().distribution;
  }

  /** The rows to add: each organisation's sums, and their sums per region and for the round. */
  private build(): BuiltRows {
    if (this.built) return this.built;
    const built: BuiltRows = { organisations: new Map(), figures: new Map(), distribution: new Map() };
    for (const own of this.sums.values()) {
      const { roundId, organisationId, regionCode } = own;
      sum(
        built.organisations,
        [roundId, organisationId],
        { round_id: roundId, organisation_id: organisationId, region_code: regionCode },
        { responses: own.responses, participants: own.participants, people: own.people },
      );
      const levels = [
        { level: 'organisation', region_code: regionCode, organisation_id: organisationId },
        { level: 'region', region_code: regionCode, organisation_id: '' },
        { level: 'round', region_code: '', organisation_id: '' },
      ];
      for (const l of levels) {
        for (const [id, { kind, ...counts }] of own.elements) {
          sum(
            built.figures,
            [roundId, l.level, l.region_code, l.organisation_id, id],
            { round_id: roundId, ...l, element_kind: kind, element_id: id },
            counts,
          );
        }
      }
      for (const d of own.distribution.values()) {
        sum(
          built.distribution,
          [roundId, organisationId, d.indicatorId, String(d.value)],
          { round_id: roundId, organisation_id: organisationId, indicator_id: d.indicatorId, value: d.value },
          { count: d.count },
        );
      }
    }
    this.built = built;
    return built;
  }

  /**
   * The same as `write`, as write-queue steps (db/write-ops.ts): how the
   * SQLite applier hands a batch to the writer thread. Rows go in key order.
   */
  steps(): WriteStep[] {
    if (this.rounds.size === 0) return [];
    return [
      { update: 'rounds', where: { id: [...this.rounds].sort() }, add: { results_version: 1 } },
      {
        insert: 'rollup_organisations',
        rows: ordered(this.organisations),
        merge: { key: ['round_id', 'organisation_id'], add: ['responses', 'participants', 'people'] },
      },
      {
        insert: 'rollup_figures',
        rows: ordered(this.figures),
        merge: { key: FIGURE_KEY, add: ['responses', 'people', 'score_sum', 'score_count', 'na_count'] },
      },
      {
        insert: 'rollup_distribution',
        rows: ordered(this.distribution),
        merge: { key: ['round_id', 'organisation_id', 'indicator_id', 'value'], add: ['count'] },
      },
    ];
  }

  /**
   * Adds the batch to the rollups and raises the results version of every
   * round it touches; call inside the transaction that also removes the
   * batch's pending rows. Rows go in key order, so that two writers on
   * PostgreSQL take their row locks in the same order.
   */
  async write(trx: Executor): Promise<void> {
    if (this.rounds.size === 0) return;
    await trx('rounds')
      .whereIn('id', [...this.rounds].sort())
      .increment('results_version', 1);
    await upsert(
      trx,
      'rollup_organisations',
      this.organisations,
      ['round_id', 'organisation_id'],
      ['responses', 'participants', 'people'],
    );
    await upsert(trx, 'rollup_figures', this.figures, FIGURE_KEY, [
      'responses',
      'people',
      'score_sum',
      'score_count',
      'na_count',
    ]);
    await upsert(
      trx,
      'rollup_distribution',
      this.distribution,
      ['round_id', 'organisation_id', 'indicator_id', 'value'],
      ['count'],
    );
  }
}

function sum(
  into: Map<string, Record<string, string | number>>,
  key: string[],
  identity: Record<string, string | number>,
  counts: Record<string, number>,
): void {
  const k = key.join('\u0000');
  const row = into.get(k);
  if (!row) {
    into.set(k, { ...identity, ...counts });
    return;
  }
  for (const [column, n] of Object.entries(counts)) row[column] = (row[column] as number) + n;
}

/** Rows in key order: two writers on PostgreSQL take their row locks in the same order. */
function ordered(rows: Map<string, Record<string, string | number>>): Record<string, string | number>[] {
  return [...rows.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([, row]) => row);
}

async function upsert(
  trx: Executor,
  table: string,
  rows: Map<string, Record<string, string | number>>,
  key: string[],
  counts: string[],
): Promise<void> {
  const sorted = ordered(rows);
  for (let i = 0; i < sorted.length; i += CHUNK) {
    await trx(table)
      .insert(sorted.slice(i, i + CHUNK))
      .onConflict(key)
      .merge(increments(trx, table, counts));
  }
}

/**
 * Rebuilds the rollups from the stored answers with plain GROUP BYs: after a
 * bulk load, and to prove (in a test) that the incremental rollups agree.
 * The rebuild counts every stored response, so it also takes the round's
 * responses off the pending list; on PostgreSQL it holds the pending list
 * locked, so that no submit commits between the two.
 */
export async function rebuildRollups(db: Knex, roundId?: string): Promise<void> {
  const only = (q: Knex.QueryBuilder, column = 'round_id') => (roundId ? q.where(column, roundId) : q);
  await db.transaction(async (trx) => {
    if (isPostgres(trx)) await trx.raw('lock table rollup_pending in exclusive mode');
    await only(trx('rollup_pending')).delete();
    await only(trx('rounds'), 'id').increment('results_version', 1);
    for (const table of ['rollup_distribution', 'rollup_figures', 'rollup_organisations'])
      await only(trx(table)).delete();
    const bind = roundId ? [roundId] : [];
    const where = (alias: string) => (roundId ? `and ${alias}.round_id = ?` : '');
    await trx.raw(
      `insert into rollup_organisations (round_id, organisation_id, region_code, responses, participants, people)
       select r.round_id, r.organisation_id, o.region_code, count(*), coalesce(sum(r.participants), 0), sum(${WEIGHT})
       from responses r join organisations o on o.id = r.organisation_id
       where r.status = 'submitted' ${where('r')}
       group by r.round_id, r.organisation_id, o.region_code`,
      bind,
    );
    for (const [kind, column] of [
      ['indicator', 'indicator_id'],
      ['standard', 'standard_id'],
      ['area', 'area_id'],
    ] as const) {
      await trx.raw(
        `insert into rollup_figures (round_id, level, region_code, organisation_id, element_kind, element_id, responses, people, score_sum, score_count, na_count)
         select s.round_id, 'organisation', s.region_code, s.organisation_id, '${kind}', s.element_id,
                sum(s.scored), sum(s.scored * s.weight), sum(s.score_sum), sum(s.score_count), sum(s.na_count)
         from (
           select a.round_id, o.region_code, a.organisation_id, a.${column} as element_id, a.response_id,
                  max(${WEIGHT}) as weight,
                  max(case when a.value is not null then 1 else 0 end) as scored,
                  coalesce(sum(a.value), 0) as score_sum, count(a.value) as score_count,
                  sum(case when a.not_applicable then 1 else 0 end) as na_count
           from answers a join organisations o on o.id = a.organisation_id join responses r on r.id = a.response_id
           where a.indicator_id is not null ${where('a')}
           group by a.round_id, o.region_code, a.organisation_id, a.${column}, a.response_id
         ) s
         group by s.round_id, s.region_code, s.organisation_id, s.element_id`,
        bind,
      );
    }
    // Open-text indicators have no figures; the incremental path skips them too.
    await trx.raw(
      `delete from rollup_figures where level = 'organisation' and element_kind = 'indicator' and score_count = 0 and na_count = 0 ${where('rollup_figures')}`,
      bind,
    );
    for (const [level, region] of [
      ['region', 'region_code'],
      ['round', "''"],
    ] as const) {
      await trx.raw(
        `insert into rollup_figures (round_id, level, region_code, organisation_id, element_kind, element_id, responses, people, score_sum, score_count, na_count)
         select f.round_id, '${level}', ${region === 'region_code' ? 'f.region_code' : "''"}, '', f.element_kind, f.element_id,
                sum(f.responses), sum(f.people), sum(f.score_sum), sum(f.score_count), sum(f.na_count)
         from rollup_figures f where f.level = 'organisation' ${where('f')}
         group by f.round_id, ${region === 'region_code' ? 'f.region_code, ' : ''}f.element_kind, f.element_id`,
        bind,
      );
    }
    await trx.raw(
      `insert into rollup_distribution (round_id, organisation_id, indicator_id, value, count)
       select a.round_id, a.organisation_id, a.indicator_id, a.value, count(*)
       from answers a where a.value is not null ${where('a')}
       group by a.round_id, a.organisation_id, a.indicator_id, a.value`,
      bind,
    );
  });
}
