import { dayOfInstant, formSetIdAt, parseLocalDate, type Instant } from '../catalog/core.ts';
import { dayLabel, dayWeights, opening } from './office-days.ts';
import { basePlan, type DossierPlan } from './plan.ts';
import { citizenPlans } from './plan-citizen.ts';
import { between, chance, mulberry32, pick, pickWeighted, seedFor } from './random.ts';
import type { WorldIndex } from './world.ts';

/** DESIGN §9: the last 60 working days before "now", about 800 dossiers a working day. */
export const LIVE_WORKING_DAYS = 60;
export const LIVE_PER_DAY = 800;
export const STREAM_LIVE = 0x11fe;
/**
 * DESIGN §13: the share of direct receptions made at a district center (before 2025-07-01) or at a commune branch
 * (from then) and routed to the province agency; drawn from a stream of its own, so no other draw moves.
 */
export const BRANCH_SHARE = 0.06;
export const STREAM_BRANCH = 0xb4a7;
/** The live window never reaches back into 2014, whose figures are the source's. */
const LIVE_NOT_BEFORE = '2015-01-01';

/** Each agency's share of a working day, by slug; an agency merged away takes no dossiers, its successor does. */
const WEIGHTS: Record<string, number> = {
  congan: 22,
  xaydung: 6,
  gtvt: 9,
  bhxh: 7,
  tuphap: 7,
  nnmt: 12,
  tnmt: 9,
  nnptnt: 3,
  taichinh: 3,
  khdt: 6,
  noivu: 3,
  ldtbxh: 3,
  yte: 4,
  gddt: 3,
  congthuong: 3,
  vhttdl: 2,
  khcn: 1.5,
  tttt: 1,
  kkt: 2,
  thue: 3,
  khobac: 1.5,
  ngoaivu: 1,
  dantoc: 0.3,
  haiquan: 1.5,
  nhnn: 0.5,
};
const SHARES = { online: 0.36, post: 0.03, sentBackAtIntake: 0.03, consult: 0.05, refused: 0.02 };

/**
 * The live window (DESIGN §9): dossiers received on the last 60 working days and today, planned to be
 * mostly early or on time, some late, some withdrawn, refused at intake or stopped, with supplements
 * and consultations; cut at "now", today holds every stage. `scale` shrinks the volume (1 = 800 a day).
 */
export function planLive(world: WorldIndex, now: Instant, scale: number): DossierPlan[] {
  const { clock } = world;
  const random = mulberry32(seedFor(STREAM_LIVE, -1));
  const today = dayOfInstant(now);
  const first = Math.max(clock.calendar.workingDayAfter(today, -LIVE_WORKING_DAYS), parseLocalDate(LIVE_NOT_BEFORE));
  if (first > today || scale <= 0) return [];
  const notBefore = opening(clock, first) - 3 * 86_400_000;
  const plans: DossierPlan[] = [];
  for (const { day, weight } of dayWeights(clock, first, today, random)) {
    const agencies = world
      .agenciesOn(dayLabel(day))
      .filter((a) => world.hasOfficers(a.id) && (world.proceduresOn(dayLabel(day)).get(a.id)?.length ?? 0) > 0);
    const weighted = agencies.map((a) => [WEIGHTS[a.slug] ?? 1, a.id] as const);
    const count = Math.round(LIVE_PER_DAY * scale * weight);
    for (let k = 0; k < count; k++) {
      const n = plans.length;
      const draw = mulberry32(seedFor(STREAM_LIVE, n));
      const plan = basePlan(world, n, day, pickWeighted(draw, weighted), SHARES, notBefore, draw);
      plans.push(atBranch(world, withFate(world, plan, draw)));
    }
  }
  return [...plans, ...citizenPlans(world, now, plans.length)];
}

/**
 * A share of the counter receptions made at a branch open on the day the dossier is first recorded and on the day
 * it is received (a dossier sent back at intake comes back to the same counter); the branch chosen by code.
 */
function atBranch(world: WorldIndex, plan: DossierPlan): DossierPlan {
  if (plan.channel !== 'direct') return plan;
  const draw = mulberry32(seedFor(STREAM_BRANCH, plan.n));
  if (!chance(draw, BRANCH_SHARE)) return plan;
  const open = world.branchesOn(dayLabel(dayOfInstant(plan.openAt)), dayLabel(dayOfInstant(plan.receiveAt)));
  return open.length > 0 ? { ...plan, receivedAt: pick(draw, open) } : plan;
}

/** The planned end of a live dossier; where "now" falls in its life decides the stage it shows. */
function withFate(world: WorldIndex, plan: DossierPlan, random: () => number): DossierPlan {
  const dayMs = world.clock.schedule.dayMs;
  const r = random();
  // TT 03/2025/TT-VPCP form 05: a stop exists only for dossiers under that circular.
  const canStop = formSetIdAt(plan.receiveAt) === 'tt03-2025';
  if (r < 0.01) return { ...plan, fate: { kind: 'reject' }, consult: false };
  if (r < 0.016) return { ...plan, fate: { kind: 'withdraw' }, consult: false };
  if (r < 0.019 && canStop)
    return {
      ...plan,
      fate: { kind: 'stop' },
      consult: false,
      supplement: { pauseMs: between(random, 5, 15) * dayMs, across: null },
    };
  const outcome = plan.fate.kind === 'resolve' ? plan.fate.outcome : 'approved';
  const timeliness = r < 0.07 ? 'late' : r < 0.29 ? 'onTime' : 'early';
  const supplement =
    timeliness !== 'late' && chance(random, 0.08) ? { pauseMs: between(random, 0.5, 8) * dayMs, across: null } : null;
  return { ...plan, fate: { kind: 'resolve', timeliness, outcome }, supplement };
}
