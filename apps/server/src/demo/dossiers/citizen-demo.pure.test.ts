import { describe, expect, it } from 'vitest';
import { feeAmount } from '../catalog/core.ts';
import { generateDemoDossiers } from './generate.ts';
import { DEMO_OWNER } from './plan-citizen.ts';
import type { DossierRow } from './rows.ts';
import { memoryWorld } from './testing.ts';

const world = memoryWorld();
const owner = `user:${DEMO_OWNER}`;
const versions = new Map(world.procedures.map((p) => [p.id, p]));

function ownDossiers(now: number): DossierRow[] {
  const rows: DossierRow[] = [];
  for (const batch of generateDemoDossiers(world, { now, periods: ['live'], liveScale: 0.01 }))
    rows.push(...batch.dossiers.filter((d) => d.ownerId === owner));
  return rows;
}

describe(`${DEMO_OWNER}'s own dossiers, whatever the demo's "now" (issue 19, DESIGN §11)`, () => {
  it.each(['2026-11-25T09:00:00+07:00', '2027-03-02T20:30:00+07:00', '2025-08-16T07:00:00+07:00'])(
    'at %s: one submitted online of a fee-bearing procedure, its fee unpaid, and one returned',
    (at) => {
      const now = Date.parse(at);
      const rows = ownDossiers(now);
      const submitted = rows.find(
        (d) => d.status === 'submitted' && (d.details as { feePayment: unknown }).feePayment === null,
      );
      expect(submitted).toMatchObject({ channel: 'online', receivedAt: null });
      const procedure = versions.get(submitted!.procedureVersionId)!;
      expect(procedure.content.onlineLevel).toBe('full');
      expect(feeAmount(procedure.content.fees[0]!, { online: true })).toBeGreaterThan(0);
      expect(submitted!.submittedAt!.getTime()).toBeLessThanOrEqual(now);

      const returned = rows.filter((d) => d.status === 'returned' && d.channel === 'online');
      expect(returned.length).toBeGreaterThan(0);
      expect(returned[0]!.returnedAt!.getTime()).toBeLessThanOrEqual(now);
    },
  );
});
