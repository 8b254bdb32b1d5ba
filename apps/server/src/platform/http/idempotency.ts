import { createHash } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import type { Database, Transaction } from '../../db/database.ts';
import { createWriteBatch, type WriteBatch } from '../../db/write-batch.ts';
import { idempotencyKey } from '../../db/schema/index.ts';
import { AppError } from '../errors/app-error.ts';

export type CommandAnswer<T> = { status: number; body: T };

export const requestHash = (value: unknown): string => createHash('sha256').update(JSON.stringify(value)).digest('hex');

/** `Idempotency-Key` header: 8 to 200 visible characters (a UUID in practice). */
export function idempotencyKeyOf(headers: Record<string, unknown>): string {
  const key = headers['idempotency-key'];
  if (typeof key !== 'string' || !/^[\x21-\x7e]{8,200}$/.test(key))
    throw new AppError('request.idempotency_key_required');
  return key;
}

/**
 * Runs a command once per (user, key) (DESIGN §3): the key's row is inserted first in the command's own
 * transaction, so a concurrent repeat waits on it and then reads the stored answer; a repeat after
 * commit reads it at once and writes nothing. A failed command rolls back with its key: a retry runs anew.
 * The command may queue its last writes in `batch`: they leave with the stored answer, in one statement.
 */
export async function runOnce<T>(
  db: Database,
  scope: { userId: string; key: string; hash: string; at: Date },
  command: (tx: Transaction, batch: WriteBatch) => Promise<CommandAnswer<T>>,
): Promise<CommandAnswer<T>> {
  const stored = await db.transaction(async (tx) => {
    const claimed = await tx
      .insert(idempotencyKey)
      .values({
        userId: scope.userId,
        key: scope.key,
        requestHash: scope.hash,
        status: 0,
        body: {},
        createdAt: scope.at,
      })
      .onConflictDoNothing()
      .returning({ key: idempotencyKey.key });
    if (claimed.length === 0) return undefined;
    const batch = createWriteBatch(tx);
    const answer = await command(tx, batch);
    batch.add(
      tx
        .update(idempotencyKey)
        .set({ status: answer.status, body: answer.body as object })
        .where(and(eq(idempotencyKey.userId, scope.userId), eq(idempotencyKey.key, scope.key))),
    );
    await batch.flush();
    return answer;
  });
  if (stored) return stored;
  const [first] = await db
    .select({ hash: idempotencyKey.requestHash, status: idempotencyKey.status, body: idempotencyKey.body })
    .from(idempotencyKey)
    .where(and(eq(idempotencyKey.userId, scope.userId), eq(idempotencyKey.key, scope.key)));
  if (!first || first.hash !== scope.hash) throw new AppError('request.idempotency_key_reused');
  return { status: first.status, body: first.body as T };
}
