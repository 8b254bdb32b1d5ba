import type { AuditEntry, AuditQuery } from '@motcua/core';
import { count, desc, eq } from 'drizzle-orm';
import type { Executor } from '../../db/database.ts';
import { adminAudit, appUser } from '../../db/schema/index.ts';

/** What an administrative change records (DESIGN §13): who, when, what, before and after. */
export type AuditChange = {
  at: Date;
  userId: string | null;
  entity: 'center' | 'agency' | 'officer' | 'counter' | 'officer_import';
  entityId: string;
  action: string;
  before: unknown;
  after: unknown;
};

/**
 * Appends one change, in the caller's transaction: the change and its audit row commit together or not at all
 * (DESIGN §3). The table refuses UPDATE and DELETE (migration 0021).
 */
export async function appendAudit(tx: Executor, change: AuditChange): Promise<void> {
  await tx.insert(adminAudit).values({ ...change, before: change.before ?? null, after: change.after ?? null });
}

/** The audit, newest first, paged; optionally one kind of thing. */
export async function listAudit(db: Executor, query: AuditQuery): Promise<{ items: AuditEntry[]; total: number }> {
  const where = query.entity ? eq(adminAudit.entity, query.entity) : undefined;
  const [rows, [total]] = await Promise.all([
    db
      .select({
        id: adminAudit.id,
        at: adminAudit.at,
        username: appUser.username,
        fullName: appUser.fullName,
        entity: adminAudit.entity,
        entityId: adminAudit.entityId,
        action: adminAudit.action,
        before: adminAudit.before,
        after: adminAudit.after,
      })
      .from(adminAudit)
      .leftJoin(appUser, eq(appUser.id, adminAudit.userId))
      .where(where)
      .orderBy(desc(adminAudit.id))
      .limit(query.pageSize)
      .offset((query.page - 1) * query.pageSize),
    db.select({ n: count() }).from(adminAudit).where(where),
  ]);
  return {
    items: rows.map((r) => ({
      id: r.id,
      at: r.at.toISOString(),
      user: r.username ? { username: r.username, fullName: r.fullName! } : null,
      entity: r.entity,
      entityId: r.entityId,
      action: r.action,
      before: r.before,
      after: r.after,
    })),
    total: total?.n ?? 0,
  };
}
