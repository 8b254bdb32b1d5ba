import type { CatalogImportJob } from '@motcua/core';
import { eq } from 'drizzle-orm';
import type { Executor } from '../../db/database.ts';
import { catalogImport } from '../../db/schema/index.ts';

const columns = {
  id: catalogImport.id,
  status: catalogImport.status,
  done: catalogImport.done,
  total: catalogImport.total,
  errors: catalogImport.errors,
  summary: catalogImport.summary,
};
type Row = { [K in keyof typeof columns]: (typeof catalogImport.$inferSelect)[K] };

const jobOf = (r: Row): CatalogImportJob => ({
  id: r.id,
  status: r.status,
  progress: { done: r.done, total: r.total },
  errors: r.errors,
  summary: r.summary,
});

/** Import jobs in the database, so that any server process can answer a job's progress (DESIGN §3). */
export function createCatalogImportRepo(db: Executor) {
  return {
    async create(job: { centerId: string; createdAt: Date; createdBy: string }): Promise<CatalogImportJob> {
      const [row] = await db
        .insert(catalogImport)
        .values({ ...job, status: 'running' })
        .returning(columns);
      return jobOf(row!);
    },

    async find(id: string): Promise<CatalogImportJob | undefined> {
      const [row] = await db.select(columns).from(catalogImport).where(eq(catalogImport.id, id));
      return row ? jobOf(row) : undefined;
    },

    async progress(id: string, done: number, total: number): Promise<void> {
      await db.update(catalogImport).set({ done, total }).where(eq(catalogImport.id, id));
    },

    async finish(
      id: string,
      outcome: Pick<CatalogImportJob, 'status' | 'errors' | 'summary'>,
      finishedAt: Date,
    ): Promise<void> {
      await db
        .update(catalogImport)
        .set({ ...outcome, finishedAt })
        .where(eq(catalogImport.id, id));
    },
  };
}
export type CatalogImportRepo = ReturnType<typeof createCatalogImportRepo>;
