/** Action plans: improvement actions on an organisation's weak spots, followed up in the next round. */
import { randomUUID } from 'node:crypto';
import type { SessionUser } from '../auth/types';
import { type Executor, nowIso } from '../db/knex';
import { NotFoundError, ValidationError } from '../http/errors';
import { organisationResults } from '../results/service';
import { findRound, roundInstrument } from '../rounds/queries';
import type { CreateActionBody, UpdateActionBody } from './schemas';
import type { ActionPlan, ActionStatus, ActionView, RegionActionView, Suggestion, TargetKind } from './types';

type ActionRow = {
  id: string;
  round_id: string;
  organisation_id: string;
  target_kind: TargetKind;
  target_id: string;
  title: string;
  responsible: string;
  due_date: string;
  status: ActionStatus;
  notes: string | null;
  created_at: string;
  updated_at: string;
};

const today = () => new Date().toISOString().slice(0, 10);

export function presentAction(r: ActionRow, on = today()): ActionView {
  return {
    id: r.id,
    roundId: r.round_id,
    organisationId: r.organisation_id,
    targetKind: r.target_kind,
    targetId: r.target_id,
    title: r.title,
    responsible: r.responsible,
    dueDate: r.due_date,
    status: r.status,
    notes: r.notes,
    overdue: r.status !== 'done' && r.due_date < on,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  };
}

export type Scope = { roundId: string; organisationId: string };

export async function listActions(db: Executor, scope: Scope): Promise<ActionView[]> {
  const rows: ActionRow[] = await db('action_items')
    .where({ round_id: scope.roundId, organisation_id: scope.organisationId })
    .orderBy([{ column: 'due_date' }, { column: 'created_at' }]);
  return rows.map((r) => presentAction(r));
}

/** The plan with the report's weakest shown figures as suggestions: five indicators and three standards. */
export async function actionPlan(db: Executor, scope: Scope, viewer: SessionUser): Promise<ActionPlan> {
  const report = await organisationResults(db, scope.roundId, scope.organisationId, { kind: 'staff', user: viewer });
  const weakest = <T extends { index: number | null }>(xs: T[], k: number) =>
    xs
      .filter((x) => x.index !== null)
      .sort((a, b) => a.index! - b.index!)
      .slice(0, k);
  const standards = report.areas.flatMap((a) => a.standards);
  const suggestions: Suggestion[] = [
    ...weakest(standards, 3).map(({ id, n, mean, index, band, hidden, reason }) => ({
      targetKind: 'standard' as const,
      targetId: id,
      n,
      mean,
      index,
      band,
      hidden,
      reason,
    })),
    ...weakest(
      standards.flatMap((s) => s.indicators),
      5,
    ).map(({ id, n, mean, index, band, hidden, reason }) => ({
      targetKind: 'indicator' as const,
      targetId: id,
      n,
      mean,
      index,
      band,
      hidden,
      reason,
    })),
  ];
  return { actions: await listActions(db, scope), suggestions };
}

async function checkTarget(db: Executor, roundId: string, kind: TargetKind, id: string): Promise<void> {
  const round = await findRound(db, roundId);
  if (!round) throw new NotFoundError('the round');
  const instrument = await roundInstrument(db, round);
  const standards = instrument.areas.flatMap((a) => a.standards);
  const ids =
    kind === 'standard' ? standards.map((s) => s.id) : standards.flatMap((s) => s.indicators.map((i) => i.id));
  if (!ids.includes(id)) {
    throw new ValidationError('unknown target', [
      {
        path: 'targetId',
        code: 'unknown_target',
        message: `"${id}" is not ${kind === 'standard' ? 'a standard' : 'an indicator'} of this round's instrument`,
      },
    ]);
  }
}

export async function createAction(
  db: Executor,
  user: SessionUser,
  scope: Scope,
  body: CreateActionBody,
): Promise<ActionView> {
  await checkTarget(db, scope.roundId, body.targetKind, body.targetId);
  const now = nowIso();
  const row: ActionRow = {
    id: randomUUID(),
    round_id: scope.roundId,
    organisation_id: scope.organisationId,
    target_kind: body.targetKind,
    target_id: body.targetId,
    title: body.title,
    responsible: body.responsible,
    due_date: body.dueDate,
    status: body.status,
    notes: body.notes ?? null,
    created_at: now,
    updated_at: now,
  };
  await db('action_items').insert({ ...row, created_by: user.id });
  return presentAction(row);
}

async function findAction(db: Executor, scope: Scope, id: string): Promise<ActionRow> {
  const row = await db('action_items')
    .where({ id, round_id: scope.roundId, organisation_id: scope.organisationId })
    .first();
  if (!row) throw new NotFoundError('the action');
  return row;
}

export async function updateAction(
  db: Executor,
  scope: Scope,
  id: string,
  body: UpdateActionBody,
): Promise<ActionView> {
  await findAction(db, scope, id);
  await db('action_items')
    .where('id', id)
    .update({
      ...(body.title !== undefined ? { title: body.title } : {}),
      ...(body.responsible !== undefined ? { responsible: body.responsible } : {}),
      ...(body.dueDate !== undefined ? { due_date: body.dueDate } : {}),
      ...(body.status !== undefined ? { status: body.status } : {}),
      ...(body.notes !== undefined ? { notes: body.notes } : {}),
      updated_at: nowIso(),
    });
  return presentAction(await findAction(db, scope, id));
}

export async function deleteAction(db: Executor, scope: Scope, id: string): Promise<void> {
  await findAction(db, scope, id);
  await db('action_items').where('id', id).delete();
}

/** Every action of a round in a region (coordinators) or in the whole round (administrators), with organisation names. */
export async function roundActions(db: Executor, roundId: string, regionCode?: string): Promise<RegionActionView[]> {
  const q = db('action_items as a')
    .join('organisations as o', 'o.id', 'a.organisation_id')
    .select('a.*', 'o.name as organisation_name', 'o.region_code')
    .where('a.round_id', roundId)
    .orderBy(['o.name', 'a.due_date']);
  if (regionCode) q.where('o.region_code', regionCode);
  const rows = await q;
  return rows.map((r) => ({
    ...presentAction(r),
    organisationName: String(r.organisation_name),
    regionCode: String(r.region_code),
  }));
}
