import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../db/knex';
import { createTestDb, openAgain } from '../test/db';
import { plainText, startTestSmtp, type TestSmtp } from '../test/smtp';
import { CLAIM_MS, claimDue, enqueueMail, MAX_ATTEMPTS } from './outbox';
import { mailerFor, sendDueMail } from './sender';

let db: Db;
let smtp: TestSmtp;

beforeAll(async () => {
  db = await createTestDb();
  smtp = await startTestSmtp({ down: true });
});
afterAll(async () => {
  await smtp.stop().catch(() => undefined);
  await db.destroy();
});

const reset = (n: number) => ({
  kind: 'password_reset' as const,
  link: `https://laatupeili.example/reset/${n}`,
  minutes: 60,
});
const settings = () => ({ smtpUrl: smtp.url, from: 'Laatupeili <no-reply@laatupeili.example>' });

describe('the outbox', () => {
  it('loses nothing and doubles nothing when SMTP is down, comes back, and the sender restarts', async () => {
    const t0 = new Date('2026-12-01T10:00:00Z');
    await db.transaction(async (trx) => {
      for (const n of [1, 2, 3])
        await enqueueMail(trx, { address: `staff${n}@test.example`, language: 'fi' }, reset(n), t0);
    });
    // A message of a change that was rolled back is never sent.
    await db
      .transaction(async (trx) => {
        await enqueueMail(trx, { address: 'rolled-back@test.example', language: 'fi' }, reset(4), t0);
        throw new Error('the change failed');
      })
      .catch(() => undefined);

    const down = mailerFor(settings())!;
    expect(await sendDueMail(db, down, () => t0)).toEqual({ sent: 0, failed: 3 });
    const waiting = await db('mail_outbox').orderBy('recipient');
    expect(waiting.map((m) => [m.status, Number(m.attempts), m.next_attempt_at])).toEqual(
      [1, 2, 3].map(() => ['pending', 1, '2026-12-01T10:00:30.000Z']),
    );
    // Not due before the backoff has passed.
    expect(await sendDueMail(db, down, () => new Date(t0.getTime() + 10_000))).toEqual({ sent: 0, failed: 0 });

    await smtp.start();
    // One message is claimed by a sender that then crashes before sending.
    const t1 = new Date(t0.getTime() + 31_000);
    const [crashed] = await claimDue(db, t1, 1);
    down.close();

    // "Restart": a new database handle and a new transport.
    const restarted = openAgain(db);
    try {
      const up = mailerFor(settings())!;
      expect(await sendDueMail(restarted, up, () => t1)).toEqual({ sent: 2, failed: 0 });
      // The crashed sender's claim lapses; the message is then sent once.
      expect(await sendDueMail(restarted, up, () => new Date(t1.getTime() + CLAIM_MS + 1))).toEqual({
        sent: 1,
        failed: 0,
      });
      expect(await sendDueMail(restarted, up, () => new Date(t1.getTime() + 3 * CLAIM_MS))).toEqual({
        sent: 0,
        failed: 0,
      });
      up.close();
    } finally {
      await restarted.destroy();
    }
    expect(crashed).toBeDefined();
    expect(smtp.received.map((r) => r.to[0]).sort()).toEqual([
      'staff1@test.example',
      'staff2@test.example',
      'staff3@test.example',
    ]);
    const statuses = await db('mail_outbox').pluck('status');
    expect(statuses).toEqual(['sent', 'sent', 'sent']);
    expect(plainText(smtp.received[0]!.raw)).toContain('https://laatupeili.example/reset/');
    expect(smtp.received[0]!.raw).toMatch(/Content-Type: text\/html/i);
  });

  it('two senders at once send every message exactly once', async () => {
    await db('mail_outbox').delete();
    smtp.received.length = 0;
    const now = new Date('2026-12-02T10:00:00Z');
    for (let n = 0; n < 30; n++)
      await enqueueMail(db, { address: `many${n}@test.example`, language: 'sv' }, reset(n), now);
    const a = mailerFor(settings())!;
    const results = await Promise.all([sendDueMail(db, a, () => now), sendDueMail(db, a, () => now)]);
    expect(results[0]!.sent + results[1]!.sent).toBe(30);
    expect(new Set(smtp.received.map((r) => r.to[0])).size).toBe(30);
    expect(smtp.received).toHaveLength(30);
    a.close();
  });

  it('marks a message failed after the last try', async () => {
    await db('mail_outbox').delete();
    await smtp.stop();
    let now = new Date('2026-12-03T10:00:00Z');
    await enqueueMail(db, { address: 'never@test.example', language: 'en' }, reset(9), now);
    const down = mailerFor(settings())!;
    for (let i = 0; i < MAX_ATTEMPTS; i++) {
      await sendDueMail(db, down, () => now);
      now = new Date(now.getTime() + 2 * 60 * 60_000);
    }
    down.close();
    const row = await db('mail_outbox').first();
    expect([row.status, Number(row.attempts)]).toEqual(['failed', MAX_ATTEMPTS]);
    expect(row.last_error).toMatch(/ECONNREFUSED|ESOCKET|ECONNECTION/);
  });
});
