import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Command, TransitionName } from './commands.ts';
import { DossierState } from './dossier-state.ts';
import type { DossierEventDraft } from './events.ts';
import { replay } from './evolve.ts';
import { applyTransition, availableTransitions, openDossier } from './lifecycle.ts';
import { DOSSIER_PROBLEMS } from './problems.ts';
import { DossierStatus, isFinal } from './status.ts';
import { actors, AGENCY, at, clock, cmd, makeSnapshot, PARTNER, type ActorKey } from './testing.ts';
import { TRANSITIONS } from './transitions.ts';

const DAY = 86_400_000;

/** A payload that passes the guards when the state allows it (some still fail on time, which is fine). */
function payloadFor(transition: TransitionName, state: DossierState, now: number, bit: boolean): unknown {
  switch (transition) {
    case 'receive':
      return { ticks: bit ? cmd.receive.payload.ticks : [] };
    case 'open_consultation':
      return { consultations: [{ agencyId: bit ? PARTNER : 'agency-third', question: '?', deadline: Math.max(now + 3_600_000, state.dueAt ?? 0) }] };
    case 'record_opinion':
      return { no: state.consultations.find((c) => c.answeredAt === null && !c.lapsed)?.no ?? 1, opinion: 'Đồng ý', agrees: bit };
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
type Move = { pick: number; who: number; exit: number };

/** Any transition by anyone: mostly refused, which must leave the state as it was. */
const randomMove = (m: Move) => [transitionNames[m.pick % transitionNames.length]!, actorKeys[m.who % actorKeys.length]!] as const;

/** A transition the dossier may take now, each equally likely, by one of the actors who may take it. */
function possibleMove(state: DossierState, m: Move): readonly [TransitionName, ActorKey] {
  const by = new Map<TransitionName, ActorKey[]>();
  for (const a of actorKeys) for (const t of availableTransitions(state, actors[a])) if (m.exit === 0 || !EXITS.has(t)) by.set(t, [...(by.get(t) ?? []), a]);
  const options = [...by.entries()];
  const [transition, who] = options[m.pick % Math.max(1, options.length)] ?? ['withdraw', ['head' as const]];
  return [transition, who[m.who % who.length]!];
}
const KNOWN_CODES = new Set<string>([...Object.keys(DOSSIER_PROBLEMS), 'auth.forbidden']);

// Mostly moves the dossier may take, some random ones; ending moves (withdraw, stop, reject) seldom, so that walks get deep.
const aMove = fc.record({ pick: fc.nat(), who: fc.nat(), any: fc.integer({ min: 0, max: 9 }), exit: fc.integer({ min: 0, max: 9 }), bit: fc.boolean(), minutes: fc.integer({ min: 0, max: 3000 }) });
const EXITS = new Set<TransitionName>(['withdraw', 'stop', 'reject_at_intake']);
const aRun = fc.record({ online: fc.boolean(), restart: fc.boolean(), startMinutes: fc.integer({ min: 0, max: 60 * 24 * 40 }), moves: fc.array(aMove, { minLength: 5, maxLength: 60 }) });

describe('the lifecycle under random commands', () => {
  const reached = new Set<DossierStatus>();
  it('never reaches an undefined state; versions and events follow; replay gives the state back', () => {
    fc.assert(
      fc.property(aRun, ({ online, restart, startMinutes, moves }) => {
        let now = at('2025-06-16T08:00') + startMinutes * 60_000;
        const procedure = makeSnapshot({ suspensionMode: restart ? 'restart' : 'pause' });
        const opened = openDossier({ agencyId: AGENCY, channel: online ? 'online' : 'direct', procedure }, { now, actor: online ? actors.owner : actors.counter });
        if (!opened.ok) return false;
        let state = opened.next;
        const events: DossierEventDraft[] = [opened.event];
        for (const move of moves) {
          now += move.minutes * 60_000;
          const [transition, actor] = move.any === 0 ? randomMove(move) : possibleMove(state, move);
          const command = { transition, payload: payloadFor(transition, state, now, move.bit) } as Command;
          const before = JSON.parse(JSON.stringify(state)) as DossierState;
          const result = applyTransition(state, command, { now, actor: actors[actor], clock });
          if (!result.ok) {
            expect(KNOWN_CODES.has(result.code)).toBe(true);
            expect(state).toEqual(before);
            continue;
          }
          const { next, event } = result;
          expect(DossierStatus.safeParse(next.status).success).toBe(true);
          expect(next.version).toBe(state.version + 1);
          expect(event).toMatchObject({ type: transition, fromStatus: state.status, toStatus: next.status, version: next.version, at: now });
          expect(next.status).toBe(TRANSITIONS[transition].to ?? state.status);
          if (state.resolution) expect(next.resolution).toEqual(state.resolution);
          const openPauses = next.pauses.filter((p) => p.end === null).length;
          if (!isFinal(next.status)) expect(next.dueAt === null).toBe(next.receivedAt === null || openPauses === 1);
          expect(openPauses).toBe(next.status === 'awaiting_supplement' && next.receivedAt !== null ? 1 : 0);
          reached.add(next.status);
          state = next;
          events.push(event);
        }
        expect(DossierState.parse(state)).toEqual(state);
        expect(JSON.parse(JSON.stringify(state))).toEqual(state);
        expect(state.version).toBe(events.length);
        expect(replay(events)).toEqual(state);
        expect(replay(JSON.parse(JSON.stringify(events)))).toEqual(state);
      }),
      { numRuns: 300 },
    );
    // The walk reaches every state, so the checks above ran on each.
    expect([...reached].sort()).toEqual(DossierStatus.options.filter((s) => s !== 'draft').sort());
  });
});
