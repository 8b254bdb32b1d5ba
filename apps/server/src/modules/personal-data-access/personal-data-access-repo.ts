import type { PersonalDataAccessEntry, PersonalDataGround, PersonalDataView } from '@motcua/core';
import { and, count, desc, eq, gte, lt, type SQL } from 'drizzle-orm';
import type { Executor } from '../../db/database.ts';
import { agency, appUser, dossier, personalDataAccess } from '../../db/schema/index.ts';

export type NewPersonalDataAccess = {
  centerId: string;
  dossierId: string;
  agencyId: string;
  officerId: string;
  ground: PersonalDataGround;
  view: PersonalDataView;
  requestId: string | null;
  accessedAt: Date;
};

export type AccessFilter = {
  /** The agency head's agency; null for the director, who reads every agency's rows. */
  agencyId: string | null;
  dossierId?: string;
  officerId?: string;
  from?: Date;
  to?: Date;
};

const columns = {
  id: personalDataAccess.id,
  accessedAt: personalDataAccess.accessedAt,
  dossierId: dossier.id,
  code: dossier.code,
  agencyId: agency.id,
  agencyName: agency.name,
  officerId: appUser.id,
  officerName: appUser.fullName,
  ground: personalDataAccess.ground,
  view: personalDataAccess.view,
  requestId: personalDataAccess.requestId,
};
type Row = {
  id: string;
  accessedAt: Date;
  dossierId: string;
  code: string;
  agencyId: string;
  agencyName: string;
  officerId: string;
  officerName: string;
  ground: string;
  view: string;
  requestId: string | null;
};

const entryOf = (r: Row): PersonalDataAccessEntry => ({
  id: r.id,
  accessedAt: r.accessedAt.toISOString(),
  dossier: { id: r.dossierId, code: r.code },
  agency: { id: r.agencyId, name: r.agencyName },
  officer: { id: r.officerId, fullName: r.officerName },
  ground: r.ground as PersonalDataGround,
  view: r.view as PersonalDataView,
  requestId: r.requestId,
});

const whereOf = (f: AccessFilter): SQL | undefined =>
  and(
    f.agencyId === null ? undefined : eq(personalDataAccess.agencyId, f.agencyId),
    f.dossierId === undefined ? undefined : eq(personalDataAccess.dossierId, f.dossierId),
    f.officerId === undefined ? undefined : eq(personalDataAccess.officerId, f.officerId),
    f.from === undefined ? undefined : gte(personalDataAccess.accessedAt, f.from),
    f.to === undefined ? undefined : lt(personalDataAccess.accessedAt, f.to),
  );

/** The access log: appended to (the table refuses UPDATE and DELETE, migration 0020), read a page at a time. */
export function createPersonalDataAccessRepo(db: Executor) {
  return {
    async append(entry: NewPersonalDataAccess): Promise<void> {
      await db.insert(personalDataAccess).values(entry);
    },

    /** Newest first; the id breaks ties of one instant so that pages never overlap. */
    async page(filter: AccessFilter, page: { offset: number; limit: number }) {
      const where = whereOf(filter);
      const items = await db
        .select(columns)
        .from(personalDataAccess)
        .innerJoin(dossier, eq(dossier.id, personalDataAccess.dossierId))
        .innerJoin(agency, eq(agency.id, personalDataAccess.agencyId))
        .innerJoin(appUser, eq(appUser.id, personalDataAccess.officerId))
        .where(where)
        .orderBy(desc(personalDataAccess.accessedAt), desc(personalDataAccess.id))
        .limit(page.limit)
        .offset(page.offset);
      const [total] = await db.select({ n: count() }).from(personalDataAccess).where(where);
      return { items: items.map(entryOf), total: total?.n ?? 0 };
    },
  };
}
export type PersonalDataAccessRepo = ReturnType<typeof createPersonalDataAccessRepo>;
