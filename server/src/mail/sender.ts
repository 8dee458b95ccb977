/**
 * Sending: the SMTP transport (nodemailer) and the worker that empties the
 * outbox. With no SMTP_URL there is no transport and nothing is sent: the
 * messages wait in the outbox, where administrators read them.
 */
import nodemailer, { type Transporter } from 'nodemailer';
import type { Logger } from 'pino';
import type { MailSettings } from '../config';
import type { Db } from '../db/knex';
import { claimDue, markFailed, markSent } from './outbox';
import type { MailContent } from './templates';

export type Mailer = {
  send(to: string, content: MailContent, messageId?: string): Promise<void>;
  close(): void;
};

const transports = new Map<string, Transporter>();

/** The mailer of the settings, or null when no SMTP server is configured. */
export function mailerFor(settings: MailSettings): Mailer | null {
  const url = settings.smtpUrl;
  if (!url) return null;
  let transport = transports.get(url);
  if (!transport) {
    transport = nodemailer.createTransport(url, { from: settings.from });
    transports.set(url, transport);
  }
  const t = transport;
  return {
    async send(to, content, messageId) {
      await t.sendMail({
        to,
        subject: content.subject,
        text: content.text,
        html: content.html,
        // The outbox id as Message-ID: a receiver can tell a resend after a crash from a new message.
        ...(messageId ? { messageId: `<${messageId}@laatupeili>` } : {}),
      });
    },
    close() {
      t.close();
      transports.delete(url);
    },
  };
}

/** What an SMTP error says, without the message (the address may be in it). */
function describe(err: unknown): string {
  const e = err as { code?: string; responseCode?: number; command?: string };
  return [e.code, e.responseCode, e.command].filter(Boolean).join(' ') || 'sending failed';
}

/** Sends every message that is due once; returns how many were sent and how many failed. */
export async function sendDueMail(db: Db, mailer: Mailer, now = () => new Date()) {
  let sent = 0;
  let failed = 0;
  for (;;) {
    const batch = await claimDue(db, now());
    if (batch.length === 0) return { sent, failed };
    for (const mail of batch) {
      try {
        await mailer.send(mail.recipient, mail, mail.id);
        await markSent(db, mail.id, now());
        sent++;
      } catch (err) {
        await markFailed(db, mail, describe(err), now());
        failed++;
      }
    }
  }
}

export type Ticker = { stop(): Promise<void> };

/**
 * Runs `tick` every `intervalMs` (never two at once) until stopped. The mail
 * worker and the reminder scheduler run on it in every server process.
 */
export function every(intervalMs: number, tick: () => Promise<unknown>, logger?: Logger, what = 'tick'): Ticker {
  let running: Promise<unknown> = Promise.resolve();
  let stopped = false;
  const timer = setInterval(() => {
    running = running.then(async () => {
      if (stopped) return;
      try {
        await tick();
      } catch (err) {
        logger?.error({ err }, `${what} failed`);
      }
    });
  }, intervalMs);
  timer.unref();
  return {
    async stop() {
      stopped = true;
      clearInterval(timer);
      await running;
    },
  };
}
