import { z } from 'zod';
import { AgencyRef } from '../auth/auth-api.ts';
import type { LifecycleContext, LifecycleFailure } from './context.ts';
import type { DossierState, ProcedureSnapshot } from './dossier-state.ts';
import type { DossierEventDraft } from './events.ts';
import { IsoInstant } from './instant.ts';
import { intakeAtCounter } from './intake.ts';
import { DossierStatus } from './status.ts';

/**
 * Composite procedures (liên thông, DESIGN §6): when the lead agency's dossier is received, a child
 * dossier opens in each partner agency under it. The citizen follows the parent's code; reports count
 * the parent once, under the agency that received it (children add nothing to the statistics); the
 * children appear in their agencies' workloads. The lead may propose approval only once every child
 * has its result (`openChildren` in the context), and may propose a refusal at any time.
 */
export const CompositeRef = z.object({ id: z.string(), code: z.string() });
export const CompositeChild = CompositeRef.extend({
  agency: AgencyRef,
  status: DossierStatus,
  dueAt: IsoInstant.nullable(),
  resolvedAt: IsoInstant.nullable(),
});
export type CompositeChild = z.infer<typeof CompositeChild>;
export const CompositeLinks = z.object({ parent: CompositeRef.nullable(), children: z.array(CompositeChild) });
export type CompositeLinks = z.infer<typeof CompositeLinks>;

export const NO_COMPOSITE: CompositeLinks = { parent: null, children: [] };

/**
 * A partner agency's child dossier, recorded and received at once by the one-door counter that
 * received the parent, acting for the partner (the documents came in with the parent, so every item
 * of the partner's checklist is ticked). It is handed over between agencies: its channel is `direct`
 * whatever the parent's. Its clock is the partner procedure's own limit from the parent's reception.
 */
export function intakeChild(
  parent: DossierState,
  partner: { agencyId: string; procedure: ProcedureSnapshot },
  ctx: Omit<LifecycleContext, 'expectedVersion'>,
): { ok: true; state: DossierState; events: DossierEventDraft[] } | LifecycleFailure {
  if (parent.receivedAt === null)
    return { ok: false, code: 'lifecycle.guard_failed', reason: 'dossier.not_received_yet' };
  const ticks = partner.procedure.checklist.map((item, i) => ({
    item: i,
    provided: item.count,
    form: null,
    conditionApplies: false,
  }));
  const onBehalf = { id: ctx.actor.id, roles: ['counter' as const], agencyId: partner.agencyId };
  const intake = intakeAtCounter(
    { agencyId: partner.agencyId, channel: 'direct', procedure: partner.procedure, ticks },
    { ...ctx, actor: onBehalf },
  );
  if (!intake.ok) return intake;
  if (intake.outcome !== 'received')
    return { ok: false, code: 'lifecycle.guard_failed', reason: 'dossier.not_received_yet' };
  return { ok: true, state: intake.state, events: intake.events };
}
