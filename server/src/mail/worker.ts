/**
 * The background work of every server process: reminders that have come due
 * are turned into messages, and due messages are sent. Several processes on
 * one PostgreSQL share the work without sending anything twice (see
 * outbox.ts and rounds.ts).
 */
import type { Logger } from 'pino';
import type { AppSettings } from '../config';
import type { Db } from '../db/knex';
import { sendDueReminders } from './rounds';
import { every, mailerFor, sendDueMail, type Ticker } from './sender';

export const WORKER_INTERVAL_MS = 5_000;

export function startMailWorker(db: Db, settings: AppSettings, logger: Logger): Ticker {
  const mailer = mailerFor(settings.mail);
  if (!mailer) logger.info('no SMTP_URL: mail is kept in the outbox for administrators to read (/admin/outbox)');
  const ticker = every(
    WORKER_INTERVAL_MS,
    async () => {
      await sendDueReminders(db, settings.publicUrl);
      if (mailer) await sendDueMail(db, mailer);
    },
    logger,
    'mail worker',
  );
  return {
    async stop() {
      await ticker.stop();
      mailer?.close();
    },
  };
}
