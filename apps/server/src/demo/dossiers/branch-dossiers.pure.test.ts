import { createHash } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseDossierCode, replay, type DossierEventDraft, type DossierState } from '../catalog/core.ts';
import { HOANH_BO_LAST_DAY } from '../demo-centers.ts';
import { generateDemoDossiers, type DemoPeriod } from './generate.ts';
import type { DossierRow, EventRow } from './rows.ts';
import type { RatingRow } from './ratings.ts';
import type { OutboxRow } from './mails.ts';
import type { StatDeltaRow } from '../../modules/statistics/stat-rows.ts';
import { memoryWorld } from './testing.ts';
import type { DemoWorld } from './world.ts';
import type { SequenceRow } from './generate.ts';

// Issue 17: dossiers received at the district centers (before 2025-07-01) and at the commune branches (from then),
// routed to the province agencies; never in 2014.
const world = memoryWorld();
const noBranches: DemoWorld = { ...world, branches: [] };
const PROVINCE = world.centerId;
const HOANH_BO = 'center:000.20.14.H49';
const branchById = new Map(world.branches.map((b) => [b.id, b]));
const agencyIds = new Set(world.agencies.map((a) => a.id));

type Run = {
  dossiers: DossierRow[];
  events: Map<string, DossierEventDraft[]>;
  sequences: SequenceRow[];
  stats: StatDeltaRow[];
  ratings: RatingRow[];
  outbox: OutboxRow[];
  hash: string;
};

function run(w: DemoWorld, now: string, period: DemoPeriod, liveScale = 0.1): Run {
  const r: Run = { dossiers: [], events: new Map(), sequences: [], stats: [], ratings: [], outbox: [], hash: '' };
  const hash = createHash('sha256');
  for (const batch of generateDemoDossiers(w, { now: Date.parse(now), periods: [period], liveScale })) {
    r.dossiers.push(...batch.dossiers);
    r.sequences.push(...batch.sequences);
    r.stats.push(...batch.stats);
    r.ratings.push(...batch.ratings);
    r.outbox.push(...batch.outbox);
    for (const e of batch.events) {
      const draft = {
        type: e.type,
        fromStatus: e.fromStatus,
        toStatus: e.toStatus,
        at: e.at.getTime(),
        actorId: e.actorId,
        version: e.seq,
        payload: e.payload,
      };
      r.events.set(e.dossierId, [...(r.events.get(e.dossierId) ?? []), draft as DossierEventDraft]);
    }
    hash.update(JSON.stringify(batch));
  }
  return { ...r, hash: hash.digest('hex') };
}

const atBranch = (r: Run) => r.dossiers.filter((d) => d.receivedCenterId !== PROVINCE);
const level = (d: DossierRow) => branchById.get(d.receivedCenterId!)?.level;

/** Every code's sequence is its unit's count that day, with no gap: the sequence rows say the last one. */
function expectSequencesPerUnit(r: Run) {
  const seen = new Map<string, number[]>();
  for (const d of r.dossiers) {
    const parts = parseDossierCode(d.code)!;
    const key = `${parts.agencyCode}/${parts.date}`;
    seen.set(key, [...(seen.get(key) ?? []), parts.sequence]);
  }
  for (const [key, numbers] of seen)
    expect(
      numbers.sort((a, b) => a - b),
      key,
    ).toEqual(numbers.map((_, i) => i + 1));
  expect(Object.fromEntries(r.sequences.map((s) => [`${s.unitCode}/${s.day}`, s.last]))).toEqual(
    Object.fromEntries([...seen].map(([key, numbers]) => [key, numbers.length])),
  );
}

describe('live dossiers received at the commune branches, "now" in 2026', () => {
  let live: Run;
  let without: Run;
  beforeAll(() => {
    live = run(world, '2026-11-25T09:00:00+07:00', 'live');
    without = run(noBranches, '2026-11-25T09:00:00+07:00', 'live');
  });

  it('are about 6% of the counter receptions, all at commune branches, none at a district center', () => {
    const branch = atBranch(live);
    const direct = live.dossiers.filter((d) => (d.state as DossierState).channel === 'direct');
    expect(branch.length / direct.length).toBeGreaterThan(0.04);
    expect(branch.length / direct.length).toBeLessThan(0.08);
    expect(new Set(branch.map(level))).toEqual(new Set(['commune']));
    expect(new Set(branch.map((d) => d.receivedCenterId)).size).toBe(4);
    for (const d of branch) {
      expect((d.state as DossierState).channel).toBe('direct');
      // Worked on by a province agency, at the province center; received, numbered and kept at the branch.
      expect(d.centerId).toBe(PROVINCE);
      expect(agencyIds.has(d.agencyId)).toBe(true);
      expect(d.code.startsWith(`${branchById.get(d.receivedCenterId!)!.code}-`)).toBe(true);
      expect(d.counterId).toBe(branchById.get(d.receivedCenterId!)!.counterId);
    }
    expectSequencesPerUnit(live);
  });

  it('have histories the core replays, the branch officer opening, receiving, preparing and returning', () => {
    const returned = atBranch(live).filter((d) => (d.state as DossierState).returnedAt !== null);
    expect(returned.length).toBeGreaterThan(10);
    for (const d of atBranch(live)) {
      const events = live.events.get(d.id!)!;
      expect(replay(events)).toEqual(d.state);
      const officer = branchById.get(d.receivedCenterId!)!.officerId;
      const by = (type: string) => events.filter((e) => e.type === type).map((e) => e.actorId);
      for (const type of ['open', 'receive', 'prepare_result', 'return_result'])
        for (const actor of by(type)) expect(actor, `${d.code} ${type}`).toBe(officer);
      expect((d.state as DossierState).receivedCenterId).toBe(d.receivedCenterId);
      expect(by('start_appraisal').every((a) => a !== officer)).toBe(true);
    }
  });

  it('count in the statistics of their branch, mail in its name, rate at its counter', () => {
    const branchStats = live.stats.filter((s) => s.receivedCenterId !== PROVINCE);
    expect(new Set(branchStats.map((s) => s.receivedCenterId))).toEqual(
      new Set(atBranch(live).map((d) => d.receivedCenterId)),
    );
    expect(branchStats.reduce((n, s) => n + (s.receivedDirect ?? 0), 0)).toBe(
      atBranch(live).filter((d) => (d.state as DossierState).receivedAt !== null).length,
    );
    const receivedAt = new Map(live.dossiers.map((d) => [d.id, d.receivedCenterId!]));
    // A mail's dedupe key is `dossier:<id>:<version>` (dossier-mail.ts).
    const dossierOf = (m: OutboxRow) => m.dedupeKey!.split(':')[1]!;
    const mails = live.outbox.filter((m) => receivedAt.get(dossierOf(m)) !== PROVINCE);
    expect(mails.length).toBeGreaterThan(0);
    for (const m of mails) {
      const subject = (m.payload as { subject: string }).subject;
      expect(subject).toContain(`[${branchById.get(receivedAt.get(dossierOf(m))!)!.name}]`);
    }
    const tablet = live.ratings.filter((r) => r.channel === 'tablet' && receivedAt.get(r.dossierId!) !== PROVINCE);
    expect(tablet.length).toBeGreaterThan(0);
    for (const r of tablet) {
      const branch = branchById.get(receivedAt.get(r.dossierId!)!)!;
      expect(r).toMatchObject({ centerId: PROVINCE, counterId: branch.counterId, officerId: branch.officerId });
    }
  });

  it('shift no other draw: every other dossier is as it was without branches', () => {
    const before = new Map(without.dossiers.map((d) => [d.id, d]));
    expect(live.dossiers.map((d) => d.id)).toEqual(without.dossiers.map((d) => d.id));
    for (const d of live.dossiers.filter((d) => d.receivedCenterId === PROVINCE)) {
      expect(d.state).toEqual(before.get(d.id)!.state);
      expect(live.events.get(d.id!)).toEqual(without.events.get(d.id!));
    }
    // A branch's dossier keeps its life; only who acted at the counter and where it was received differ.
    for (const d of atBranch(live)) {
      const { receivedCenterId, ...state } = d.state as DossierState;
      expect(receivedCenterId).toBe(d.receivedCenterId);
      expect({ ...state, version: 0 }).toMatchObject({ ...(before.get(d.id)!.state as DossierState), version: 0 });
    }
  });
});

describe('live dossiers received at the district centers, "now" 2025-05-15', () => {
  let live: Run;
  beforeAll(() => (live = run(world, '2025-05-15T10:00:00+07:00', 'live')));

  it('are at district centers only, never Hoành Bồ (closed since 2019-12-31), sound and numbered per unit', () => {
    const branch = atBranch(live);
    expect(branch.length).toBeGreaterThan(50);
    expect(new Set(branch.map(level))).toEqual(new Set(['district']));
    expect(branch.map((d) => d.receivedCenterId)).not.toContain(HOANH_BO);
    expect(branchById.get(HOANH_BO)!.effectiveTo).toBe(HOANH_BO_LAST_DAY);
    expect(new Set(branch.map((d) => d.receivedCenterId)).size).toBe(13);
    for (const d of branch) {
      expect(replay(live.events.get(d.id!)!)).toEqual(d.state);
      expect(d.code.startsWith(`${branchById.get(d.receivedCenterId!)!.code}-`)).toBe(true);
    }
    expectSequencesPerUnit(live);
  });
});

describe('across the end of the districts, "now" 2025-08-20', () => {
  it('a district center returns what it received until its last day, the agency’s own counter after', () => {
    const live = run(world, '2025-08-20T10:00:00+07:00', 'live');
    const returns = atBranch(live)
      .filter((d) => level(d) === 'district')
      .flatMap((d) =>
        live.events
          .get(d.id!)!
          .filter((e) => e.type === 'return_result')
          .map((e) => ({ d, e })),
      );
    const day = (at: number) => new Date(at + 7 * 3_600_000).toISOString().slice(0, 10);
    const after = returns.filter(({ e }) => day(e.at) > '2025-06-30');
    expect(after.length).toBeGreaterThan(0);
    expect(returns.length - after.length).toBeGreaterThan(0);
    for (const { d, e } of returns) {
      const branchOfficer = branchById.get(d.receivedCenterId!)!.officerId;
      const agencyCounter = `user:${d.agencyId.replace('agency:', '')}.counter`;
      expect(e.actorId, d.code).toBe(day(e.at) > '2025-06-30' ? agencyCounter : branchOfficer);
      expect(replay(live.events.get(d.id!)!)).toEqual(d.state);
    }
    expect(new Set(atBranch(live).map(level))).toEqual(new Set(['district', 'commune']));
  });
});

describe('the year 2014', () => {
  it('has no branch dossier and is the same as without any branch', () => {
    const now = '2026-11-25T09:00:00+07:00';
    const year = run(world, now, '2014');
    expect(atBranch(year)).toEqual([]);
    expect(year.stats.every((s) => s.receivedCenterId === PROVINCE)).toBe(true);
    expect(year.hash).toBe(run(noBranches, now, '2014').hash);
  });
});
