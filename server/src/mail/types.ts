/** The outbox API's shapes (shared with the client). */
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

/** After mailing a round's invitations: how many went, and which organisations got none (no contact or link). */
export type InvitationMailResult = { sent: number; missing: { id: string; name: string }[] };

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
