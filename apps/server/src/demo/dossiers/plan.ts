import {
  dayOfInstant,
  foldText,
  startOfDay,
  type DossierChannel,
  type EpochDay,
  type Instant,
} from '../catalog/core.ts';
import { dayLabel, officeInstant } from './office-days.ts';
import { between, chance, int, pickWeighted, type Random } from './random.ts';
import type { BranchReception, WorldIndex, WorldProcedure } from './world.ts';

/** How a dossier ends, as planned; the core decides whether it does (the timeline drives it). */
export type Fate =
  | { kind: 'resolve'; timeliness: 'early' | 'onTime' | 'late'; outcome: 'approved' | 'refused' }
  | { kind: 'withdraw' }
  | { kind: 'stop' }
  | { kind: 'reject' };

/** A supplement request after reception (the clock stops, DESIGN §5); `across`: still awaited at that instant. */
export type SupplementPlan = { pauseMs: number; across: Instant | null };

/** One dossier before it is driven through the core. */
export type DossierPlan = {
  /** Its number in its period: the seed of its own draws, and the last group of its id. */
  n: number;
  agencyId: string;
  procedure: WorldProcedure;
  channel: DossierChannel;
  /** Received at a district or commune center and routed to the agency (DESIGN §13); null: at the province center. */
  receivedAt: BranchReception | null;
  /** First recorded (counter intake or online submission): the day of its code (DESIGN §6). */
  openAt: Instant;
  /** The valid reception: the clock starts (DESIGN §5). */
  receiveAt: Instant;
  /** Form 02 at intake, resubmitted and received at `receiveAt`. */
  intakeSupplement: boolean;
  fate: Fate;
  supplement: SupplementPlan | null;
  consult: boolean;
  /** The resolution falls after this instant (still in progress then), or by that one. */
  resolveAfter: Instant | null;
  resolveBy: Instant | null;
  /** A demo citizen's own online dossier (issue 19): theirs, not a drawn one's; its fee left unpaid when asked. */
  owner?: { username: string; feeUnpaid: boolean };
};

const HOUR = 3_600_000;

/** The commonest procedures of a one-door center, by folded words of their names, and how much more common. */
const POPULAR: readonly (readonly [string, number])[] = [
  ['ho chieu pho thong', 25],
  ['giay phep lai xe', 18],
  ['ly lich tu phap', 14],
  ['dang ky thanh lap doanh nghiep', 10],
  ['dang ky doanh nghiep', 6],
  ['bao hiem', 5],
  ['dang ky xe', 6],
  ['quyen su dung dat', 6],
  ['giay phep xay dung', 5],
  ['chung thuc', 4],
  ['cu tru', 4],
  // Within those, what counters see most (the catalog search breaks ties by volume): issuing a passport rather
  // than restoring one, a house's permit, a citizen's record; a foreign element is rare.
  ['cap ho chieu', 4],
  ['nha o rieng le', 8],
  ['cho cong dan viet nam', 3],
  ['yeu to nuoc ngoai', 0.3],
];
const weightCache = new WeakMap<WorldProcedure, number>();

function popularity(p: WorldProcedure): number {
  let w = weightCache.get(p);
  if (w === undefined) {
    const name = foldText(p.content.name);
    w = POPULAR.reduce(
      (acc, [words, boost]) => (name.includes(words) ? acc * boost : acc),
      p.content.partnerCodes.length > 0 ? 3 : 1,
    );
    weightCache.set(p, w);
  }
  return w;
}

export function chooseProcedure(random: Random, procedures: readonly WorldProcedure[]): WorldProcedure {
  return pickWeighted(
    random,
    procedures.map((p) => [popularity(p), p] as const),
  );
}

/** The channel: online only where the procedure is offered online (the core refuses it otherwise). */
export function chooseChannel(
  random: Random,
  procedure: WorldProcedure,
  shares: { online: number; post: number },
): DossierChannel {
  const r = random();
  if (r < shares.online && procedure.content.onlineLevel !== 'none') return 'online';
  return r > 1 - shares.post ? 'post' : 'direct';
}

/**
 * When the dossier was first recorded: an online one submitted some hours before the counter checks it
 * (evenings and weekends too); one sent back at intake (form 02) came 1–4 working days earlier. Never
 * before `notBefore` (the center's opening): a dossier that would be is not sent back at intake.
 */
export function openingOf(
  world: WorldIndex,
  random: Random,
  plan: { channel: DossierChannel; receiveAt: Instant; intakeSupplement: boolean },
  notBefore: Instant,
): { openAt: Instant; intakeSupplement: boolean } {
  const { clock } = world;
  let at = plan.receiveAt;
  let intakeSupplement = plan.intakeSupplement;
  if (intakeSupplement) {
    const day = clock.calendar.workingDayAfter(dayOfInstant(at), -int(random, 1, 4));
    at = officeInstant(clock, day, random);
    if (at < notBefore) [at, intakeSupplement] = [plan.receiveAt, false];
  }
  if (plan.channel === 'online') {
    at -= Math.floor(between(random, 0.3, 30) * HOUR);
    const hour = (at - startOfDay(dayOfInstant(at))) / HOUR;
    if (hour < 6) at -= Math.ceil(hour + 1) * HOUR; // nobody files at 3 a.m.: the evening before
  }
  return { openAt: Math.max(at, notBefore), intakeSupplement };
}

export type Shares = { online: number; post: number; sentBackAtIntake: number; consult: number; refused: number };

/**
 * A dossier of `agencyId` received on `day`: a procedure of the agency in force that day (DESIGN §4),
 * its channel, the reception instant in office hours (a cut-off is the core's to apply), and by
 * default an early approval; the period's planner decides the rest.
 */
export function basePlan(
  world: WorldIndex,
  n: number,
  day: EpochDay,
  agencyId: string,
  shares: Shares,
  notBefore: Instant,
  random: Random,
): DossierPlan {
  const procedures = world.proceduresOn(dayLabel(day)).get(agencyId);
  if (!procedures?.length)
    throw new Error(
      `demo dossiers: agency ${world.agency(agencyId).slug} has no procedure in force on ${dayLabel(day)}`,
    );
  const procedure = chooseProcedure(random, procedures);
  const channel = chooseChannel(random, procedure, shares);
  const receiveAt = officeInstant(world.clock, day, random);
  const sentBack =
    channel !== 'post' &&
    procedure.content.checklist.some((i) => i.required) &&
    chance(random, shares.sentBackAtIntake);
  const { openAt, intakeSupplement } = openingOf(
    world,
    random,
    { channel, receiveAt, intakeSupplement: sentBack },
    notBefore,
  );
  return {
    n,
    agencyId,
    procedure,
    channel,
    receivedAt: null,
    openAt,
    receiveAt,
    intakeSupplement,
    fate: { kind: 'resolve', timeliness: 'early', outcome: chance(random, shares.refused) ? 'refused' : 'approved' },
    supplement: null,
    consult: procedure.content.partnerCodes.length > 0 || chance(random, shares.consult),
    resolveAfter: null,
    resolveBy: null,
  };
}
