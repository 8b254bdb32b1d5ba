import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Command } from './commands.ts';
import { DossierState } from './dossier-state.ts';
import type { DossierEventDraft } from './events.ts';
import { replay } from './evolve.ts';
import { applyTransition, openDossier } from './lifecycle.ts';
import { DOSSIER_PROBLEMS } from './dossier-problems.ts';
import { DossierStatus, isFinal } from './status.ts';
import { actors, AGENCY, at, clock, makeSnapshot } from './testing.ts';
import { aRun, payloadFor, possibleMove, randomMove } from './testing-walk.ts';
import { TRANSITIONS } from './transitions.ts';

const KNOWN_CODES = new Set<string>([...Object.keys(DOSSIER_PROBLEMS), 'auth.forbidden']);

describe('the lifecycle under random commands', () => {
  const reached = new Set<DossierStatus>();
  it('never reaches an undefined state; versions and events follow; replay gives the state back', () => {
    fc.assert(
      fc.property(aRun, ({ online, restart, startMinutes, moves }) => {
        let now = at('2025-06-16T08:00') + startMinutes * 60_000;
        const procedure = makeSnapshot({ suspensionMode: restart ? 'restart' : 'pause' });
        const opened = openDossier(
          { agencyId: AGENCY, channel: online ? 'online' : 'direct', procedure },
          { now, actor: online ? actors.owner : actors.counter },
        );
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
          expect(event).toMatchObject({
            type: transition,
            fromStatus: state.status,
            toStatus: next.status,
            version: next.version,
            at: now,
          });
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
