import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ProcedureContent } from '@motcua/core';
import type { DatabaseHandle } from './database.ts';
import { agency, center, dossier, dossierEvent, field, procedureVersion } from './schema/index.ts';
import { createTestDatabase } from '../test/test-database.ts';

/** DESIGN §3: "the database itself rejects UPDATE and DELETE on events", on both drivers. */
describe('dossier events are append-only', () => {
  let handle: DatabaseHandle;
  let eventId: number;
  beforeAll(async () => {
    handle = await createTestDatabase();
    // The rows a dossier refers to, written here: db/ tests need no demo world.
    const [c] = await handle.db
      .insert(center)
      .values({ code: 'T01', name: 'Trung tâm thử nghiệm', level: 'province', effectiveFrom: '2024-01-01' })
      .returning({ id: center.id });
    const [a] = await handle.db
      .insert(agency)
      .values({
        centerId: c!.id,
        code: '000.00.01.T01',
        slug: 'congan',
        name: 'Công an tỉnh',
        effectiveFrom: '2024-01-01',
      })
      .returning({ id: agency.id, code: agency.code });
    const [f] = await handle.db
      .insert(field)
      .values({ centerId: c!.id, code: 'F01', name: 'Xuất nhập cảnh', agencyId: a!.id })
      .returning({ id: field.id });
    const [p] = await handle.db
      .insert(procedureVersion)
      .values({
        centerId: c!.id,
        code: '1.000001',
        version: 1,
        effectiveFrom: '2024-01-01',
        agencyId: a!.id,
        fieldId: f!.id,
        name: 'Cấp hộ chiếu phổ thông',
        nameFolded: 'cap ho chieu pho thong',
        searchText: 'cap ho chieu pho thong',
        level: 'province',
        onlineLevel: 'none',
        timeLimitValue: 8,
        timeLimitUnit: 'days',
        content: {} as ProcedureContent, // the trigger under test never reads it
        createdAt: new Date('2024-01-01T00:00:00Z'),
      })
      .returning({ id: procedureVersion.id, code: procedureVersion.code, fieldId: procedureVersion.fieldId });
    const now = new Date('2025-03-10T03:00:00Z');
    const [d] = await handle.db
      .insert(dossier)
      .values({
        centerId: c!.id,
        receivedCenterId: c!.id,
        agencyId: a!.id,
        code: `${a!.code}-250310-0001`,
        procedureVersionId: p!.id,
        procedureCode: p!.code,
        fieldId: p!.fieldId,
        status: 'received',
        version: 1,
        channel: 'direct',
        applicant: { kind: 'person', fullName: 'Nguyễn Văn An' },
        applicantName: 'Nguyễn Văn An',
        applicantNameFolded: 'nguyen van an',
        secretHash: 'x',
        submittedAt: now,
        state: {},
        updatedAt: now,
      })
      .returning({ id: dossier.id });
    const [e] = await handle.db
      .insert(dossierEvent)
      .values({
        centerId: c!.id,
        dossierId: d!.id,
        seq: 1,
        type: 'received',
        fromStatus: null,
        toStatus: 'received',
        at: now,
        payload: {},
      })
      .returning({ id: dossierEvent.id });
    eventId = e!.id;
  });
  afterAll(() => handle.close());

  // drizzle wraps the database's error; the trigger's own message is its cause.
  const refusedByTrigger = (error: { message: string; cause?: { message?: string } }) =>
    /append-only/.test(error.cause?.message ?? error.message);

  it('refuses UPDATE, DELETE and TRUNCATE, and keeps the event', async () => {
    await expect(
      handle.db.update(dossierEvent).set({ type: 'forged' }).where(eq(dossierEvent.id, eventId)),
    ).rejects.toSatisfy(refusedByTrigger);
    await expect(handle.db.delete(dossierEvent).where(eq(dossierEvent.id, eventId))).rejects.toSatisfy(
      refusedByTrigger,
    );
    await expect(handle.db.execute(sql`truncate dossier_event cascade`)).rejects.toSatisfy(refusedByTrigger);
    const [row] = await handle.db
      .select({ type: dossierEvent.type })
      .from(dossierEvent)
      .where(eq(dossierEvent.id, eventId));
    expect(row!.type).toBe('received');
  });

  it('still accepts new events', async () => {
    const [first] = await handle.db.select().from(dossierEvent).where(eq(dossierEvent.id, eventId));
    await handle.db.insert(dossierEvent).values({
      ...first!,
      id: undefined,
      seq: 2,
      type: 'appraisal_started',
      fromStatus: 'received',
      toStatus: 'in_appraisal',
    });
    const rows = await handle.db
      .select({ seq: dossierEvent.seq })
      .from(dossierEvent)
      .where(eq(dossierEvent.dossierId, first!.dossierId));
    expect(rows.map((r) => r.seq).sort()).toEqual([1, 2]);
  });
});
