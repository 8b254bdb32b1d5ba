import { eq, sql } from 'drizzle-orm';
import type { Database } from '../../db/database.ts';
import { agency, agencyCenter, appUser, center, counter, field } from '../../db/schema/index.ts';
import { hashPassword } from '../../platform/auth/password.ts';

/** The second center's agency and its log-ins, as the matrix names them (`<slug>.<suffix>`, as the demo does). */
export const OTHER_CENTER_AGENCY = 'matrixkhac';
/** A citizen account (DESIGN §1): its own account's routes admit it (issue 18); every other but the public refuses it. */
export const CITIZEN = 'matrix.citizen';
const PROCEDURE_CODE = '9.990001';

/**
 * A second center beside the demo's province center (DESIGN §13: agencies, officers, counters and procedures
 * belong to a center; the schema allows several), with one agency, its four officers, a procedure copied from
 * one of the demo's, and an open counter: enough to receive a dossier there through the API.
 */
export async function addSecondCenter(db: Database, password: string, copyOf: string): Promise<{ procedure: string }> {
  const passwordHash = await hashPassword(password);
  const [province] = await db.select({ id: center.id }).from(center).limit(1);
  const [c2] = await db
    .insert(center)
    .values({
      code: 'MTX',
      name: 'Trung tâm thử ma trận',
      level: 'commune',
      parentId: province!.id,
      effectiveFrom: '2025-07-01',
    })
    .returning({ id: center.id });
  const [a2] = await db
    .insert(agency)
    .values({
      centerId: c2!.id,
      code: '000.00.99.M98',
      slug: OTHER_CENTER_AGENCY,
      name: 'Phòng thử',
      effectiveFrom: '2025-07-01',
    })
    .returning({ id: agency.id });
  // Where the agency serves (issue 16): placing an officer or a desk there checks it, as the demo's seed writes it.
  await db.insert(agencyCenter).values({ agencyId: a2!.id, centerId: c2!.id });
  const [f2] = await db
    .insert(field)
    .values({ centerId: c2!.id, code: 'MTX01', name: 'Lĩnh vực thử', agencyId: a2!.id })
    .returning({ id: field.id });
  await db.execute(sql`
    insert into procedure_version (center_id, code, version, effective_from, agency_id, field_id, name, name_folded,
      search_text, level, online_level, time_limit_value, time_limit_unit, content, created_at)
    select ${c2!.id}, ${PROCEDURE_CODE}, 1, effective_from, ${a2!.id}, ${f2!.id}, name, name_folded, search_text, level,
      online_level, time_limit_value, time_limit_unit,
      jsonb_set(jsonb_set(content, '{agencySlug}', ${JSON.stringify(OTHER_CENTER_AGENCY)}::jsonb), '{fieldCode}', '"MTX01"'),
      created_at
    from procedure_version where code = ${copyOf} and effective_to is null order by version desc limit 1`);
  const officers = [
    ['counter', 'counter'],
    ['appraiser', 'appraiser'],
    ['approver', 'approver'],
    ['head', 'agency_head'],
  ] as const;
  // The deputy of every demo agency (demo-people.ts): who an absent appraiser's work is delegated to.
  const deputy = { suffix: 'deputy', roles: ['counter', 'appraiser', 'approver'] };
  await db.insert(appUser).values([
    ...[...officers.map(([suffix, role]) => ({ suffix, roles: [role] })), deputy].map(({ suffix, roles }) => ({
      centerId: c2!.id,
      agencyId: a2!.id,
      username: `${OTHER_CENTER_AGENCY}.${suffix}`,
      fullName: `Cán bộ ${suffix}`,
      passwordHash,
      roles,
    })),
    {
      centerId: province!.id,
      agencyId: null,
      username: CITIZEN,
      fullName: 'Công dân thử',
      passwordHash,
      roles: ['citizen'],
    },
  ]);
  await db
    .insert(counter)
    .values({ centerId: c2!.id, number: 1, name: 'Quầy 1', agencyId: a2!.id, fieldCodes: ['MTX01'] });
  return { procedure: PROCEDURE_CODE };
}

/** The agency id of a slug, for a test's own SQL. */
export async function agencyIdOf(db: Database, slug: string): Promise<string> {
  const [row] = await db.select({ id: agency.id }).from(agency).where(eq(agency.slug, slug));
  return row!.id;
}
