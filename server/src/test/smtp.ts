/** A real SMTP server in the test process (smtp-server): what the service sends arrives here. */
import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';
import type { Db } from '../db/knex';
import { mailerFor, sendDueMail } from '../mail/sender';

export type Received = { to: string[]; raw: string };

export type TestSmtp = {
  url: string;
  received: Received[];
  /** Listens again on the same port after `stop()`. */
  start(): Promise<void>;
  stop(): Promise<void>;
};

/** Starts an SMTP server on a free port of 127.0.0.1; `down` leaves it stopped (the port stays reserved for it). */
export async function startTestSmtp(options: { down?: boolean } = {}): Promise<TestSmtp> {
  const received: Received[] = [];
  const create = () =>
    new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS', 'AUTH'],
      logger: false,
      onData(stream, session, done) {
        const chunks: Buffer[] = [];
        stream.on('data', (c: Buffer) => chunks.push(c));
        stream.on('end', () => {
          received.push({
            to: session.envelope.rcptTo.map((r) => r.address),
            raw: Buffer.concat(chunks).toString('utf8'),
          });
          done();
        });
      },
    });
  let server = create();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.server.address() as AddressInfo).port;
  const stop = () => new Promise<void>((resolve) => server.close(() => resolve()));
  if (options.down) await stop();
  return {
    url: `smtp://127.0.0.1:${port}`,
    received,
    async start() {
      server = create();
      await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
    },
    stop,
  };
}

/** The plain-text part of a received message, quoted-printable undone. */
export function plainText(raw: string): string {
  const part = raw.split(/Content-Type: text\/plain[^\n]*\n/i)[1] ?? raw;
  const body =
    part
      .split(/\r?\n\r?\n/)
      .slice(1)
      .join('\n\n')
      .split(/\r?\n--/)[0] ?? '';
  return body
    .replace(/=\r?\n/g, '')
    .replace(/(=[0-9A-F]{2})+/g, (m) => Buffer.from(m.replaceAll('=', ''), 'hex').toString('utf8'));
}

/** The first link in a received message's text that starts with `prefix`. */
export function linkIn(raw: string, prefix: string): string | undefined {
  const text = plainText(raw);
  const at = text.indexOf(prefix);
  return at < 0 ? undefined : text.slice(at).split(/\s/)[0];
}

/** Sends what the outbox holds to the test SMTP server, as the worker would. */
export async function deliver(db: Db, smtp: TestSmtp): Promise<void> {
  const mailer = mailerFor({ smtpUrl: smtp.url, from: 'Laatupeili <no-reply@laatupeili.example>' });
  if (!mailer) throw new Error('no mailer');
  try {
    await sendDueMail(db, mailer);
  } finally {
    mailer.close();
  }
}
