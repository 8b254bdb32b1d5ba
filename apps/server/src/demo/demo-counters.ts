import { COUNTER_ROLES } from '@motcua/core';
import { and, arrayOverlaps, asc, eq, isNull } from 'drizzle-orm';
import type { Transaction } from '../db/database.ts';
import { agency, appUser, counter, field } from '../db/schema/index.ts';
import type { Progress } from './seed.ts';
import { SHARED_DESKS } from './counter-desks.ts';

/** An agency's counter takes the number in its code (`000.00.NN.H49` → NN): the same desk on every machine. */
const numberOf = (agencyCode: string) => Number(agencyCode.split('.')[2]);

/**
 * The province center's counters (DESIGN §2, §9): one per agency whose officers receive there, serving
 * its fields, then the shared desks. Idempotent: a counter whose number exists is left as it is.
 */
export async function seedDemoCounters(tx: Transaction, centerId: string, progress: Progress): Promise<void> {
  const receiving = await tx
    .selectDistinct({ id: agency.id, code: agency.code, name: agency.name })
    .from(agency)
    .innerJoin(appUser, eq(appUser.agencyId, agency.id))
    .where(and(eq(agency.centerId, centerId), arrayOverlaps(appUser.roles, [...COUNTER_ROLES])))
    .orderBy(asc(agency.code));
  const fields = await tx
    .select({ agencyId: field.agencyId, code: field.code })
    .from(field)
    .where(eq(field.centerId, centerId))
    .orderBy(asc(field.code));
  const rows = [
    ...receiving.map((a) => ({
      centerId,
      number: numberOf(a.code),
      name: a.name,
      agencyId: a.id,
      fieldCodes: fields.filter((f) => f.agencyId === a.id).map((f) => f.code),
    })),
    ...SHARED_DESKS.map(([number, name]) => ({ centerId, number, name, agencyId: null, fieldCodes: [] })),
  ];
  progress(`demo: ${rows.length} counters`);
  await tx
    .insert(counter)
    .values(rows)
    .onConflictDoNothing({ target: [counter.centerId, counter.number], where: isNull(counter.effectiveTo) });
}
