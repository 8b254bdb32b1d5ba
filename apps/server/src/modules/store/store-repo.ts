import { foldText, type FormField, type MyDocument } from '@motcua/core';
import { and, asc, count, desc, eq, isNull, like, or, sql, type SQL } from 'drizzle-orm';
import type { Executor } from '../../db/database.ts';
import { foldedSql } from '../../db/folded-sql.ts';
import { containsPattern } from '../../db/like-pattern.ts';
import { center, citizenDocument as cd, documentBlob, procedureVersion as pv } from '../../db/schema/index.ts';
import { inForceOn } from '../catalog/catalog-search-repo.ts';

export type NewStoreDocument = {
  ownerId: string;
  centerId: string;
  sha256: string;
  title: string;
  fileName: string;
  createdAt: Date;
};
/** A store entry and where its content is kept: what its content route opens. */
export type StoreEntry = { id: string; centerId: string; sha256: string; fileName: string; mediaType: string };

/** How many dossiers gave the document: the `dossier_document` rows naming it. */
const uses = sql<number>`(select count(*)::int from dossier_document u where u.citizen_document_id = ${cd.id})`;
/** When it was first checked: the earliest reception of a dossier given it (DESIGN §15). */
const firstCheckedAt = sql<string | null>`(select min(d.received_at) from dossier_document u
  join dossier d on d.id = u.dossier_id where u.citizen_document_id = ${cd.id})`;

const columns = {
  id: cd.id,
  title: cd.title,
  fileName: cd.fileName,
  sha256: cd.sha256,
  mediaType: documentBlob.mediaType,
  size: documentBlob.size,
  pages: documentBlob.pages,
  source: cd.source,
  createdAt: cd.createdAt,
  uses,
  firstCheckedAt,
};
type Row = { [K in keyof typeof columns]: unknown } & { createdAt: Date; firstCheckedAt: string | Date | null };

// PGlite and node-postgres give a subquery's timestamp as text; both are read through Date.
const instant = (v: string | Date | null): string | null => (v === null ? null : new Date(v).toISOString());
const myDocument = (r: Row): MyDocument =>
  ({ ...r, createdAt: r.createdAt.toISOString(), firstCheckedAt: instant(r.firstCheckedAt) }) as MyDocument;

/** The citizen's document store (DESIGN §15): its entries, the results kept in it, the procedure forms it fills. */
export function createStoreRepo(db: Executor) {
  const select = () =>
    db
      .select(columns)
      .from(cd)
      .innerJoin(documentBlob, and(eq(documentBlob.centerId, cd.centerId), eq(documentBlob.sha256, cd.sha256)));
  const own = (ownerId: string, ...more: (SQL | undefined)[]) =>
    and(eq(cd.ownerId, ownerId), isNull(cd.deletedAt), ...more);

  return {
    /** The open province center: citizens have none, their uploads are kept there (DESIGN §3, §15). */
    async provinceCenter(): Promise<string | undefined> {
      const [row] = await db
        .select({ id: center.id })
        .from(center)
        .where(and(eq(center.level, 'province'), isNull(center.effectiveTo)))
        .orderBy(asc(center.effectiveFrom))
        .limit(1);
      return row?.id;
    },

    async insert(entry: NewStoreDocument): Promise<string> {
      const [row] = await db
        .insert(cd)
        .values({ ...entry, source: 'upload' })
        .returning({ id: cd.id });
      return row!.id;
    },

    /**
     * Keeps in the store every result issued to the owner (NĐ 45/2020 art. 16 as amended: results are kept): a result
     * of their own dossier once it is ready or returned, titled by its procedure, its content where it was issued. One
     * statement, idempotent: the unique index drops a result already kept (also by a concurrent listing).
     */
    async keepResults(ownerId: string, at: Date): Promise<void> {
      await db.execute(sql`
        insert into citizen_document (owner_id, center_id, sha256, title, file_name, source, result_document_id, created_at)
        select d.owner_id, r.center_id, r.sha256, v.name, r.file_name, 'result', r.id, ${at}
        from dossier_document r
        join dossier d on d.id = r.dossier_id
        join procedure_version v on v.id = d.procedure_version_id
        where r.kind = 'result' and d.owner_id = ${ownerId} and d.status in ('result_ready', 'returned')
          and not exists (select 1 from citizen_document k where k.owner_id = d.owner_id and k.result_document_id = r.id)
        on conflict do nothing`);
    },

    /** A page of the owner's store, newest first, matching `q` in its title or file name. */
    async page(ownerId: string, q: string | undefined, offset: number, limit: number) {
      const where = own(
        ownerId,
        // Diacritics and case aside, as every search (DESIGN: "giay khai sinh" finds "Giấy khai sinh").
        q ? or(...[cd.title, cd.fileName].map((c) => like(foldedSql(c), containsPattern(foldText(q))))) : undefined,
      );
      const rows = await select().where(where).orderBy(desc(cd.createdAt), desc(cd.id)).limit(limit).offset(offset);
      const [total] = await db.select({ n: count() }).from(cd).where(where);
      return { items: (rows as Row[]).map(myDocument), total: total?.n ?? 0 };
    },

    /** The owner's newest documents (at most `limit`): what the store can offer a new submission. */
    async newest(ownerId: string, limit: number): Promise<MyDocument[]> {
      const rows = await select().where(own(ownerId)).orderBy(desc(cd.createdAt), desc(cd.id)).limit(limit);
      return (rows as Row[]).map(myDocument);
    },

    async find(ownerId: string, id: string): Promise<StoreEntry | undefined> {
      const [row] = await db
        .select({
          id: cd.id,
          centerId: cd.centerId,
          sha256: cd.sha256,
          fileName: cd.fileName,
          mediaType: documentBlob.mediaType,
        })
        .from(cd)
        .innerJoin(documentBlob, and(eq(documentBlob.centerId, cd.centerId), eq(documentBlob.sha256, cd.sha256)))
        .where(own(ownerId, eq(cd.id, id)));
      return row;
    },

    /** Removes an entry from the store; dossiers given it keep their copy. False when not the owner's. */
    async remove(ownerId: string, id: string, at: Date): Promise<boolean> {
      const rows = await db
        .update(cd)
        .set({ deletedAt: at })
        .where(own(ownerId, eq(cd.id, id)))
        .returning({ id: cd.id });
      return rows.length === 1;
    },

    /** The form of the procedure's version in force on `on`; undefined when none is. */
    async formFields(code: string, on: string): Promise<FormField[] | undefined> {
      const [row] = await db
        .select({ content: pv.content })
        .from(pv)
        .where(and(eq(pv.code, code), inForceOn(on)))
        .orderBy(desc(pv.version))
        .limit(1);
      return row && (row.content.formFields ?? []);
    },
  };
}
export type StoreRepo = ReturnType<typeof createStoreRepo>;
