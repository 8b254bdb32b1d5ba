import type { ChecklistTick, MissingItem } from './completeness.ts';
import { checkCompleteness, supplementReasonText } from './completeness.ts';
import type { LifecycleContext, LifecycleFailure } from './context.ts';
import type { DossierChannel, DossierState, ProcedureSnapshot } from './dossier-state.ts';
import type { DossierEventDraft } from './events.ts';
import { applyTransition, openDossier, type OpenDossierInput, type TransitionApplied } from './lifecycle.ts';

/** `channel` as `ReceiveDossierRequest` has it; `online` is refused here (the applicant submits it, `submitOnline`). */
export type CounterIntakeInput = OpenDossierInput & { ticks: ChecklistTick[] };

export type CounterIntake =
  | { ok: true; outcome: 'received'; state: DossierState; events: DossierEventDraft[] }
  | {
      ok: true;
      outcome: 'supplement_requested';
      state: DossierState;
      events: DossierEventDraft[];
      missing: MissingItem[];
    };

/**
 * Reception at the counter (DESIGN §6; NĐ 61/2018 art. 15): the dossier is recorded, then checked
 * against the checklist. Complete: received, the clock starts, a receipt (form 01) is due. Incomplete:
 * form 02 lists exactly the missing items, never a receipt; the applicant comes back with them.
 * The server assigns the code and secret and stores the state and both events in one transaction.
 */
export function intakeAtCounter(
  input: CounterIntakeInput,
  ctx: Omit<LifecycleContext, 'expectedVersion'>,
): CounterIntake | LifecycleFailure {
  const opened = openDossier(input, ctx);
  if (!opened.ok) return opened;
  const completeness = checkCompleteness(input.procedure.checklist, input.ticks);
  const next: TransitionApplied | LifecycleFailure = completeness.complete
    ? applyTransition(opened.next, { transition: 'receive', payload: { ticks: input.ticks } }, ctx)
    : applyTransition(
        opened.next,
        {
          transition: 'request_supplement_at_intake',
          payload: {
            items: completeness.missing.map((m) => ({ name: m.name, reason: supplementReasonText(m) })),
            note: null,
          },
        },
        ctx,
      );
  if (!next.ok) return next;
  const events = [opened.event, next.event];
  return completeness.complete
    ? { ok: true, outcome: 'received', state: next.next, events }
    : { ok: true, outcome: 'supplement_requested', state: next.next, events, missing: completeness.missing };
}

/**
 * An online submission in one step (DESIGN §6: the code is assigned at submission): the citizen's
 * dossier opened and sent, `submitted`, awaiting the counter's check (`receive` or a supplement).
 */
export function submitOnline(
  input: { agencyId: string; procedure: ProcedureSnapshot },
  ctx: Omit<LifecycleContext, 'expectedVersion'>,
): { ok: true; state: DossierState; events: DossierEventDraft[] } | LifecycleFailure {
  const opened = openDossier({ ...input, channel: 'online' }, ctx);
  if (!opened.ok) return opened;
  const sent = applyTransition(opened.next, { transition: 'submit_online', payload: {} }, ctx);
  return sent.ok ? { ok: true, state: sent.next, events: [opened.event, sent.event] } : sent;
}
