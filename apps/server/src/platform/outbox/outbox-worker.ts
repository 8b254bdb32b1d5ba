import type { Database } from '../../db/database.ts';
import { connectionErrorSummary } from '../../db/connection-errors.ts';
import { createOutboxRepo, type MailMessage } from './outbox-repo.ts';

export type MailTransport = { send: (message: MailMessage) => Promise<void> };

/** Back-off after the n-th failed attempt: 10 s, 20 s, 40 s… capped at 30 minutes. */
export const retryDelayMs = (attempts: number) => Math.min(10_000 * 2 ** Math.max(0, attempts - 1), 30 * 60_000);

/**
 * Sends what the outbox holds after commit (DESIGN §3): claimed under a lease, sent outside any
 * transaction, then marked sent; a failure is retried later with back-off. An entry is marked sent
 * only after the SMTP server accepted it, so it is never lost; it carries a fixed Message-ID, so a
 * rare repeat after a crash between the two is recognisable as the same mail.
 */
export function createOutboxWorker(deps: {
  db: Database;
  transport: MailTransport;
  now: () => Date;
  batchSize?: number;
  leaseMs?: number;
  log?: (msg: string) => void;
}) {
  const repo = createOutboxRepo(deps.db);
  const batchSize = deps.batchSize ?? 20;
  const leaseMs = deps.leaseMs ?? 5 * 60_000;

  /**
   * Entries the SMTP server accepted whose `sent_at` could not be written (the database went away meanwhile). They
   * are marked before anything is claimed again, well within their lease: sent again only if this process dies.
   */
  const unmarked = new Map<number, Date>();

  async function markUnmarked(): Promise<number> {
    for (const [id, at] of unmarked) {
      await repo.markSent(id, at);
      unmarked.delete(id);
    }
    return unmarked.size;
  }

  /** One pass: returns how many entries were sent. A database error ends the pass; the next one retries. */
  async function tick(): Promise<number> {
    await markUnmarked();
    const claimed = await repo.claim(deps.now(), batchSize, leaseMs);
    let sent = 0;
    for (const entry of claimed) {
      try {
        await deps.transport.send(entry.payload);
      } catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        await repo.markFailed(entry.id, new Date(deps.now().getTime() + retryDelayMs(entry.attempts)), message);
        deps.log?.(`outbox: entry ${entry.id} failed (attempt ${entry.attempts}): ${message}`);
        continue;
      }
      unmarked.set(entry.id, deps.now());
      await repo.markSent(entry.id, unmarked.get(entry.id)!);
      unmarked.delete(entry.id);
      sent++;
    }
    return sent;
  }

  let timer: NodeJS.Timeout | undefined;
  let running: Promise<unknown> = Promise.resolve();
  return {
    tick,
    /** Polls every `intervalMs` until stopped; LISTEN/NOTIFY can wake it sooner later. */
    start(intervalMs = 5000) {
      const loop = () => {
        running = tick()
          .catch((error: unknown) =>
            deps.log?.(`outbox: pass failed, retried next time: ${connectionErrorSummary(error)}`),
          )
          .finally(() => {
            if (timer) timer = setTimeout(loop, intervalMs);
          });
      };
      timer = setTimeout(loop, 0);
    },
    async stop() {
      clearTimeout(timer);
      timer = undefined;
      await running;
    },
  };
}
