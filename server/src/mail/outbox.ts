/**
 * The durable outbox. A message is stored in the transaction of the change
 * that causes it, so either both land or neither; the sender (./sender.ts)
 * claims what is due, sends it and marks it sent, or schedules another try
 * with exponential backoff.
 */
import { randomUUID } from 'node:crypto';
import { type Executor, isPostgres, toNumber } from '../db/knex';
import { ConflictError, NotFoundError } from '../http/errors';
import type { Language } from '../instrument/text';
import { type MailTemplate, renderMail } from './templates';
import { MAIL_STATUSES, type MailStatus, type OutboxMessage, type OutboxView } from './types';

/** After this many failed tries a message is marked failed; an administrator can try again. */
export const MAX_ATTEMPTS = 8;
const FIRST_RETRY_MS = 30_000;
const MAX_RETRY_MS = 60 * 60_000;
/** A claim lapses after this: a sender that crashed mid-send gives its messages back. */
export const CLAIM_MS = 5 * 60_000;

/** Stores a message in the caller's transaction; it is sent after the transaction commits. */
export async function enqueueMail(
  db: Executor,
  to: { address: string; language: Language },
  template: MailTemplate,
  now = new Date(),
): Promise<string> {
  const id = randomUUID();
  const content = renderMail(template, to.language);
  await db('mail_outbox').insert({
    id,
    kind: template.kind,
    recipient: to.address,
    language: to.language,
    subject: content.subject,
    text_body: content.text,
    html_body: content.html,
    status: 'pending',
    attempts: 0,
    next_attempt_at: now.toISOString(),
    created_at: now.toISOString(),
  });
  return id;
}

export type ClaimedMail = {
  id: string;
  recipient: string;
  subject: string;
  text: string;
  html: string;
  attempts: number;
};

/**
 * Claims up to `limit` due messages for one sender. On PostgreSQL, FOR UPDATE
 * SKIP LOCKED lets several processes claim at once without ever taking the
 * same message; SQLite has one writer, so its UPDATE … RETURNING is enough.
 */
export async function claimDue(db: Executor, now = new Date(), limit = 20): Promise<ClaimedMail[]> {
  const at = now.toISOString();
  const due = db('mail_outbox')
    .select('id')
    .where((w) =>
      w
        .where((p) => p.where('status', 'pending').where('next_attempt_at', '<=', at))
        .orWhere((s) => s.where('status', 'sending').where('claimed_until', '<', at)),
    )
    .orderBy('created_at')
    .limit(limit);
  if (isPostgres(db)) due.forUpdate().skipLocked();
  const rows = await db('mail_outbox')
    .whereIn('id', due)
    .update({ status: 'sending', claimed_until: new Date(now.getTime() + CLAIM_MS).toISOString() })
    .returning(['id', 'recipient', 'subject', 'text_body', 'html_body', 'attempts']);
  return rows.map((r) => ({
    id: r.id,
    recipient: r.recipient,
    subject: r.subject,
    text: r.text_body,
    html: r.html_body,
    attempts: toNumber(r.attempts),
  }));
}

export async function markSent(db: Executor, id: string, now = new Date()): Promise<void> {
  await db('mail_outbox')
    .where({ id, status: 'sending' })
    .update({ status: 'sent', sent_at: now.toISOString(), claimed_until: null, last_error: null });
}

/** Another try later (30 s, 1 min, 2 min … at most an hour), or failed after MAX_ATTEMPTS. */
export async function markFailed(db: Executor, mail: ClaimedMail, error: string, now = new Date()): Promise<void> {
  const attempts = mail.attempts + 1;
  const wait = Math.min(FIRST_RETRY_MS * 2 ** (attempts - 1), MAX_RETRY_MS);
  await db('mail_outbox')
    .where({ id: mail.id, status: 'sending' })
    .update({
      status: attempts >= MAX_ATTEMPTS ? 'failed' : 'pending',
      attempts,
      next_attempt_at: new Date(now.getTime() + wait).toISOString(),
      claimed_until: null,
      last_error: error.slice(0, 500),
    });
}

const present = (r: Record<string, unknown>): OutboxMessage => ({
  id: String(r.id),
  kind: String(r.kind),
  recipient: String(r.recipient),
  language: String(r.language),
  subject: String(r.subject),
  text: String(r.text_body),
  status: r.status as MailStatus,
  attempts: toNumber(r.attempts),
  nextAttemptAt: r.status === 'pending' || r.status === 'failed' ? String(r.next_attempt_at) : null,
  sentAt: (r.sent_at as string | null) ?? null,
  lastError: (r.last_error as string | null) ?? null,
  createdAt: String(r.created_at),
});

/** The newest 200 messages (of one status, if asked) and how many there are of each status. */
export async function listOutbox(db: Executor, sending: boolean, status?: MailStatus): Promise<OutboxView> {
  const q = db('mail_outbox').orderBy('created_at', 'desc').orderBy('id').limit(200);
  if (status) q.where('status', status);
  const grouped = (await db('mail_outbox').select('status').count({ n: '*' }).groupBy('status')) as {
    status: MailStatus;
    n: unknown;
  }[];
  const counts = Object.fromEntries(MAIL_STATUSES.map((s) => [s, 0])) as Record<MailStatus, number>;
  for (const g of grouped) counts[g.status] = toNumber(g.n);
  return { sending, messages: (await q).map(present), counts };
}

/** A failed (or waiting) message is tried again now, with its count of tries started afresh; a sent one is not sent again. */
export async function retryMail(db: Executor, id: string, now = new Date()): Promise<OutboxMessage> {
  const changed = await db('mail_outbox')
    .where('id', id)
    .whereIn('status', ['failed', 'pending'])
    .update({ status: 'pending', attempts: 0, next_attempt_at: now.toISOString() });
  const row = await db('mail_outbox').where('id', id).first();
  if (!row) throw new NotFoundError('the message');
  if (!changed) throw new ConflictError('mail_not_retryable', `the message is ${row.status}, not waiting or failed`);
  return present(row);
}
