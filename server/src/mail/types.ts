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
