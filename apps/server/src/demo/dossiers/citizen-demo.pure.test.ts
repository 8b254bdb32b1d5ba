import { describe, expect, it } from 'vitest';
import { feeAmount } from '../catalog/core.ts';
import { generateDemoDossiers } from './generate.ts';
import { DEMO_OWNER } from './plan-citizen.ts';
import type { DossierRow } from './rows.ts';
import { memoryWorld } from './testing.ts';

const world = memoryWorld();
const versions = new Map(world.procedures.map((p) => [p.id, p]));

function ownDossiers(now: number, username = DEMO_OWNER): DossierRow[] {
  const owner = `user:${username}`;
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
      // And a stage the drawn dossiers rarely hold at "now": another citizen's, sent back at intake (form 02).
      const asked = ownDossiers(now, 'congdan.0003').filter((d) => d.status === 'awaiting_supplement');
      expect(asked.some((d) => d.receivedAt === null)).toBe(true);
    },
  );
});

describe("the live window's online dossiers (issue 19)", () => {
  it('are at every stage today, owned by demo citizens', () => {
    const stages = new Set<string>();
    const citizens = new Set(world.citizens.map((c) => c.id));
    const now = Date.parse('2026-11-25T15:00:00+07:00');
    for (const batch of generateDemoDossiers(world, { now, periods: ['live'], liveScale: 0.1 }))
      for (const d of batch.dossiers.filter((row) => row.channel === 'online')) {
        expect(citizens.has(d.ownerId!)).toBe(true);
        stages.add(d.status === 'awaiting_supplement' && !d.receivedAt ? 'awaiting_supplement_at_intake' : d.status);
      }
    expect([...stages].sort()).toEqual(
      expect.arrayContaining([
        'submitted',
        'awaiting_supplement_at_intake',
        'received',
        'in_appraisal',
        'awaiting_supplement',
        'result_ready',
        'returned',
        'rejected_at_intake',
      ]),
    );
  });
});
