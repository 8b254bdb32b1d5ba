import {
  intakeAtCounter,
  openDossier,
  submitOnline,
  type Actor,
  type ChecklistTick,
  type Instant,
} from '../catalog/core.ts';
import { counterDesk } from './counter-desk.ts';
import { canSendBack, snapshotOf, ticksMissingOne, type Driver } from './driver.ts';
import type { DossierPlan } from './plan.ts';
import { later } from './resolution.ts';
import { between, type Random } from './random.ts';
import type { WorldIndex } from './world.ts';

const MINUTE = 60_000;
const REJECTION = [
  'Thủ tục hành chính không thuộc thẩm quyền giải quyết của cơ quan',
  'Hồ sơ đề nghị giải quyết thủ tục khác với thủ tục đã chọn',
];

/**
 * The dossier's intake (DESIGN §6; NĐ 61/2018 art. 15): recorded at the counter (or by post) and
 * checked at once, or submitted online by its owner and checked by the counter later; sent back with
 * form 02 when an item is missing, then resubmitted; refused (form 03) when not the agency's. True
 * when the dossier was received (its clock runs) at `plan.receiveAt`.
 */
export function driveIntake(
  world: WorldIndex,
  d: Driver,
  plan: DossierPlan,
  owner: Actor | null,
  ticks: ChecklistTick[],
  random: Random,
): boolean {
  const { clock } = world;
  // At a branch, its counter officer records and receives (planned only where the branch is open both days).
  const counter = counterDesk(world, plan, plan.openAt).officer;
  const procedure = snapshotOf(plan.procedure);
  const branch = plan.receivedAt ? { receivedCenterId: plan.receivedAt.centerId } : {};
  const input = { agencyId: plan.agencyId, procedure, ...branch };
  const reasons = [REJECTION[Math.floor(random() * REJECTION.length)]!];

  if (plan.channel === 'online') {
    if (!owner) throw new Error('demo dossiers: an online dossier needs its owner');
    if (!d.open(plan.openAt, submitOnline(input, { now: plan.openAt, actor: owner, clock }))) return false;
    const checkedAt = later(clock, plan.openAt, between(random, 10, 90) * MINUTE);
    if (plan.fate.kind === 'reject') {
      d.step(checkedAt, counter, { transition: 'reject_at_intake', payload: { reasons } });
      return false;
    }
    if (plan.intakeSupplement && checkedAt < plan.receiveAt - 10 * MINUTE) {
      const items = [
        {
          name: plan.procedure.content.checklist.find((i) => i.required)?.name ?? 'Tờ khai',
          reason: 'Chưa nộp bản chính theo quy định',
        },
      ];
      if (!d.step(checkedAt, counter, { transition: 'request_supplement_at_intake', payload: { items, note: null } }))
        return false;
      const resubmitAt = checkedAt + Math.floor(between(random, 0.3, 0.9) * (plan.receiveAt - checkedAt));
      if (
        !d.step(resubmitAt, owner, {
          transition: 'resubmit',
          payload: { note: 'Đã bổ sung thành phần hồ sơ còn thiếu' },
        })
      )
        return false;
    }
    return d.step(plan.receiveAt, counter, { transition: 'receive', payload: { ticks } });
  }

  const ctx = { now: plan.openAt, actor: counter, clock };
  if (plan.fate.kind === 'reject') {
    if (!d.open(plan.openAt, intakeOpened(input, plan, ctx))) return false;
    d.step(later(clock, plan.openAt, between(random, 2, 15) * MINUTE), counter, {
      transition: 'reject_at_intake',
      payload: { reasons },
    });
    return false;
  }
  if (plan.intakeSupplement) {
    if (!canSendBack(plan.procedure)) throw new Error('demo dossiers: nothing to send back at intake');
    if (
      !d.open(
        plan.openAt,
        intakeAtCounter({ ...input, channel: plan.channel, ticks: ticksMissingOne(plan.procedure, ticks) }, ctx),
      )
    )
      return false;
    // The applicant comes back with what was missing: recorded and received in the same visit.
    if (
      !d.step(plan.receiveAt, counter, { transition: 'resubmit', payload: { note: 'Công dân nộp bổ sung tại quầy' } })
    )
      return false;
    return d.step(plan.receiveAt, counter, { transition: 'receive', payload: { ticks } });
  }
  return d.open(plan.openAt, intakeAtCounter({ ...input, channel: plan.channel, ticks }, ctx));
}

/** A dossier recorded at the counter, not yet checked (`openDossier`), as the driver opens it. */
function intakeOpened(
  input: { agencyId: string; procedure: ReturnType<typeof snapshotOf>; receivedCenterId?: string },
  plan: DossierPlan,
  ctx: { now: Instant; actor: Actor; clock: WorldIndex['clock'] },
) {
  const opened = openDossier({ ...input, channel: plan.channel }, ctx);
  return opened.ok ? { ok: true as const, state: opened.next, events: [opened.event] } : opened;
}
