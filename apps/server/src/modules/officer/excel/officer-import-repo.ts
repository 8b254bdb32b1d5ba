import type { CenterLevel, OfficerImportJob } from '@motcua/core';
import { and, eq, isNull, sql } from 'drizzle-orm';
import type { Executor } from '../../../db/database.ts';
import { agency, agencyCenter, appUser, center, officerImport } from '../../../db/schema/index.ts';

const columns = {
  id: officerImport.id,
  status: officerImport.status,
  done: officerImport.done,
  total: officerImport.total,
  errors: officerImport.errors,
  summary: officerImport.summary,
};
type Row = { [K in keyof typeof columns]: (typeof officerImport.$inferSelect)[K] };

const jobOf = (r: Row): OfficerImportJob => ({
  id: r.id,
  status: r.status,
  progress: { done: r.done, total: r.total },
  errors: r.errors,
  summary: r.summary as OfficerImportJob['summary'],
});

/** Import jobs in the database, so that any server process answers a job's progress (DESIGN §3). */
export function createOfficerImportRepo(db: Executor) {
  return {
    async create(job: { createdAt: Date; createdBy: string }): Promise<OfficerImportJob> {
      const [row] = await db
        .insert(officerImport)
        .values({ ...job, status: 'running' })
        .returning(columns);
      return jobOf(row!);
    },

    async find(id: string): Promise<OfficerImportJob | undefined> {
      const [row] = await db.select(columns).from(officerImport).where(eq(officerImport.id, id));
      return row ? jobOf(row) : undefined;
    },

    async progress(id: string, done: number, total: number): Promise<void> {
      await db.update(officerImport).set({ done, total }).where(eq(officerImport.id, id));
    },

    async finish(id: string, outcome: Pick<OfficerImportJob, 'status' | 'errors' | 'summary'>, at: Date) {
      await db
        .update(officerImport)
        .set({ ...outcome, finishedAt: at })
        .where(eq(officerImport.id, id));
    },

    /** The open centers by code, and each agency with the codes of the centers it serves at and whether it ended. */
    async places() {
      const centers = await db
        .select({ code: center.code, level: center.level })
        .from(center)
        .where(isNull(center.effectiveTo));
      const serving = await db
        .select({ slug: agency.slug, centerCode: center.code, ended: sql<boolean>`${agency.effectiveTo} is not null` })
        .from(agency)
        .leftJoin(agencyCenter, eq(agencyCenter.agencyId, agency.id))
        .leftJoin(center, and(eq(center.id, agencyCenter.centerId), isNull(center.effectiveTo)));
      const agencies = new Map<string, { centers: Set<string>; ended: boolean }>();
      for (const s of serving) {
        const known = agencies.get(s.slug);
        // A slug in force wins over an ended agency of the same slug.
        if (known && !known.ended && s.ended) continue;
        const entry = known && known.ended === s.ended ? known : { centers: new Set<string>(), ended: s.ended };
        if (s.centerCode) entry.centers.add(s.centerCode);
        agencies.set(s.slug, entry);
      }
      return { centers: new Map(centers.map((c) => [c.code, { level: c.level as CenterLevel }])), agencies };
    },

    /** Usernames of the people who are not officers (citizens, issue 18). */
    async otherUsernames(): Promise<Set<string>> {
      const rows = await db
        .select({ username: appUser.username })
        .from(appUser)
        .where(sql`${appUser.roles} <@ array['citizen']::text[]`);
      return new Set(rows.map((r) => r.username));
    },
  };
}
