import { eq } from 'drizzle-orm';
import type { Transaction } from '../db/database.ts';
import { agency } from '../db/schema/index.ts';
import { createCatalogRepo } from '../modules/catalog/catalog-repo.ts';
import { rowOf } from '../modules/catalog/procedure-row.ts';
import { demoCatalog } from './catalog/demo-catalog.ts';
import type { Progress } from './seed.ts';

/** The demo catalog (DESIGN §9): the 2025 agency changes, 105 fields, every procedure version, in bulk. */
export async function seedDemoCatalog(tx: Transaction, centerId: string, at: Date, progress: Progress): Promise<void> {
  const catalog = demoCatalog();
  for (const change of catalog.agencies) {
    if (change.kind === 'created') {
      await tx.insert(agency).values({
        centerId,
        code: change.code,
        slug: change.slug,
        name: change.name,
        effectiveFrom: change.effectiveFrom,
      });
    }
  }
  const repo = createCatalogRepo(tx);
  const agencies = new Map((await repo.agencyRefs(centerId)).map((a) => [a.slug, a]));
  for (const change of catalog.agencies) {
    if (change.kind === 'merged') {
      await tx
        .update(agency)
        .set({ effectiveTo: change.effectiveTo, successorId: agencies.get(change.successorSlug)!.id })
        .where(eq(agency.id, agencies.get(change.slug)!.id));
    }
  }
  progress(`demo: ${catalog.fields.length} fields, ${catalog.procedures.length} procedure versions`);
  const fields = await repo.insertFields(
    catalog.fields.map((f) => ({ centerId, code: f.code, name: f.name, agencyId: agencies.get(f.agencySlug)!.id })),
  );
  const fieldByCode = new Map(fields.map((f) => [f.code, f]));
  await repo.insertVersions(
    catalog.procedures.map((p) => {
      const a = agencies.get(p.agencySlug)!;
      const f = fieldByCode.get(p.fieldCode)!;
      return rowOf(p, { centerId, agencyId: a.id, fieldId: f.id, agency: a, field: f, createdAt: at, createdBy: null });
    }),
  );
}
