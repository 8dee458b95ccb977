/** The audit log of administrative actions: who, what, when, on what. */
import type { SessionUser } from '../auth/types';
import { type Executor, toNumber } from '../db/knex';
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
  const rows = await q;
  return rows.map((r) => ({
    id: toNumber(r.id),
    at: r.at,
    userId: r.user_id,
    userEmail: r.user_email,
    action: r.action,
    targetType: r.target_type,
    targetId: r.target_id,
    details: r.details ? JSON.parse(r.details) : null,
  }));
}
