import { and, asc, eq, inArray, isNull, lte, sql } from 'drizzle-orm';
import type { Executor } from '../../db/database.ts';
import { outbox } from '../../db/schema/index.ts';

export type MailMessage = { to: string; subject: string; text: string; messageId: string };
export type OutboxEntry = { id: number; kind: string; payload: MailMessage; attempts: number };
export type NewOutboxEntry = { centerId: string | null; kind: 'mail'; dedupeKey: string; payload: MailMessage };

export function createOutboxRepo(db: Executor) {
  return {
    /**
     * Written inside the command's transaction (DESIGN §3): runs when awaited, or is queued in the
     * command's write batch; null when there is nothing to send. A repeated dedupe key adds nothing.
     */
    add: (entries: NewOutboxEntry[], at: Date, options: { sent?: boolean } = {}) =>
      entries.length === 0
        ? null
        : db
            .insert(outbox)
            .values(entries.map((e) => ({ ...e, createdAt: at, availableAt: at, sentAt: options.sent ? at : null })))
            .onConflictDoNothing({ target: outbox.dedupeKey }),

    /**
     * Claims up to `limit` due entries for `leaseMs`: their `available_at` moves to the end of the lease,
     * so that another worker (another process) skips them, and takes them over only if this one dies.
     * SKIP LOCKED lets several workers claim at once without waiting for each other.
     */
    async claim(now: Date, limit: number, leaseMs: number): Promise<OutboxEntry[]> {
      const due = db
        .select({ id: outbox.id })
        .from(outbox)
        .where(and(isNull(outbox.sentAt), lte(outbox.availableAt, now)))
        .orderBy(asc(outbox.id))
        .limit(limit)
        .for('update', { skipLocked: true });
      const rows = await db
        .update(outbox)
        .set({ availableAt: new Date(now.getTime() + leaseMs), attempts: sql`${outbox.attempts} + 1` })
        .where(inArray(outbox.id, due))
        .returning({ id: outbox.id, kind: outbox.kind, payload: outbox.payload, attempts: outbox.attempts });
      return rows.map((r) => ({ ...r, payload: r.payload as MailMessage }));
    },

    async markSent(id: number, at: Date): Promise<void> {
      await db.update(outbox).set({ sentAt: at, lastError: null }).where(eq(outbox.id, id));
    },

    async markFailed(id: number, retryAt: Date, error: string): Promise<void> {
      await db
        .update(outbox)
        .set({ availableAt: retryAt, lastError: error.slice(0, 500) })
        .where(and(eq(outbox.id, id), isNull(outbox.sentAt)));
    },
  };
}
export type OutboxRepo = ReturnType<typeof createOutboxRepo>;
