import { COUNTER_ROLES } from '@motcua/core';
import { and, arrayOverlaps, asc, eq, isNull } from 'drizzle-orm';
import type { Transaction } from '../db/database.ts';
import { agency, appUser, center, counter, field } from '../db/schema/index.ts';
import type { Progress } from './seed.ts';
import { SHARED_DESKS } from './counter-desks.ts';

/** An agency's counter takes the number in its code (`000.00.NN.H49` → NN): the same desk on every machine. */
const numberOf = (agencyCode: string) => Number(agencyCode.split('.')[2]);

/** The center's agencies whose officers receive at a counter (DESIGN §1: reception, or the head standing in). */
const receivingAgencies = (tx: Transaction, centerId: string) =>
  tx
    .selectDistinct({
      id: agency.id,
      code: agency.code,
      name: agency.name,
      effectiveFrom: agency.effectiveFrom,
      effectiveTo: agency.effectiveTo,
    })
    .from(agency)
    .innerJoin(appUser, eq(appUser.agencyId, agency.id))
    .where(and(eq(agency.centerId, centerId), arrayOverlaps(appUser.roles, [...COUNTER_ROLES])))
    .orderBy(asc(agency.code));

/**
 * The province center's counters (DESIGN §2, §9, §13): one per agency whose officers receive there, serving
 * its fields, over the agency's period (closed with an agency merged away in 2025, never deleted: its
 * dossiers name it), then the shared desks. Idempotent: an agency with a counter, or a desk whose number
 * is open, is left as it is.
 */
export async function seedDemoCounters(tx: Transaction, centerId: string, progress: Progress): Promise<void> {
  const receiving = await receivingAgencies(tx, centerId);
  const fields = await tx
    .select({ agencyId: field.agencyId, code: field.code })
    .from(field)
    .where(eq(field.centerId, centerId))
    .orderBy(asc(field.code));
  const existing = await tx
    .select({ agencyId: counter.agencyId, number: counter.number, effectiveTo: counter.effectiveTo })
    .from(counter)
    .where(eq(counter.centerId, centerId));
  const [province] = await tx.select({ opened: center.effectiveFrom }).from(center).where(eq(center.id, centerId));
  const rows = [
    ...receiving
      .filter((a) => !existing.some((c) => c.agencyId === a.id))
      .map((a) => ({
        centerId,
        number: numberOf(a.code),
        name: a.name,
        agencyId: a.id,
        fieldCodes: fields.filter((f) => f.agencyId === a.id).map((f) => f.code),
        effectiveFrom: a.effectiveFrom,
        effectiveTo: a.effectiveTo,
      })),
    ...SHARED_DESKS.filter(([number]) => !existing.some((c) => c.number === number && c.effectiveTo === null)).map(
      ([number, name]) => ({ centerId, number, name, agencyId: null, fieldCodes: [], effectiveFrom: province!.opened }),
    ),
  ];
  progress(`demo: ${rows.length} counters`);
  if (rows.length === 0) return;
  await tx
    .insert(counter)
    .values(rows)
    .onConflictDoNothing({ target: [counter.centerId, counter.number], where: isNull(counter.effectiveTo) });
}
