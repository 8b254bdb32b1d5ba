import { dayOfInstant, formatLocalDate, workingTimeBetween, type Instant } from '../catalog/core.ts';
import type { Driver } from './driver.ts';
import type { DossierPlan } from './plan.ts';
import { between, chance, pick, type Random } from './random.ts';
import { later } from './resolution.ts';
import type { WorldIndex } from './world.ts';

const MINUTE = 60_000;

/**
 * An opinion asked of another agency (liên thông, DESIGN §6): the partner of a composite procedure, or
 * another agency in force; its deadline inside the lead's budget; answered, then consolidated. Returns
 * the instant consolidated (`from` when there was no room or no partner).
 */
export function consult(
  world: WorldIndex,
  d: Driver,
  plan: DossierPlan,
  from: Instant,
  end: Instant,
  random: Random,
): Instant {
  const { clock } = world;
  const span = workingTimeBetween(clock, from, end);
  if (span < 30 * MINUTE) return from;
  const day = formatLocalDate(dayOfInstant(from));
  const partners = plan.procedure.content.partnerCodes
    .map((code) => world.versionOn(code, day)?.agencyId)
    .filter((id): id is string => !!id && id !== plan.agencyId && world.hasOfficers(id));
  const others = world.agenciesOn(day).filter((a) => a.id !== plan.agencyId && world.hasOfficers(a.id));
  const partner = partners[0] ?? (others.length > 0 ? pick(random, others).id : null);
  if (!partner) return from;
  const openedAt = later(clock, from, span * between(random, 0.02, 0.2));
  const deadline = Math.min(
    d.state.dueAt!,
    later(clock, openedAt, workingTimeBetween(clock, openedAt, end) * between(random, 0.5, 0.9)),
  );
  if (deadline <= openedAt) return from;
  const question = 'Đề nghị quý cơ quan cho ý kiến về nội dung hồ sơ thuộc phạm vi quản lý';
  if (
    !d.step(openedAt, world.officer(plan.agencyId, 'appraiser'), {
      transition: 'open_consultation',
      payload: { consultations: [{ agencyId: partner, question, deadline }] },
    })
  )
    return from;
  const answeredAt = later(clock, openedAt, workingTimeBetween(clock, openedAt, deadline) * between(random, 0.2, 0.95));
  const opinion = chance(random, 0.9)
    ? 'Thống nhất với đề xuất của cơ quan chủ trì'
    : 'Thống nhất, đề nghị cơ quan chủ trì lưu ý kiểm tra lại hồ sơ gốc';
  const no = d.state.consultations.length;
  if (
    !d.step(Math.min(answeredAt, deadline), world.officer(partner, 'appraiser'), {
      transition: 'record_opinion',
      payload: { no, opinion, agrees: true },
    })
  )
    return from;
  const closedAt = Math.max(
    d.state.updatedAt,
    Math.min(end, later(clock, d.state.updatedAt, between(random, 5, 60) * MINUTE)),
  );
  d.step(closedAt, world.officer(plan.agencyId, 'appraiser'), {
    transition: 'close_consultation',
    payload: { note: null },
  });
  return closedAt;
}
