/** How audit entries read in the log's table. */
import type { AuditEntry } from '@shared/audit/types';

export const AUDIT_ACTIONS = [
  'user.create',
  'user.update',
  'region.update',
  'organisation.create',
  'organisation.update',
  'round.create',
  'round.update',
  'invitation.regenerate',
  'instrument.import',
  'instrument.replace_draft',
  'instrument.publish',
  'instrument.retire',
  'instrument.delete_draft',
] as const;

type Action = (typeof AUDIT_ACTIONS)[number];
type Key<A> = A extends `${infer Resource}.${infer Verb}` ? `${Resource}_${Verb}` : never;
export type AuditActionKey = Key<Action>;

/** The translation key of a known action (`user.create` → `user_create`); unknown actions are shown as they are. */
export function auditActionKey(action: string): AuditActionKey | undefined {
  const known = AUDIT_ACTIONS.find((a) => a === action);
  return known ? (known.replace('.', '_') as AuditActionKey) : undefined;
}

/** The details as short `key: value` pairs, nested values as compact JSON. */
export function formatDetails(details: AuditEntry['details']): string {
  if (!details) return '';
  return Object.entries(details)
    .map(([key, value]) => `${key}: ${typeof value === 'string' ? value : JSON.stringify(value)}`)
    .join('; ');
}

/** The `before` cursor for the next page: the oldest id shown so far. */
export function nextCursor(entries: readonly Pick<AuditEntry, 'id'>[]): number | undefined {
  return entries.length > 0 ? Math.min(...entries.map((e) => e.id)) : undefined;
}
