/**
 * Shared reflections: the evidence texts and open answers of a round, for
 * those who took part. Texts follow the strictest rule: those of an
 * organisation with fewer people than the round's text minimum are shown to
 * nobody, its own respondents included. A respondent also gets their own
 * organisation's texts apart, when the disclosure rule allows it (`textScopes`).
 */
import { type Executor, toBool, toNumber } from '../db/knex';
import { flattenIndicators, type Instrument } from '../instrument/schema';
import { settledFreshness } from '../results/applier';
import { type TextScopes, textMinimum, textScopes } from '../results/disclosure';
import { textOrganisations } from '../results/queries';
import { peopleOf } from '../results/rollups';
import type { RoundRow } from '../rounds/queries';
import type { Reflections, ReflectionTexts, SharedGroupAnswers } from './types';

type ReflectionRound = Pick<RoundRow, 'id' | 'min_group_size' | 'min_text_group_size' | 'share_group_answers'>;

export type ReflectionReader =
  /** A respondent: never their own texts back; their organisation's apart when the rule allows it. */
  | { kind: 'respondent'; responseId: string; organisationId: string }
  /** Staff: a coordinator reads their own region's organisations only. */
  | { kind: 'staff'; regionCode?: string };

type TextRow = { organisation_id: string; indicator_id: string; text: string };

export async function roundReflections(
  db: Executor,
  round: ReflectionRound,
  instrument: Instrument,
  reader: ReflectionReader,
): Promise<Reflections> {
  // Which organisations have enough people for texts comes from the rollups: as current as they are.
  // The scopes read the rollups once they have taken in what was submitted before this request.
  const freshness = await settledFreshness(db, round.id);
  const scopes = reader.kind === 'respondent' ? await respondentScopes(db, round, reader) : undefined;
  const anyShown = !scopes || scopes.round === null || scopes.organisation === null;
  const rows: TextRow[] = anyShown
    ? await db('answers')
        .select('organisation_id', 'indicator_id', 'text')
        .where('round_id', round.id)
        .whereNotNull('text')
        .whereIn('organisation_id', textOrganisations(db, round))
        .modify((q) => {
          if (reader.kind === 'respondent') {
            q.whereNot('response_id', reader.responseId);
            if (scopes?.round !== null) q.where('organisation_id', reader.organisationId);
          }
          if (reader.kind === 'staff' && reader.regionCode !== undefined)
            q.whereIn('organisation_id', db('organisations').select('id').where('region_code', reader.regionCode));
        })
        // Sorted by text, not by time or response: the order tells nothing of who wrote what.
        .orderBy(['indicator_id', 'text'])
    : [];
  const byIndicator = (of: readonly TextRow[]): ReflectionTexts[] => {
    const texts = new Map<string, string[]>();
    for (const r of of) texts.set(r.indicator_id, [...(texts.get(r.indicator_id) ?? []), r.text]);
    return flattenIndicators(instrument)
      .map((e) => ({ indicatorId: e.indicator.id, texts: texts.get(e.indicator.id) ?? [] }))
      .filter((i) => i.texts.length > 0);
  };
  return {
    roundId: round.id,
    ...freshness,
    minTextGroupSize: textMinimum(round),
    withheld: scopes?.round ?? null,
    indicators: scopes && scopes.round !== null ? [] : byIndicator(rows),
    organisation:
      reader.kind === 'respondent' && scopes
        ? {
            withheld: scopes.organisation,
            indicators:
              scopes.organisation === null
                ? byIndicator(rows.filter((r) => r.organisation_id === reader.organisationId))
                : [],
          }
        : null,
    shared:
      round.share_group_answers && reader.kind === 'respondent'
        ? await sharedGroupAnswers(db, round.id, instrument, reader.responseId)
        : null,
  };
}

/**
 * Which of a respondent's two views the rule allows (`textScopes`): the people behind
 * each organisation from the rollups, and the people the reader's own response counts for.
 */
async function respondentScopes(
  db: Executor,
  round: ReflectionRound,
  reader: Extract<ReflectionReader, { kind: 'respondent' }>,
): Promise<TextScopes> {
  const [organisations, response] = await Promise.all([
    db('rollup_organisations').select('organisation_id', 'people').where('round_id', round.id),
    db('responses').select('participants').where('id', reader.responseId).first(),
  ]);
  const own = organisations.find((o) => o.organisation_id === reader.organisationId);
  return textScopes({
    minimum: textMinimum(round),
    own: own ? toNumber(own.people) : 0,
    known: peopleOf(response?.participants ?? null),
    others: organisations.filter((o) => o !== own).map((o) => toNumber(o.people)),
  });
}

/** Every other group's submitted answers by group name: only in a round that promised so at its start. */
async function sharedGroupAnswers(
  db: Executor,
  roundId: string,
  instrument: Instrument,
  ownResponseId: string,
): Promise<SharedGroupAnswers[]> {
  const responses: { id: string; group_name: string | null; organisation: string }[] = await db('responses as r')
    .join('organisations as o', 'o.id', 'r.organisation_id')
    .select('r.id', 'r.group_name', 'o.name as organisation')
    .where({ 'r.round_id': roundId, 'r.status': 'submitted' })
    .whereNot('r.id', ownResponseId)
    .orderBy(['o.name', 'r.group_name', 'r.id']);
  if (responses.length === 0) return [];
  const answers = await db('answers')
    .select('response_id', 'indicator_id', 'value', 'not_applicable', 'text')
    .whereIn(
      'response_id',
      responses.map((r) => r.id),
    );
  const order = new Map(flattenIndicators(instrument).map((e, i) => [e.indicator.id, i]));
  return responses.map((r) => ({
    group: r.group_name ?? '',
    organisation: r.organisation,
    answers: answers
      .filter((a) => a.response_id === r.id)
      .sort((a, b) => (order.get(a.indicator_id) ?? 0) - (order.get(b.indicator_id) ?? 0))
      .map((a) => ({
        indicatorId: String(a.indicator_id),
        value: a.value === null ? null : toNumber(a.value),
        notApplicable: toBool(a.not_applicable),
        text: a.text ?? null,
      })),
  }));
}
