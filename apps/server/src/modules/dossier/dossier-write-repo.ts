import type { LocalDate } from '@motcua/core';
import { and, eq, sql } from 'drizzle-orm';
import type { PgInsertValue } from 'drizzle-orm/pg-core';
import type { Executor } from '../../db/database.ts';
import { dossier, dossierEvent, dossierSequence } from '../../db/schema/index.ts';

/**
 * What a command writes about dossiers: the day's code number, the new row, the next state, the events.
 * The inserts return their drizzle builder: it runs when awaited, or a command queues it in its write
 * batch (db/write-batch.ts) to send every last write in one statement.
 */
export function createDossierWriteRepo(db: Executor) {
  return {
    /**
     * The next number of the receiving unit's day (DESIGN §13: an agency at the province center, a branch): one row
     * per unit-day, so units never wait on each other (DESIGN §3).
     */
    async nextSequence(unitCode: string, day: LocalDate): Promise<number> {
      const [row] = await db
        .insert(dossierSequence)
        .values({ unitCode, day, last: 1 })
        .onConflictDoUpdate({
          target: [dossierSequence.unitCode, dossierSequence.day],
          set: { last: sql`${dossierSequence.last} + 1` },
        })
        .returning({ last: dossierSequence.last });
      return row!.last;
    },

    /** The insert of a dossier whose id the caller chose (its row from `newDossierRow`). */
    insert: (row: PgInsertValue<typeof dossier> & { id: string }) => db.insert(dossier).values(row),

    /** Writes the next state only over the version the caller saw: 0 rows means someone else was first. */
    async updateIfVersion(
      id: string,
      expectedVersion: number,
      columns: Partial<typeof dossier.$inferInsert>,
    ): Promise<boolean> {
      const rows = await db
        .update(dossier)
        .set(columns)
        .where(and(eq(dossier.id, id), eq(dossier.version, expectedVersion)))
        .returning({ id: dossier.id });
      return rows.length === 1;
    },

    /** The update of the look-up secret's hash (a reception or a reissue gave a new secret; the old one stops working). */
    setSecretHash: (id: string, secretHash: string) => db.update(dossier).set({ secretHash }).where(eq(dossier.id, id)),

    /** The insert of events; null when there are none. */
    appendEvents: (rows: (typeof dossierEvent.$inferInsert)[]) =>
      rows.length > 0 ? db.insert(dossierEvent).values(rows) : null,
  };
}
export type DossierWriteRepo = ReturnType<typeof createDossierWriteRepo>;
