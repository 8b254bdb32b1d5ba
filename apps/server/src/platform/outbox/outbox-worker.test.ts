import { createServer } from 'node:net';
import { eq, isNull, count } from 'drizzle-orm';
import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../../db/database.ts';
import { center, outbox } from '../../db/schema/index.ts';
import { createTestDatabase } from '../../test/test-database.ts';
import { createOutboxRepo } from './outbox-repo.ts';
import { createOutboxWorker, retryDelayMs } from './outbox-worker.ts';
import { smtpTransport } from './smtp-transport.ts';

const freePort = () =>
  new Promise<number>((resolve) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });

/** A real SMTP server on loopback that records every message it accepts. */
function startSmtp(port: number) {
  const received: { messageId: string; to: string; body: string }[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    onData(stream, session, callback) {
      let body = '';
      stream.on('data', (c: Buffer) => (body += c.toString('utf8')));
      stream.on('end', () => {
        received.push({
          messageId: /^Message-ID: (.*)$/im.exec(body)?.[1]?.trim() ?? '',
          to: session.envelope.rcptTo.map((r) => r.address).join(','),
          body,
        });
        callback();
      });
    },
  });
  return new Promise<{ received: typeof received; close: () => Promise<void> }>((resolve) => {
    server.listen(port, '127.0.0.1', () =>
      resolve({ received, close: () => new Promise((r) => server.close(() => r())) }),
    );
  });
}

describe('the outbox sends each mail exactly once, even when the SMTP server is down for a while', () => {
  let handle: DatabaseHandle;
  let centerId: string;
  let clock = new Date('2025-03-10T03:00:00Z');
  beforeAll(async () => {
    handle = await createTestDatabase();
    // A mail belongs to a center; nothing else of a seeded database is needed here.
    const [row] = await handle.db
      .insert(center)
      .values({ code: 'T01', name: 'Trung tâm thử nghiệm', level: 'province', effectiveFrom: '2024-01-01' })
      .returning({ id: center.id });
    centerId = row!.id;
  });
  afterAll(() => handle.close());

  it('retries with back-off while the server is down, then delivers each mail once', async () => {
    const port = await freePort();
    const transport = smtpTransport(
      `smtp://127.0.0.1:${port}?ignoreTLS=true&connectionTimeout=2000`,
      'motcua <no-reply@motcua.test>',
    );
    const now = () => clock;
    const worker = createOutboxWorker({ db: handle.db, transport, now });
    const mails = ['an', 'binh', 'cuong', 'dung', 'giang'].map((name, i) => ({
      centerId,
      kind: 'mail' as const,
      dedupeKey: `test:${name}`,
      payload: {
        to: `${name}@example.vn`,
        subject: 'Tiếp nhận hồ sơ',
        text: `Hồ sơ số ${i + 1} đã được tiếp nhận.`,
        messageId: `<test-${name}@motcua.test>`,
      },
    }));
    await createOutboxRepo(handle.db).add(mails, clock);
    await createOutboxRepo(handle.db).add(mails.slice(0, 1), clock); // the same command repeated: nothing new

    // The SMTP server is down: every attempt fails, nothing is marked sent, each waits its back-off.
    expect(await worker.tick()).toBe(0);
    expect(await worker.tick()).toBe(0); // nothing due again before the back-off
    const pending = await handle.db
      .select({ attempts: outbox.attempts, lastError: outbox.lastError })
      .from(outbox)
      .where(isNull(outbox.sentAt));
    expect(pending).toHaveLength(5);
    expect(pending.every((p) => p.attempts === 1 && p.lastError)).toBe(true);

    const smtp = await startSmtp(port);
    try {
      clock = new Date(clock.getTime() + retryDelayMs(1) + 1000);
      // Two workers at once (two server processes): each entry goes to one of them.
      const other = createOutboxWorker({ db: handle.db, transport, now });
      const sent = (await Promise.all([worker.tick(), other.tick()])).reduce((a, b) => a + b, 0);
      expect(sent).toBe(5);
      clock = new Date(clock.getTime() + 60 * 60_000);
      expect(await worker.tick()).toBe(0);
      expect(smtp.received.map((m) => m.messageId).sort()).toEqual(mails.map((m) => m.payload.messageId).sort());
      expect(smtp.received.find((m) => m.messageId === '<test-an@motcua.test>')!.to).toBe('an@example.vn');
      const [unsent] = await handle.db.select({ n: count() }).from(outbox).where(isNull(outbox.sentAt));
      expect(unsent!.n).toBe(0);
      const [first] = await handle.db
        .select({ attempts: outbox.attempts })
        .from(outbox)
        .where(eq(outbox.dedupeKey, 'test:an'));
      expect(first!.attempts).toBe(2);
    } finally {
      await smtp.close();
    }
  }, 60_000);

  it('a claim is exclusive while it lasts', async () => {
    const repo = createOutboxRepo(handle.db);
    await repo.add(
      [
        {
          centerId,
          kind: 'mail',
          dedupeKey: 'test:lease',
          payload: { to: 'x@example.vn', subject: 's', text: 't', messageId: '<lease@motcua.test>' },
        },
      ],
      clock,
    );
    const [a, b] = await Promise.all([repo.claim(clock, 10, 60_000), repo.claim(clock, 10, 60_000)]);
    expect(a!.length + b!.length).toBe(1);
  });
  it('a mail accepted while the database went away is marked sent on the next pass, never sent again', async () => {
    await createOutboxRepo(handle.db).add(
      [
        {
          centerId,
          kind: 'mail',
          dedupeKey: 'test:outage',
          payload: { to: 'h@example.vn', subject: 's', text: 't', messageId: '<outage@motcua.test>' },
        },
      ],
      clock,
    );
    // The database is cut right after the SMTP server accepted the mail: writing `sent_at` fails as a lost connection does.
    let cut = false;
    const db = new Proxy(handle.db, {
      get(target, property, receiver) {
        if (property === 'update' && cut) {
          cut = false;
          throw new Error('Connection terminated unexpectedly');
        }
        return Reflect.get(target, property, receiver);
      },
    });
    const accepted: string[] = [];
    const transport = {
      send: async (m: { messageId: string }) => {
        accepted.push(m.messageId);
        cut = m.messageId === '<outage@motcua.test>';
      },
    };
    const worker = createOutboxWorker({ db, transport, now: () => clock, leaseMs: 60_000 });
    await expect(worker.tick()).rejects.toThrow('Connection terminated');
    expect(await worker.tick()).toBe(0);
    clock = new Date(clock.getTime() + 60 * 60_000); // long past the lease
    await worker.tick();
    expect(accepted.filter((id) => id === '<outage@motcua.test>')).toHaveLength(1);
    const [row] = await handle.db
      .select({ sentAt: outbox.sentAt })
      .from(outbox)
      .where(eq(outbox.dedupeKey, 'test:outage'));
    expect(row!.sentAt).not.toBeNull();
  });
});
