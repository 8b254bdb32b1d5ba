import { dayOfInstant, feeAmount, type EpochDay, type Instant } from '../catalog/core.ts';
import { IDENTITY_VERIFIED_CITIZEN } from './citizen-profiles.ts';
import { dayLabel, officeInstant } from './office-days.ts';
import type { DossierPlan } from './plan.ts';
import { mulberry32, seedFor } from './random.ts';
import type { WorldIndex, WorldProcedure } from './world.ts';

/** The demo citizen whose portal shows every case (DESIGN §11): a draft, a dossier awaiting the counter, a result. */
export const DEMO_OWNER = IDENTITY_VERIFIED_CITIZEN;
const STREAM_CITIZEN = 0xc17e;
const HOUR = 3_600_000;
/** How far back the returned dossier was received: beyond a short procedure's limit and its return. */
const RETURNED_WORKING_DAYS_AGO = 20;
const SUPPLEMENT_OWNER = 'congdan.0003';
const SUPPLEMENT_AWAITED_WORKING_DAYS = 30;

/** A person's procedure offered online on `day`, of an agency at work then, by code (the same choice on every run). */
function onlineOn(world: WorldIndex, day: EpochDay, level: 'full' | 'any'): WorldProcedure[] {
  const label = dayLabel(day);
  const working = new Set(world.agenciesOn(label).flatMap((a) => (world.hasOfficers(a.id) ? [a.id] : [])));
  return [...world.proceduresOn(label).values()]
    .flat()
    .filter(
      (p) =>
        working.has(p.agencyId) &&
        (level === 'any' ? p.content.onlineLevel !== 'none' : p.content.onlineLevel === 'full') &&
        p.content.partnerCodes.length === 0 &&
        !p.content.formFields.some((f) => f.name === 'taxCode'),
    )
    .sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
}

/** A fixed fee still owed after the online discount (paying online is a later issue). */
const owesFee = (p: WorldProcedure): boolean => {
  const fee = p.content.fees[0];
  return fee?.basis === 'fixed' && (feeAmount(fee, { online: true }) ?? 0) > 0;
};
/** Short enough to be decided and returned within the working days before "now". */
const isShort = (p: WorldProcedure): boolean => p.content.timeLimit.unit === 'hours' || p.content.timeLimit.value <= 10;

const planOf = (
  n: number,
  procedure: WorldProcedure,
  [openAt, receiveAt]: [Instant, Instant],
  owner: DossierPlan['owner'],
): DossierPlan => ({
  n,
  agencyId: procedure.agencyId,
  procedure,
  channel: 'online',
  receivedAt: null,
  openAt,
  receiveAt,
  intakeSupplement: false,
  fate: { kind: 'resolve', timeliness: 'early', outcome: 'approved' },
  supplement: null,
  consult: false,
  resolveAfter: null,
  resolveBy: null,
  owner,
});

/**
 * The demo citizen's own dossiers relative to "now" (issue 19), numbered after the live window's `from`: one of a
 * fee-bearing procedure submitted two hours ago, awaiting the counter's check, its fee unpaid (its reception is
 * planned after "now", so the driver stops before it); one received 20 working days ago, decided early and returned.
 * And one of another citizen awaiting a supplement at intake, a stage the drawn dossiers rarely hold at "now".
 */
export function citizenPlans(world: WorldIndex, now: Instant, from: number): DossierPlan[] {
  const { calendar } = world.clock;
  const random = mulberry32(seedFor(STREAM_CITIZEN, 0));
  const today = dayOfInstant(now);
  const plans: DossierPlan[] = [];
  const owed = onlineOn(world, today, 'full').filter(owesFee);
  const submitted = owed.find((p) => p.content.name.includes('hộ chiếu')) ?? owed[0];
  if (submitted) {
    const receiveAt = officeInstant(world.clock, calendar.workingDayAfter(today, 1), random);
    plans.push(planOf(from, submitted, [now - 2 * HOUR, receiveAt], { username: DEMO_OWNER, feeUnpaid: true }));
  }
  const day = calendar.workingDayAfter(today, -RETURNED_WORKING_DAYS_AGO);
  const returned = onlineOn(world, day, 'any').find(isShort);
  if (returned) {
    const receiveAt = officeInstant(world.clock, day, random);
    plans.push(
      planOf(from + plans.length, returned, [receiveAt - 3 * HOUR, receiveAt], {
        username: DEMO_OWNER,
        feeUnpaid: false,
      }),
    );
  }
  // Another citizen's dossier sent back at intake two working days ago (form 02), the supplement not yet sent: its
  // reception planned far enough ahead that the resubmission, drawn between the check and it, falls after "now".
  const asked = onlineOn(world, calendar.workingDayAfter(today, -2), 'any')[0];
  if (asked) {
    const openAt = officeInstant(world.clock, calendar.workingDayAfter(today, -2), random);
    const receiveAt = officeInstant(
      world.clock,
      calendar.workingDayAfter(today, SUPPLEMENT_AWAITED_WORKING_DAYS),
      random,
    );
    const plan = planOf(from + plans.length, asked, [openAt, receiveAt], {
      username: SUPPLEMENT_OWNER,
      feeUnpaid: false,
    });
    plans.push({ ...plan, intakeSupplement: true });
  }
  return plans;
}
