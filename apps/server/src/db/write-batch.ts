import { sql, type SQL } from 'drizzle-orm';
import type { Executor } from './database.ts';

/** An insert or update built with drizzle and not awaited (awaiting a builder runs it at once). */
export type QueuedWrite = { getSQL(): SQL };

export type Notice = { channel: string; payload: string };

export type WriteBatch = {
  /** Queues a write nobody reads back; `null` (nothing to write) is skipped. */
  add(write: QueuedWrite | null): void;
  /** Queues a NOTIFY: it leaves with the writes and, like any NOTIFY, is delivered when the transaction commits. */
  notify(notice: Notice): void;
  /** Sends what is queued as one statement, and empties the batch; an empty batch sends nothing. */
  flush(): Promise<void>;
};

/**
 * A command's writes that need no answer from the database (its event, statistics delta, outbox mail,
 * stored answer) go to the server as ONE statement of data-modifying CTEs: one round trip instead of one
 * per write (DESIGN §10 "Intake"; every round trip costs both processes a system call and a wake-up).
 * PostgreSQL runs each data-modifying CTE exactly once and checks foreign keys when the statement ends,
 * so a dossier and its events may share a batch. Two queued writes must not change the same row (the
 * order of CTEs is not defined); a read of a queued table sees the writes only after `flush`.
 */
export function createWriteBatch(tx: Executor): WriteBatch {
  let writes: QueuedWrite[] = [];
  let notices: Notice[] = [];
  return {
    add(write) {
      if (write) writes.push(write);
    },
    notify(notice) {
      notices.push(notice);
    },
    async flush() {
      const statement = batchStatement(writes, notices);
      writes = [];
      notices = [];
      if (statement) await tx.execute(statement);
    },
  };
}

/** `with w0 as (…), w1 as (…) select pg_notify(…), …` — or the one write alone. */
export function batchStatement(writes: readonly QueuedWrite[], notices: readonly Notice[]): SQL | null {
  if (writes.length === 0 && notices.length === 0) return null;
  if (writes.length === 1 && notices.length === 0) return writes[0]!.getSQL();
  const ctes = writes.map((w, i) => sql`${sql.raw(`w${i}`)} as (${w.getSQL()})`);
  const selected =
    notices.length === 0
      ? sql`1`
      : sql.join(
          notices.map((n) => sql`pg_notify(${n.channel}, ${n.payload})`),
          sql`, `,
        );
  return ctes.length === 0 ? sql`select ${selected}` : sql`with ${sql.join(ctes, sql`, `)} select ${selected}`;
}
