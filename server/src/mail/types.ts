/** The outbox API's shapes (shared with the client). */
import type { Language } from '../instrument/text';

export const MAIL_STATUSES = ['pending', 'sending', 'sent', 'failed'] as const;
export type MailStatus = (typeof MAIL_STATUSES)[number];

export type OutboxMessage = {
  id: string;
  kind: string;
  recipient: string;
  language: string;
  subject: string;
  text: string;
  status: MailStatus;
  attempts: number;
  nextAttemptAt: string | null;
  sentAt: string | null;
  lastError: string | null;
  createdAt: string;
};

export type OutboxView = {
  /** False when no SMTP server is configured: nothing is sent, messages wait here to be read. */
  sending: boolean;
  messages: OutboxMessage[];
  counts: Record<MailStatus, number>;
};

export type OutboxQuery = { status?: MailStatus };

/**
 * After mailing a round's invitations: how many went, which organisations got none (no contact or link),
 * and how many were left out because their current link had already gone to their current address.
 */
export type InvitationMailResult = { sent: number; missing: { id: string; name: string }[]; alreadySent: number };

/** Whom "send the invitations" mails: only organisations not yet sent their current link (the default), or all again. */
export const INVITATION_MAIL_TARGETS = ['unsent', 'all'] as const;
export type InvitationMailTargets = (typeof INVITATION_MAIL_TARGETS)[number];
export type InvitationMailInput = { to?: InvitationMailTargets };

/** One organisation of a round as its invitation mail sees it. */
export type InvitationMailTarget = {
  organisationId: string;
  /** Its contact address; null: none, it gets no mail until one is added. */
  contactEmail: string | null;
  contactLanguage: Language;
  /** False when it has no working answer link. */
  hasLink: boolean;
  /** When its current link was mailed to its current address; null: not yet. */
  mailedAt: string | null;
};

export type InvitationMailStatus = {
  /** False when no SMTP server is configured: messages wait in the outbox. */
  sending: boolean;
  organisations: InvitationMailTarget[];
};

export type ReminderStatus = 'scheduled' | 'sent' | 'cancelled';

export type ReminderView = {
  id: string;
  sendAt: string;
  /** Also to organisations that have already met the round's minimum. */
  includeMet: boolean;
  status: ReminderStatus;
  recipients: number | null;
  sentAt: string | null;
};

/** A reminder before the round closes; by default only to organisations still below the minimum. */
export type ScheduleReminderInput = { sendAt: string; includeMet?: boolean };

/** "Send my resume code to this address": the address is used for this one message and not stored. */
export type ResumeCodeMailInput = { email: string };
