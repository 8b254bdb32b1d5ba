import {
  apologyDeadline,
  limitMs,
  subtractWorkingTime,
  workingTimeBetween,
  type Actor,
  type Command,
  type Instant,
} from '../catalog/core.ts';
import { consult } from './consultation.ts';
import { counterDesk } from './counter-desk.ts';
import { completeTicks, createDriver, supplementItems, type Driver, type History } from './driver.ts';
import { driveIntake } from './intake.ts';
import type { Party } from './party.ts';
import type { DossierPlan } from './plan.ts';
import { between, int, type Random } from './random.ts';
import { later, placeBetween, resolutionInstant } from './resolution.ts';
import type { WorldIndex } from './world.ts';

const MINUTE = 60_000;

/** Drives one planned dossier through the core up to `cut`; null when it was not yet opened then. */
export function driveDossier(
  world: WorldIndex,
  plan: DossierPlan,
  party: Party,
  random: Random,
  cut: Instant,
): History | null {
  const d = createDriver(world, cut);
  const owner: Actor | null = party.ownerId ? { id: party.ownerId, roles: ['citizen'], agencyId: null } : null;
  if (driveIntake(world, d, plan, owner, completeTicks(plan.procedure, party.submitter !== null), random))
    driveProcessing(world, d, plan, owner, party, random);
  return d.history();
}

type Officer = (role: 'counter' | 'appraiser' | 'approver' | 'agency_head') => Actor;

/**
 * After reception (DESIGN §5, §6): appraisal, a supplement request now and then (the clock stops until
 * the supplement comes), a withdrawal or a stop, an opinion of another agency (liên thông), the
 * proposal and the decision, the result ready at the planned timeliness, and its return.
 */
function driveProcessing(
  world: WorldIndex,
  d: Driver,
  plan: DossierPlan,
  owner: Actor | null,
  party: Party,
  random: Random,
): void {
  const { clock } = world;
  const officer: Officer = (role) => world.officer(plan.agencyId, role);
  const counter = (at: Instant) => counterDesk(world, plan, at).officer;
  // An officer's first moves take a share of the limit: minutes for a two-hour procedure, up to two hours for longer ones.
  const soon = () =>
    Math.min(120 * MINUTE, limitMs(clock, plan.procedure.content.timeLimit) * between(random, 0.01, 0.06));
  let t = later(clock, plan.receiveAt, soon());
  if (!d.step(t, officer('appraiser'), { transition: 'start_appraisal', payload: { assigneeId: null } })) return;
  if (plan.fate.kind === 'withdraw') {
    const at = later(clock, t, between(random, 0.1, 0.6) * workingTimeBetween(clock, t, d.state.dueAt!));
    const withdrawnAt = Math.max(t, Math.min(at, plan.resolveBy ?? at));
    d.step(withdrawnAt, counter(withdrawnAt), {
      transition: 'withdraw',
      payload: { reason: 'Tổ chức, cá nhân có văn bản đề nghị rút hồ sơ' },
    });
    return;
  }
  if (plan.supplement) {
    t = later(clock, t, soon());
    if (
      !d.step(t, officer('appraiser'), {
        transition: 'request_supplement',
        payload: { items: supplementItems(plan.procedure, int(random, 0, 99)), note: null },
      })
    )
      return;
    if (plan.fate.kind === 'stop') {
      // TT 03/2025/TT-VPCP form 05: the supplement never came.
      const reason = 'Quá thời hạn yêu cầu bổ sung mà tổ chức, cá nhân không bổ sung hồ sơ';
      d.step(later(clock, t, plan.supplement.pauseMs), officer('agency_head'), {
        transition: 'stop',
        payload: { reason, legalGround: 'Nghị định số 118/2025/NĐ-CP' },
      });
      return;
    }
    const { across, pauseMs } = plan.supplement;
    t =
      across !== null
        ? later(clock, across + 1, between(random, 0.2, 4) * clock.schedule.dayMs)
        : later(clock, t, pauseMs);
    if (
      !d.step(t, owner ?? counter(t), {
        transition: 'record_supplement',
        payload: { documentIds: [], note: null },
      })
    )
      return;
  }
  resolve(world, d, plan, party, officer, t, random);
}

/** From appraisal to the result's return, with the resolution falling where the plan wants it against the due moment. */
function resolve(
  world: WorldIndex,
  d: Driver,
  plan: DossierPlan,
  party: Party,
  officer: Officer,
  from: Instant,
  random: Random,
): void {
  const { clock } = world;
  const { fate } = plan;
  const counter = (at: Instant) => counterDesk(world, plan, at).officer;
  if (fate.kind !== 'resolve') throw new Error(`demo dossiers: a ${fate.kind} cannot be resolved`);
  const due = d.state.dueAt!;
  const room = later(clock, from, (plan.consult ? 6 : 3) * MINUTE);
  const resolution = resolutionInstant(
    clock,
    fate.timeliness,
    room,
    due,
    { after: plan.resolveAfter, by: plan.resolveBy },
    random,
  );
  if (!resolution)
    throw new Error(
      `demo dossiers: no ${fate.timeliness} resolution fits dossier ${plan.n} (received ${new Date(plan.receiveAt).toISOString()})`,
    );
  const resolvedAt = resolution.at;
  let t = from;
  if (resolution.timeliness === 'late') {
    // NĐ 61/2018 art. 19, form 04: the apology with a new date, one working day before the due moment when the appraiser saw it coming.
    const early = Math.floor((between(random, 0, 0.4) * clock.schedule.dayMs) / 1000) * 1000;
    t = Math.min(resolvedAt, Math.max(t, subtractWorkingTime(clock, apologyDeadline(clock, due), early)));
    const newDueAt = later(clock, resolvedAt, between(random, 0, 1) * clock.schedule.dayMs);
    if (
      !d.step(t, officer('appraiser'), {
        transition: 'apologise',
        payload: { reason: 'Hồ sơ cần xác minh thêm nên chưa giải quyết kịp thời hạn', newDueAt },
      })
    )
      return;
  }
  if (plan.consult) t = consult(world, d, plan, t, Math.min(resolvedAt, due), random);
  const [proposedAt, decidedAt] = placeBetween(clock, t, resolvedAt, 2, random) as [Instant, Instant];
  const approver = officer('approver');
  const approve = fate.outcome === 'approved';
  const summary = approve
    ? 'Hồ sơ đủ điều kiện, đề nghị phê duyệt'
    : 'Hồ sơ không đủ điều kiện theo quy định, đề nghị từ chối';
  const decision: Command = approve
    ? {
        transition: 'approve',
        payload: {
          resultNumber: `${int(random, 1, 9999)}/${resultSymbol(world, plan)}`,
          note: null,
          resultDocumentId: null,
        },
      }
    : {
        transition: 'refuse',
        payload: { reasons: ['Tổ chức, cá nhân không đáp ứng điều kiện theo quy định của pháp luật'] },
      };
  const recipient =
    party.resultDelivery === 'counter'
      ? (party.submitter?.fullName ??
        ('fullName' in party.applicant ? party.applicant.fullName : party.applicant.representative))
      : null;
  // The return's instant is drawn only once the result is ready, as ever: the draws after it (the secret, a rating) stay put.
  const returnAt = (at: Instant) =>
    d.step(at, counter(at), {
      transition: 'return_result',
      payload: { delivery: party.resultDelivery, recipient, note: null },
    });
  // The driver stops at the first step after "now": the dossier stays at the stage it had reached.
  // A branch's dossier has its result prepared and returned where it was received (DESIGN §13).
  void (
    d.step(proposedAt, officer('appraiser'), {
      transition: 'propose_approval',
      payload: { proposal: approve ? 'approve' : 'refuse', summary, approverId: approver.id },
    }) &&
    d.step(decidedAt, approver, decision) &&
    d.step(resolvedAt, plan.receivedAt ? counter(resolvedAt) : officer('appraiser'), {
      transition: 'prepare_result',
      payload: { resultDocumentId: null },
    }) &&
    returnAt(later(clock, resolvedAt, between(random, 0.02, 3) * clock.schedule.dayMs))
  );
}

/** Số, ký hiệu of the result (`…/GP-CONGAN`): a decision, licence, certificate or notice of the agency. */
const resultSymbol = (world: WorldIndex, plan: DossierPlan) =>
  `${['QĐ', 'GP', 'GCN', 'TB'][plan.n % 4]}-${world.agency(plan.agencyId).slug.toUpperCase()}`;
