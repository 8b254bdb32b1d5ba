import fc from 'fast-check';
import type { Command, TransitionName } from './commands.ts';
import type { DossierState } from './dossier-state.ts';
import { applyTransition, availableTransitions, openDossier } from './lifecycle.ts';
import { actors, AGENCY, at, clock, cmd, makeSnapshot, PARTNER, type ActorKey } from './testing.ts';
import { TRANSITIONS } from './transitions.ts';

/** Random walks through the lifecycle, for property tests (the lifecycle's and the statistics'). */
const DAY = 86_400_000;

/** A payload that passes the guards when the state allows it (some still fail on time, which is fine). */
export function payloadFor(transition: TransitionName, state: DossierState, now: number, bit: boolean): unknown {
  switch (transition) {
    case 'receive':
      return { ticks: bit ? cmd.receive.payload.ticks : [] };
    case 'open_consultation':
      return {
        consultations: [
          {
            agencyId: bit ? PARTNER : 'agency-third',
            question: '?',
            deadline: Math.max(now + 3_600_000, state.dueAt ?? 0),
          },
        ],
      };
    case 'record_opinion':
      return {
        no: state.consultations.find((c) => c.answeredAt === null && !c.lapsed)?.no ?? 1,
        opinion: 'Đồng ý',
        agrees: bit,
      };
    case 'apologise':
      return { reason: 'x', newDueAt: Math.max(state.dueAt ?? now, state.apology?.newDueAt ?? 0) + DAY };
    default: {
      const fixed: Partial<Record<TransitionName, unknown>> = {
        ...Object.fromEntries(Object.values(cmd).map((c) => [c.transition, c.payload])),
        request_supplement: cmd.supplement.payload,
        resubmit: { note: null },
        reject_at_intake: { reasons: ['x'] },
        close_consultation: { note: null },
        send_back: { reason: 'x' },
        withdraw: { reason: 'x' },
        stop: { reason: 'x', legalGround: 'y' },
        reassign: { assigneeId: bit ? 'u-appraiser' : 'u-appraiser-2', note: null },
        propose_approval: { ...cmd.propose.payload, proposal: bit ? 'approve' : 'refuse' },
      };
      return fixed[transition];
    }
  }
}

const actorKeys = Object.keys(actors) as ActorKey[];
const transitionNames = Object.keys(TRANSITIONS) as TransitionName[];
export type Move = { pick: number; who: number; exit: number };

/** Any transition by anyone: mostly refused, which must leave the state as it was. */
export const randomMove = (m: Move) =>
  [transitionNames[m.pick % transitionNames.length]!, actorKeys[m.who % actorKeys.length]!] as const;

/** A transition the dossier may take now, each equally likely, by one of the actors who may take it. */
export function possibleMove(state: DossierState, m: Move): readonly [TransitionName, ActorKey] {
  const by = new Map<TransitionName, ActorKey[]>();
  for (const a of actorKeys)
    for (const t of availableTransitions(state, actors[a]))
      if (m.exit === 0 || !EXITS.has(t)) by.set(t, [...(by.get(t) ?? []), a]);
  const options = [...by.entries()];
  const [transition, who] = options[m.pick % Math.max(1, options.length)] ?? ['withdraw', ['head' as const]];
  return [transition, who[m.who % who.length]!];
}

// Mostly moves the dossier may take, some random ones; ending moves (withdraw, stop, reject) seldom, so that walks get deep.
export const aMove = fc.record({
  pick: fc.nat(),
  who: fc.nat(),
  any: fc.integer({ min: 0, max: 9 }),
  exit: fc.integer({ min: 0, max: 9 }),
  bit: fc.boolean(),
  minutes: fc.integer({ min: 0, max: 3000 }),
});
export const EXITS = new Set<TransitionName>(['withdraw', 'stop', 'reject_at_intake']);
export type Run = typeof aRun extends fc.Arbitrary<infer R> ? R : never;
export const aRun = fc.record({
  online: fc.boolean(),
  restart: fc.boolean(),
  startMinutes: fc.integer({ min: 0, max: 60 * 24 * 40 }),
  moves: fc.array(aMove, { minLength: 5, maxLength: 60 }),
});

/** The states a random run goes through, from the opening, each with the instant it was reached. */
export function walkStates({ online, restart, startMinutes, moves }: Run): { state: DossierState; at: number }[] {
  let now = at('2025-06-16T08:00') + startMinutes * 60_000;
  const procedure = makeSnapshot({ suspensionMode: restart ? 'restart' : 'pause' });
  const opened = openDossier(
    { agencyId: AGENCY, channel: online ? 'online' : 'direct', procedure },
    { now, actor: online ? actors.owner : actors.counter },
  );
  if (!opened.ok) throw new Error('open refused');
  const states = [{ state: opened.next, at: now }];
  let state = opened.next;
  for (const move of moves) {
    now += move.minutes * 60_000;
    const [transition, actor] = possibleMove(state, move);
    const result = applyTransition(
      state,
      { transition, payload: payloadFor(transition, state, now, move.bit) } as Command,
      { now, actor: actors[actor], clock },
    );
    if (!result.ok) continue;
    state = result.next;
    states.push({ state, at: now });
  }
  return states;
}
