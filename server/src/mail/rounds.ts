/**
 * A round's mail: invitations to each organisation's contact address with
 * its own link, and reminders scheduled before the closing date for the
 * organisations still below the round's minimum (never those that met it,
 * unless the reminder says so). Messages go through the outbox.
 */
import { randomUUID } from 'node:crypto';
import { type Actor, audit } from '../audit/log';
import { type Db, type Executor, toBool, toNumber } from '../db/knex';
import { ConflictError, NotFoundError, ValidationError } from '../http/errors';
import { LANGUAGES, type Language } from '../instrument/text';
import { enqueueMail } from './outbox';
import type { MailTemplate } from './templates';
import type {
  InvitationMailResult,
  InvitationMailStatus,
  InvitationMailTargets,
  ReminderView,
  ScheduleReminderInput,
} from './types';

type Recipient = {
  organisationId: string;
  name: string;
  email: string | null;
  language: Language;
  token: string | null;
  people: number;
  /** When the current link was mailed to the current address; null: not yet. */
  mailedAt: string | null;
};

async function loadRound(db: Executor, roundId: string) {
  const round = await db('rounds').where('id', roundId).first();
  if (!round) throw new NotFoundError('the round');
  return round;
}

/** The round's organisations with their contact, current link and the people who have answered. */
async function recipients(db: Executor, roundId: string): Promise<Recipient[]> {
  const rows = await db('round_organisations as ro')
    .join('organisations as o', 'o.id', 'ro.organisation_id')
    .leftJoin('rollup_organisations as r', (j) =>
      j.on('r.round_id', 'ro.round_id').andOn('r.organisation_id', 'ro.organisation_id'),
    )
    .where('ro.round_id', roundId)
    .select('o.id', 'o.name', 'o.contact_email', 'o.contact_language', 'r.people')
    .orderBy('o.name');
  const links = await db('invitations')
    .where('round_id', roundId)
    .whereNull('revoked_at')
    .orderBy('created_at', 'desc')
    .select('organisation_id', 'token', 'mailed_at', 'mailed_to');
  return rows.map((r) => {
    const link = links.find((l) => l.organisation_id === r.id);
    const email: string | null = r.contact_email ?? null;
    return {
      organisationId: String(r.id),
      name: String(r.name),
      email,
      language: (LANGUAGES as readonly string[]).includes(r.contact_language) ? r.contact_language : 'fi',
      token: link?.token ?? null,
      people: toNumber(r.people),
      mailedAt: link?.mailed_at && email !== null && link.mailed_to === email ? String(link.mailed_at) : null,
    };
  });
}

const mailable = (r: Recipient) => r.email !== null && r.token !== null;

/** Each organisation of the round: its contact, whether it has a link, and whether that link has been mailed. */
export async function invitationMailStatus(
  db: Executor,
  roundId: string,
  sending: boolean,
): Promise<InvitationMailStatus> {
  await loadRound(db, roundId);
  const all = await recipients(db, roundId);
  return {
    sending,
    organisations: all.map((r) => ({
      organisationId: r.organisationId,
      contactEmail: r.email,
      contactLanguage: r.language,
      hasLink: r.token !== null,
      mailedAt: r.mailedAt,
    })),
  };
}

const roundName = (round: Record<string, unknown>, lang: Language) =>
  String(round[`name_${lang}`] || round.name_fi || '');

async function enqueueFor(
  db: Executor,
  round: Record<string, unknown>,
  targets: Recipient[],
  publicUrl: string,
  kind: 'round_invitation' | 'round_reminder',
) {
  let sent = 0;
  for (const r of targets) {
    if (!r.email || !r.token) continue;
    const template: MailTemplate = {
      kind,
      organisation: r.name,
      round: roundName(round, r.language),
      link: `${publicUrl}/i/${r.token}`,
      closesAt: String(round.closes_at),
    };
    await enqueueMail(db, { address: r.email, language: r.language }, template);
    sent++;
  }
  return sent;
}

/**
 * Invitations to the organisations of the round that have a contact address and a link: by default
 * only to those whose current link has not yet gone to their current address (a second press, a
 * double click or a retried request sends nothing twice), or to all of them again.
 */
export async function mailRoundInvitations(
  db: Db,
  actor: Actor,
  roundId: string,
  publicUrl: string,
  to: InvitationMailTargets = 'unsent',
): Promise<InvitationMailResult> {
  return db.transaction(async (trx) => {
    const round = await loadRound(trx, roundId);
    const now = new Date().toISOString();
    if (round.closes_at <= now) throw new ConflictError('round_closed', 'the round has closed');
    const all = await recipients(trx, roundId);
    const ready = all.filter(mailable);
    const targets = to === 'all' ? ready : ready.filter((r) => r.mailedAt === null);
    const sent = await enqueueFor(trx, round, targets, publicUrl, 'round_invitation');
    for (const r of targets) {
      await trx('invitations').where('token', r.token).update({ mailed_at: now, mailed_to: r.email });
    }
    const missing = all.filter((r) => !mailable(r)).map((r) => ({ id: r.organisationId, name: r.name }));
    await audit(trx, actor, 'round.invitations_mailed', { type: 'round', id: roundId }, { sent, to });
    return { sent, missing, alreadySent: ready.length - targets.length };
  });
}

const presentReminder = (r: Record<string, unknown>): ReminderView => ({
  id: String(r.id),
  sendAt: String(r.send_at),
  includeMet: toBool(r.include_met),
  status: r.status as ReminderView['status'],
  recipients: r.recipients === null || r.recipients === undefined ? null : toNumber(r.recipients),
  sentAt: (r.sent_at as string | null) ?? null,
});

export async function listReminders(db: Executor, roundId: string): Promise<ReminderView[]> {
  await loadRound(db, roundId);
  const rows = await db('round_reminders').where('round_id', roundId).orderBy('send_at');
  return rows.map(presentReminder);
}

export async function scheduleReminder(
  db: Db,
  actor: Actor,
  roundId: string,
  body: ScheduleReminderInput,
  now = new Date(),
): Promise<ReminderView> {
  return db.transaction(async (trx) => {
    const round = await loadRound(trx, roundId);
    const sendAt = new Date(body.sendAt).toISOString();
    if (sendAt <= now.toISOString() || sendAt >= round.closes_at) {
      throw new ValidationError('the reminder must be sent before the round closes', [
        { path: 'sendAt', code: 'outside_round', message: 'choose a future moment before the round closes' },
      ]);
    }
    const id = randomUUID();
    await trx('round_reminders').insert({
      id,
      round_id: roundId,
      send_at: sendAt,
      include_met: body.includeMet ?? false,
      status: 'scheduled',
      created_by: actor.id,
      created_at: now.toISOString(),
    });
    await audit(
      trx,
      actor,
      'round.reminder_scheduled',
      { type: 'round', id: roundId },
      { sendAt, includeMet: body.includeMet ?? false },
    );
    return presentReminder(await trx('round_reminders').where('id', id).first());
  });
}

export async function cancelReminder(db: Db, actor: Actor, roundId: string, reminderId: string): Promise<ReminderView> {
  return db.transaction(async (trx) => {
    const row = await trx('round_reminders').where({ id: reminderId, round_id: roundId }).first();
    if (!row) throw new NotFoundError('the reminder');
    if (row.status !== 'scheduled') throw new ConflictError('reminder_not_scheduled', `the reminder is ${row.status}`);
    await trx('round_reminders').where('id', reminderId).update({ status: 'cancelled' });
    await audit(trx, actor, 'round.reminder_cancelled', { type: 'round', id: roundId }, { sendAt: row.send_at });
    return presentReminder({ ...row, status: 'cancelled' });
  });
}

/**
 * Turns every reminder that has come due into messages, each in one
 * transaction with its own status change: a reminder is taken once, by one
 * process, and its messages land with it or not at all.
 */
export async function sendDueReminders(db: Db, publicUrl: string, now = new Date()): Promise<number> {
  const due = await db('round_reminders')
    .where('status', 'scheduled')
    .where('send_at', '<=', now.toISOString())
    .pluck('id');
  let total = 0;
  for (const id of due) {
    total += await db.transaction(async (trx) => {
      const taken = await trx('round_reminders')
        .where({ id, status: 'scheduled' })
        .update({ status: 'sent', sent_at: now.toISOString() });
      if (!taken) return 0;
      const reminder = await trx('round_reminders').where('id', id).first();
      const round = await loadRound(trx, reminder.round_id);
      // A round that has closed gets no reminder.
      const all = round.closes_at > now.toISOString() ? await recipients(trx, reminder.round_id) : [];
      const minimum = toNumber(round.min_group_size);
      const targets = toBool(reminder.include_met) ? all : all.filter((r) => r.people < minimum);
      const sent = await enqueueFor(trx, round, targets, publicUrl, 'round_reminder');
      await trx('round_reminders').where('id', id).update({ recipients: sent });
      return sent;
    });
  }
  return total;
}
