import { dueMoment, parseLocalDate, workingTimeBetween, type Instant } from '../catalog/core.ts';
import { CATALOG_START } from '../catalog/agencies.ts';
import { dayWeights, opening } from './office-days.ts';
import { basePlan, type DossierPlan } from './plan.ts';
import type { Timeliness } from './resolution.ts';
import { apportion, between, chance, mulberry32, seedFor, shuffle, type Random } from './random.ts';
import type { WorldIndex } from './world.ts';

/**
 * The year 2014 as the source reports it (DESIGN §9): the center opened on 2014-03-26 and received
 * 28,732 dossiers that year, 7,892 at the police, 3,749 at Transport, 2,232 at Social Insurance;
 * 27,968 were resolved early or on time (99.5% of the 28,108 resolved), so 140 late and 624 in
 * progress on 31 December. Reports read these back (contract check, `reports` group).
 */
export const FIGURES_2014 = {
  from: CATALOG_START,
  to: '2014-12-31',
  received: 28_732,
  byAgency: { congan: 7_892, gtvt: 3_749, bhxh: 2_232 } as Record<string, number>,
  earlyOrOnTime: 27_968,
  late: 140,
  inProgress: 624,
} as const;

// How the 624 in progress stood on 31 December: mostly on time, some awaiting a supplement, a few overdue.
const OPEN_PAUSED = 50;
const OPEN_OVERDUE = 34;
const WITHDRAWN = 40;

/** The other 21 agencies' share of the remaining 14,859 dossiers: land, business registration and criminal records lead. */
const OTHER_WEIGHTS: Record<string, number> = {
  khobac: 2,
  khdt: 12,
  tuphap: 9,
  tnmt: 14,
  xaydung: 5,
  congthuong: 4,
  nnptnt: 3,
  yte: 5,
  gddt: 3,
  ldtbxh: 5,
  taichinh: 2,
  noivu: 2,
  vhttdl: 3,
  tttt: 1.5,
  khcn: 1,
  ngoaivu: 2,
  kkt: 3,
  thue: 4,
  dantoc: 0.3,
  haiquan: 2,
  nhnn: 0.5,
};
const SHARES = { online: 0.015, post: 0.02, sentBackAtIntake: 0.02, consult: 0.03, refused: 0.015 };
export const STREAM_2014 = 2014;

export const YEAR_END_2014: Instant = Date.parse('2015-01-01T00:00:00+07:00') - 1;

/** Every dossier of 2014, planned so that the core classifies them into the source's figures exactly. */
export function plan2014(world: WorldIndex): DossierPlan[] {
  const random = mulberry32(seedFor(STREAM_2014, -1));
  const { clock } = world;
  const days = dayWeights(clock, parseLocalDate(FIGURES_2014.from), parseLocalDate(FIGURES_2014.to), random);
  days.slice(0, 10).forEach((d) => (d.weight *= 0.6)); // the first fortnight of a new center is quieter
  const perDay = apportion(
    FIGURES_2014.received,
    days.map((d) => d.weight),
  );
  const agencies = agencyDraw(world, random);
  const notBefore = opening(clock, parseLocalDate(FIGURES_2014.from));
  const plans: DossierPlan[] = [];
  days.forEach(({ day }, i) => {
    for (let k = 0; k < perDay[i]!; k++) {
      const n = plans.length;
      plans.push(basePlan(world, n, day, agencies[n]!, SHARES, notBefore, mulberry32(seedFor(STREAM_2014, n))));
    }
  });
  assignFates(world, plans, random);
  return plans;
}

/** One agency per dossier: the three figures of the source exactly, the rest shared by weight, in a random order. */
function agencyDraw(world: WorldIndex, random: Random): string[] {
  const others = Object.keys(OTHER_WEIGHTS);
  const named = Object.values(FIGURES_2014.byAgency).reduce((a, b) => a + b, 0);
  const shares = apportion(
    FIGURES_2014.received - named,
    others.map((slug) => OTHER_WEIGHTS[slug]!),
  );
  const counts: [string, number][] = [
    ...Object.entries(FIGURES_2014.byAgency),
    ...others.map((slug, i) => [slug, shares[i]!] as [string, number]),
  ];
  const draw = counts.flatMap(([slug, count]) => {
    const agency = world.agencyBySlug(slug);
    if (!agency) throw new Error(`demo dossiers: no agency ${slug}`);
    return Array<string>(count).fill(agency.id);
  });
  return shuffle(random, draw);
}

/**
 * The fates of 2014 (DESIGN §5 classification as of the end of 31 December): the 624 in progress
 * then are those received last with a due moment in 2015, 50 awaiting a supplement across the new
 * year and 34 overdue; 140 resolved late; the rest resolved early or on time within the year.
 */
function assignFates(world: WorldIndex, plans: DossierPlan[], random: Random): void {
  const { clock } = world;
  const dueOf = new Map(
    plans.map((p) => [
      p,
      dueMoment(clock, {
        start: p.receiveAt,
        limit: p.procedure.content.timeLimit,
        cutoff: p.procedure.content.cutoffTime,
      })!,
    ]),
  );
  const slack = (p: DossierPlan) => workingTimeBetween(clock, p.receiveAt, Math.min(dueOf.get(p)!, YEAR_CLOSE));
  const dueBy = (date: string) => (p: DossierPlan) => dueOf.get(p)! <= Date.parse(`${date}T17:00:00+07:00`);
  const taken = new Set<DossierPlan>();
  const take = (candidates: DossierPlan[], count: number, fate: (p: DossierPlan) => void) => {
    const chosen = candidates.filter((p) => !taken.has(p)).slice(0, count);
    if (chosen.length < count) throw new Error(`demo dossiers: only ${chosen.length} of ${count} candidates in 2014`);
    chosen.forEach((p) => (taken.add(p), fate(p)));
  };
  const openAtYearEnd = (timeliness: Timeliness) => (p: DossierPlan) => {
    p.resolveAfter = YEAR_END_2014;
    p.fate = { kind: 'resolve', timeliness, outcome: 'approved' };
  };
  const candidates = (filter: (p: DossierPlan) => boolean) => shuffle(random, plans.filter(filter));

  take(
    candidates((p) => receivedBetween(p, '2014-11-01', '2014-12-19') && dueBy('2014-12-26')(p)),
    OPEN_OVERDUE,
    openAtYearEnd('late'),
  );
  take(
    candidates((p) => receivedBetween(p, '2014-12-01', '2014-12-24')),
    OPEN_PAUSED,
    (p) => {
      openAtYearEnd(chance(random, 0.7) ? 'early' : 'onTime')(p);
      p.supplement = { pauseMs: 0, across: YEAR_END_2014 };
    },
  );
  // Those received last with a due moment in 2015 are still in progress on 31 December.
  const running = plans.filter((p) => dueOf.get(p)! > YEAR_END_2014).sort((a, b) => slack(a) - slack(b) || a.n - b.n);
  take(running, FIGURES_2014.inProgress - OPEN_PAUSED - OPEN_OVERDUE, (p) =>
    openAtYearEnd(chance(random, 0.7) ? 'early' : 'onTime')(p),
  );
  take(
    candidates((p) => receivedBetween(p, '2014-04-01', '2014-11-30') && dueBy('2014-12-15')(p)),
    FIGURES_2014.late,
    (p) => {
      p.resolveBy = YEAR_CLOSE;
      p.fate = {
        kind: 'resolve',
        timeliness: 'late',
        outcome: p.fate.kind === 'resolve' ? p.fate.outcome : 'approved',
      };
    },
  );
  take(
    candidates((p) => slack(p) >= clock.schedule.dayMs),
    WITHDRAWN,
    (p) => ((p.resolveBy = YEAR_CLOSE), (p.fate = { kind: 'withdraw' })),
  );
  for (const p of plans)
    if (!taken.has(p)) resolveWithinYear(p, slack(p) / clock.schedule.dayMs, clock.schedule.dayMs, random);
}

const YEAR_CLOSE = Date.parse('2014-12-31T17:00:00+07:00');
const receivedBetween = (p: DossierPlan, from: string, to: string) =>
  p.receiveAt >= Date.parse(`${from}T00:00:00+07:00`) && p.receiveAt <= Date.parse(`${to}T23:59:59+07:00`);

/** Resolved early or on time by the year's last office hour; a supplement request for some with time to spare (the clock stops, DESIGN §5). */
function resolveWithinYear(p: DossierPlan, spareDays: number, dayMs: number, random: Random): void {
  p.resolveBy = YEAR_CLOSE;
  if (p.fate.kind === 'resolve') p.fate = { ...p.fate, timeliness: chance(random, 0.78) ? 'early' : 'onTime' };
  if (spareDays >= 5 && chance(random, 0.07))
    p.supplement = { pauseMs: between(random, 0.5, Math.min(5, spareDays * 0.3)) * dayMs, across: null };
}
