/** Opening and changing rounds, and their invitation links. */

import { randomBytes, randomUUID } from 'node:crypto';
import { audit } from '../audit/log';
import type { SessionUser } from '../auth/types';
import { type Db, type Executor, nowIso } from '../db/knex';
import { nameColumns } from '../db/names';
import { AppError, ConflictError, NotFoundError, ValidationError } from '../http/errors';
import type { ErrorDetail } from '../http/types';
import { forgetInvitations } from '../responses/invitation';
import { minimumProblems } from './minimums';
import { presentRound } from './present';
import { findRound, type RoundRow, roundHasResponses } from './queries';
import type { CreateRoundBody, UpdateRoundBody } from './schemas';
import { DEFAULT_MIN_GROUP_SIZE, type InvitationMode, type InvitationView, type RoundSummary } from './types';

/** 256 random bits, URL-safe: the invitation link's secret. */
export const newInvitationToken = () => randomBytes(32).toString('base64url');

async function checkOrganisations(db: Executor, user: SessionUser, ids: string[]): Promise<void> {
  const rows = await db('organisations').whereIn('id', ids).select('id', 'region_code');
  const byId = new Map(rows.map((r) => [String(r.id), String(r.region_code)]));
  const problems = ids.flatMap((id, i) => {
    const region = byId.get(id);
    if (!region)
      return [{ path: `organisationIds[${i}]`, code: 'unknown_organisation', message: 'no such organisation' }];
    if (user.role === 'coordinator' && region !== user.regionCode) {
      return [{ path: `organisationIds[${i}]`, code: 'outside_region', message: 'not an organisation of your region' }];
    }
    return [];
  });
  if (problems.length > 0) throw new ValidationError('some organisations cannot take part', problems);
}

/** A new round's minimum when none is given: the usual 5, or the floor when that is higher. */
export const defaultMinGroupSize = (floor: number) => Math.max(DEFAULT_MIN_GROUP_SIZE, floor);

const sharingNeedsGroups = (): ErrorDetail => ({
  path: 'shareGroupAnswers',
  code: 'not_group_mode',
  message: 'only answers given by working groups can be shared with the other groups',
});

/**
 * @param floor the configured lowest minimum group size (MIN_GROUP_SIZE_FLOOR)
 */
export async function createRound(db: Db, user: SessionUser, body: CreateRoundBody, floor: number): Promise<string> {
  if (user.role === 'manager') throw new AppError(403, 'forbidden', 'only administrators and coordinators open rounds');
  const minGroupSize = body.minGroupSize ?? defaultMinGroupSize(floor);
  const problems = [
    ...minimumProblems({
      next: { minGroupSize, minTextGroupSize: body.minTextGroupSize },
      setting: { minGroupSize: true, minTextGroupSize: true },
      floor,
    }),
    ...(body.shareGroupAnswers && body.mode !== 'group' ? [sharingNeedsGroups()] : []),
  ];
  if (problems.length > 0) throw new ValidationError('the round settings are not valid', problems);
  const version = await db('instrument_versions')
    .where({ instrument_id: body.instrumentId, version: body.instrumentVersion })
    .first('id', 'status');
  if (!version) {
    throw new ValidationError('unknown instrument version', [
      {
        path: 'instrumentVersion',
        code: 'unknown_instrument',
        message: `no ${body.instrumentId} ${body.instrumentVersion}`,
      },
    ]);
  }
  if (version.status !== 'published') {
    throw new ConflictError(
      'instrument_not_published',
      `${body.instrumentId} ${body.instrumentVersion} is ${version.status}: it takes no new rounds`,
    );
  }
  const organisationIds = [...new Set(body.organisationIds)];
  await checkOrganisations(db, user, organisationIds);
  const id = randomUUID();
  await db.transaction(async (trx) => {
    await trx('rounds').insert({
      id,
      ...nameColumns(body.name),
      instrument_version_id: version.id,
      opens_at: body.opensAt,
      closes_at: body.closesAt,
      min_group_size: minGroupSize,
      min_text_group_size: body.minTextGroupSize,
      share_group_answers: body.shareGroupAnswers,
      introduction: body.introduction ? JSON.stringify(body.introduction) : null,
      video_url: body.videoUrl ?? null,
      language: body.language,
      region_code: user.role === 'coordinator' ? user.regionCode : null,
      created_by: user.id,
      created_at: nowIso(),
    });
    await trx('round_organisations').insert(organisationIds.map((o) => ({ round_id: id, organisation_id: o })));
    await trx('invitations').insert(
      organisationIds.map((o) => ({
        token: newInvitationToken(),
        round_id: id,
        organisation_id: o,
        mode: body.mode,
        created_at: nowIso(),
      })),
    );
    await audit(
      trx,
      user,
      'round.create',
      { type: 'round', id },
      {
        organisations: organisationIds.length,
        instrument: `${body.instrumentId} ${body.instrumentVersion}`,
        minGroupSize,
        minTextGroupSize: body.minTextGroupSize,
        shareGroupAnswers: body.shareGroupAnswers,
      },
    );
  });
  return id;
}

/** One changed field of a round, for the audit log: old → new (texts that may be long only as changed). */
export type RoundChange = { field: keyof UpdateRoundBody; from?: unknown; to?: unknown };

function roundChanges(before: RoundSummary, after: RoundSummary, body: UpdateRoundBody): RoundChange[] {
  const fields = Object.keys(body) as (keyof UpdateRoundBody)[];
  return fields.flatMap((field): RoundChange[] => {
    const from = before[field];
    const to = after[field];
    if (JSON.stringify(from) === JSON.stringify(to)) return [];
    return field === 'introduction' ? [{ field }] : [{ field, from, to }];
  });
}

/** A round's settings as the API names them (the instrument's title plays no part in a change). */
const settingsOf = (row: RoundRow): RoundSummary => presentRound(row, { title: { fi: '' } });

async function hasGroupInvitation(db: Executor, roundId: string): Promise<boolean> {
  const row = await db('invitations')
    .where({ round_id: roundId, mode: 'group' })
    .whereNull('revoked_at')
    .first('token');
  return row !== undefined;
}

/**
 * Changes a round. Once a response exists (a draft counts: its author was
 * promised the minimum when they began) the minimums can only go up and the
 * sharing of group answers stays as it was announced.
 */
export async function updateRound(
  db: Db,
  user: SessionUser,
  id: string,
  body: UpdateRoundBody,
  floor: number,
): Promise<void> {
  await db.transaction(async (trx) => {
    const round = await findRound(trx, id);
    if (!round) throw new NotFoundError('the round');
    const before = settingsOf(round);
    const opens = body.opensAt ?? round.opens_at;
    const closes = body.closesAt ?? round.closes_at;
    const hasResponses = await roundHasResponses(trx, id);
    const next = {
      minGroupSize: body.minGroupSize ?? before.minGroupSize,
      minTextGroupSize: body.minTextGroupSize !== undefined ? body.minTextGroupSize : before.minTextGroupSize,
    };
    const sharing = body.shareGroupAnswers ?? before.shareGroupAnswers;
    const problems: ErrorDetail[] = [
      ...(closes <= opens ? [{ path: 'closesAt', message: 'the round must close after it opens' }] : []),
      ...minimumProblems({
        next,
        setting: {
          minGroupSize: body.minGroupSize !== undefined,
          minTextGroupSize: body.minTextGroupSize !== undefined,
        },
        floor,
        current: { ...before, hasResponses },
      }),
      ...(sharing !== before.shareGroupAnswers && hasResponses
        ? [
            {
              path: 'shareGroupAnswers',
              code: 'sharing_locked',
              message: 'responses exist: whether group answers are shared was announced at the start and stays',
            },
          ]
        : []),
      ...(sharing && !before.shareGroupAnswers && !(await hasGroupInvitation(trx, id)) ? [sharingNeedsGroups()] : []),
    ];
    if (problems.length > 0) throw new ValidationError('the round cannot be changed so', problems);

    await trx('rounds')
      .where('id', id)
      .update({
        ...(body.name ? nameColumns(body.name) : {}),
        opens_at: opens,
        closes_at: closes,
        min_group_size: next.minGroupSize,
        min_text_group_size: next.minTextGroupSize,
        share_group_answers: sharing,
        ...(body.introduction !== undefined
          ? { introduction: body.introduction ? JSON.stringify(body.introduction) : null }
          : {}),
        ...(body.videoUrl !== undefined ? { video_url: body.videoUrl } : {}),
        ...(body.language !== undefined ? { language: body.language } : {}),
      });
    const after = settingsOf((await findRound(trx, id)) as RoundRow);
    const changes = roundChanges(before, after, body);
    if (changes.length > 0) await audit(trx, user, 'round.update', { type: 'round', id }, { changes });
  });
  forgetInvitations();
}

export async function listInvitations(db: Executor, roundId: string, user: SessionUser): Promise<InvitationView[]> {
  const q = db('invitations as i')
    .join('organisations as o', 'o.id', 'i.organisation_id')
    .select('i.organisation_id', 'i.mode', 'i.token', 'i.created_at')
    .where('i.round_id', roundId)
    .whereNull('i.revoked_at')
    .orderBy('o.name');
  if (user.role === 'coordinator') q.where('o.region_code', user.regionCode ?? '');
  if (user.role === 'manager') q.whereIn('i.organisation_id', user.organisationIds);
  const rows = await q;
  return rows.map((r) => ({
    organisationId: r.organisation_id,
    mode: r.mode,
    token: r.token,
    createdAt: r.created_at,
  }));
}

/** A new link for an organisation; the old one stops working at once. */
export async function regenerateInvitation(
  db: Db,
  user: SessionUser,
  roundId: string,
  organisationId: string,
  mode?: InvitationMode,
): Promise<InvitationView> {
  const current = await db('invitations')
    .where({ round_id: roundId, organisation_id: organisationId })
    .whereNull('revoked_at')
    .first();
  if (!current) throw new NotFoundError('the organisation in this round');
  const view: InvitationView = {
    organisationId,
    mode: mode ?? current.mode,
    token: newInvitationToken(),
    createdAt: nowIso(),
  };
  await db.transaction(async (trx) => {
    await trx('invitations').where('token', current.token).update({ revoked_at: view.createdAt });
    await trx('invitations').insert({
      token: view.token,
      round_id: roundId,
      organisation_id: organisationId,
      mode: view.mode,
      created_at: view.createdAt,
    });
    await audit(
      trx,
      user,
      'invitation.regenerate',
      { type: 'round', id: roundId },
      { organisationId, mode: view.mode },
    );
  });
  forgetInvitations();
  return view;
}
