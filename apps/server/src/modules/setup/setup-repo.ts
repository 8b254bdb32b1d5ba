import type { LocalDate, SetupCounts } from '@motcua/core';
import { and, count, countDistinct, eq, gte, isNotNull, isNull, lte, not, or, sql } from 'drizzle-orm';
import type { Executor } from '../../db/database.ts';
import { agency, appUser, center, counter, procedureVersion } from '../../db/schema/index.ts';

/** What the setup guide counts (issue 16): one count per step, each on a small table or an index. */
export function createSetupRepo(db: Executor) {
  const first = async (rows: Promise<{ n: number }[]>) => (await rows)[0]?.n ?? 0;
  return {
    async counts(today: LocalDate): Promise<SetupCounts> {
      const [centers, agencies, officers, counters, catalog] = await Promise.all([
        first(
          db
            .select({ n: count() })
            .from(center)
            .where(and(eq(center.level, 'province'), or(isNull(center.effectiveTo), gte(center.effectiveTo, today)))),
        ),
        first(
          db
            .select({ n: count() })
            .from(agency)
            .where(
              and(lte(agency.effectiveFrom, today), or(isNull(agency.effectiveTo), gte(agency.effectiveTo, today))),
            ),
        ),
        // Officers sit in a center; the admin (and anyone above the centers) does not count as a step done.
        first(
          db
            .select({ n: count() })
            .from(appUser)
            .where(
              and(
                isNotNull(appUser.centerId),
                eq(appUser.disabled, false),
                not(sql`${appUser.roles} && array['admin','citizen']::text[]`),
              ),
            ),
        ),
        first(
          db
            .select({ n: count() })
            .from(counter)
            .where(or(isNull(counter.effectiveTo), gte(counter.effectiveTo, today))),
        ),
        // A procedure counts when one of its versions is in force today (DESIGN §4).
        first(
          db
            .select({ n: countDistinct(procedureVersion.code) })
            .from(procedureVersion)
            .where(
              and(
                lte(procedureVersion.effectiveFrom, today),
                or(isNull(procedureVersion.effectiveTo), gte(procedureVersion.effectiveTo, today)),
              ),
            ),
        ),
      ]);
      return { center: centers, agencies, officers, counters, catalog };
    },
  };
}
