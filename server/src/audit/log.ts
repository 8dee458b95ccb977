/**
 * The audit log: who did what, when, to what. Administrative changes,
 * signing in and out (failed attempts too, never the password), and every
 * export and raw-data download.
 */
import type { SessionUser } from '../auth/types';
import { type Executor, toNumber } from '../db/knex';
import { auditNames } from './names';
import type { AuditEntry } from './types';

export type Actor = Pick<SessionUser, 'id' | 'email'> | { id: null; email: string };

/** Records an action; call it inside the action's transaction so both land or neither. */
export async function audit(
  db: Executor,
  actor: Actor,
  action: string,
  target: { type: string; id?: string | null },
  details?: Record<string, unknown>,
): Promise<void> {
  await db('audit_log').insert({
    at: new Date().toISOString(),
    user_id: actor.id,
    user_email: actor.email,
    action,
    target_type: target.type,
    target_id: target.id ?? null,
    details: details ? JSON.stringify(details) : null,
  });
}

/** Newest first, paged by id. */
export async function listAudit(
  db: Executor,
  { limit, before }: { limit: number; before?: number },
): Promise<AuditEntry[]> {
  const q = db('audit_log').orderBy('id', 'desc').limit(limit);
  if (before) q.where('id', '<', before);
  const rows = (await q).map((r) => ({ ...r, details: r.details ? JSON.parse(r.details) : null }));
  const names = await auditNames(db, rows);
  return rows.map((r) => {
    const organisation = names.organisation(r.details?.organisationId);
    const region = names.region(r.details?.regionCode);
    return {
      id: toNumber(r.id),
      at: r.at,
      userId: r.user_id,
      userEmail: r.user_email,
      action: r.action,
      targetType: r.target_type,
      targetId: r.target_id,
      targetName: names.target(r),
      details: r.details,
      detailNames: { ...(organisation ? { organisation } : {}), ...(region ? { region } : {}) },
    };
  });
}

export type ExportKind = 'results' | 'raw_answers' | 'reflections' | 'action_plan';

/**
 * Records a download before it is sent (no file leaves untracked): which
 * export of which round, and for what part of it.
 */
export async function auditExport(
  db: Executor,
  user: SessionUser,
  kind: ExportKind,
  what: { roundId: string; format: 'csv' | 'xlsx'; organisationId?: string; regionCode?: string; language?: string },
): Promise<void> {
  const { roundId, ...details } = what;
  await audit(db, user, `export.${kind}`, { type: 'round', id: roundId }, details);
}
