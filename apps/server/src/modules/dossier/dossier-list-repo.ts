import type { DossierListScope } from '@motcua/core';
import { and, asc, count, eq, inArray, like, notInArray, or, sql, type SQL } from 'drizzle-orm';
import type { Executor } from '../../db/database.ts';
import { containsPattern } from '../../db/like-pattern.ts';
import { dossier } from '../../db/schema/index.ts';
import { selectStored, storedOf, type StoredDossier } from './dossier-repo.ts';

/** What an inbox asks for: the agency, a status or the open ones, assignees, folded words of a name or code. */
export type DossierListFilter = {
  /** Whose list (core `dossierListScope`). */
  scope: DossierListScope;
  status?: string;
  assigneeIds?: string[];
  folded?: string;
};

/**
 * The list's scope as a condition. A branch's list and a center director's read by receiving center: the queries
 * that cross centers (DESIGN §13), served by `dossier_received_center_idx`.
 */
function inScope(scope: DossierListScope): SQL {
  if (scope.kind === 'agency') return eq(dossier.agencyId, scope.agencyId);
  if (scope.kind === 'received_at') return eq(dossier.receivedCenterId, scope.centerId);
  return or(eq(dossier.receivedCenterId, scope.centerId), eq(dossier.centerId, scope.centerId))!;
}

/** Dossiers no longer open: an inbox shows them only when their status is asked for. */
const CLOSED = ['returned', 'rejected_at_intake', 'withdrawn', 'stopped', 'draft'];

/** An agency's or a center's dossiers, soonest due first (the inbox, DESIGN §6), paged. */
export function createDossierListRepo(db: Executor) {
  return {
    async list(
      filter: DossierListFilter,
      page: number,
      pageSize: number,
    ): Promise<{ rows: StoredDossier[]; total: number }> {
      const where: SQL[] = [inScope(filter.scope)];
      where.push(filter.status ? eq(dossier.status, filter.status) : notInArray(dossier.status, CLOSED));
      if (filter.assigneeIds) where.push(inArray(dossier.assigneeId, filter.assigneeIds));
      if (filter.folded)
        where.push(
          or(
            like(dossier.applicantNameFolded, containsPattern(filter.folded)),
            like(dossier.code, containsPattern(filter.folded.toUpperCase())),
          )!,
        );
      const rows = await selectStored(db)
        .where(and(...where))
        .orderBy(sql`${dossier.dueAt} asc nulls last`, asc(dossier.submittedAt))
        .limit(pageSize)
        .offset((page - 1) * pageSize);
      const [total] = await db
        .select({ n: count() })
        .from(dossier)
        .where(and(...where));
      return { rows: rows.map(storedOf), total: total?.n ?? 0 };
    },
  };
}
