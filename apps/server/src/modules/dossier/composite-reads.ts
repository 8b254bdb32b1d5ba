import type { CompositeLinks, DossierStatus } from '@motcua/core';
import { and, asc, count, eq, isNull } from 'drizzle-orm';
import type { Executor } from '../../db/database.ts';
import { agency, dossier } from '../../db/schema/index.ts';

/** A composite dossier's reads (liên thông, DESIGN §6): its open children and its links; part of the dossier repo. */
export function createCompositeReads(db: Executor) {
  return {
    /** Children of a composite dossier without a result yet: the lead's approval waits for them (DESIGN §6). */
    async openChildren(parentId: string): Promise<number> {
      const [row] = await db
        .select({ n: count() })
        .from(dossier)
        .where(and(eq(dossier.parentId, parentId), isNull(dossier.resolvedAt)));
      return row?.n ?? 0;
    },

    /** The parent and the children of a dossier (liên thông), for its view. */
    async compositeLinks(id: string, parentId: string | null): Promise<CompositeLinks> {
      const children = await db
        .select({
          id: dossier.id,
          code: dossier.code,
          status: dossier.status,
          dueAt: dossier.dueAt,
          resolvedAt: dossier.resolvedAt,
          agency: { code: agency.code, slug: agency.slug, name: agency.name },
        })
        .from(dossier)
        .innerJoin(agency, eq(agency.id, dossier.agencyId))
        .where(eq(dossier.parentId, id))
        .orderBy(asc(dossier.code));
      const [parent] = parentId
        ? await db.select({ id: dossier.id, code: dossier.code }).from(dossier).where(eq(dossier.id, parentId))
        : [];
      const iso = (d: Date | null) => (d ? d.toISOString() : null);
      return {
        parent: parent ?? null,
        children: children.map((c) => ({
          ...c,
          status: c.status as DossierStatus,
          dueAt: iso(c.dueAt),
          resolvedAt: iso(c.resolvedAt),
        })),
      };
    },
  };
}
