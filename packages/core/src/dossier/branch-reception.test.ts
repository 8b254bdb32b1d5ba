import { describe, expect, it } from 'vitest';
import type { Actor } from './context.ts';
import { intakeAtCounter } from './intake.ts';
import { applyTransition } from './lifecycle.ts';
import { actors, AGENCY, at, clock, cmd, COMPLETE_TICKS, makeSnapshot } from './testing.ts';

/** DESIGN §13: a commune branch's counter officer has no agency and receives any procedure of the province. */
const branchCounter: Actor = { id: 'u-branch', roles: ['counter'], agencyId: null, branchId: 'commune-a' };
const otherBranch: Actor = { ...branchCounter, id: 'u-other', branchId: 'commune-b' };
const now = at('2025-07-07T09:00');
const input = { agencyId: AGENCY, channel: 'direct' as const, procedure: makeSnapshot(), ticks: COMPLETE_TICKS };

describe('reception at a branch for a province agency (DESIGN §13)', () => {
  it("is received by the branch's counter, for the agency, remembering the branch", () => {
    const result = intakeAtCounter({ ...input, receivedCenterId: 'commune-a' }, { now, actor: branchCounter, clock });
    if (!result.ok) throw new Error(result.code);
    expect(result.state).toMatchObject({ status: 'received', agencyId: AGENCY, receivedCenterId: 'commune-a' });
    expect(result.events[0]!.payload).toMatchObject({ receivedCenterId: 'commune-a' });
  });

  it.each([
    ['an officer of another branch', otherBranch, 'commune-a'],
    ['a branch officer recording it as received elsewhere', branchCounter, 'commune-b'],
    ['a branch officer with no receiving center named', branchCounter, undefined],
    ['an appraiser without an agency', { ...branchCounter, roles: ['appraiser'] } as Actor, 'commune-a'],
  ])('is refused to %s', (_, actor, receivedCenterId) => {
    expect(intakeAtCounter({ ...input, receivedCenterId }, { now, actor, clock })).toEqual({
      ok: false,
      code: 'auth.forbidden',
    });
  });

  it("the agency works on it; the branch's counter returns the result, another branch cannot", () => {
    const received = intakeAtCounter({ ...input, receivedCenterId: 'commune-a' }, { now, actor: branchCounter, clock });
    if (!received.ok) throw new Error(received.code);
    const context = (actor: Actor, local: string) => ({ now: at(local), actor, clock });
    let state = received.state;
    for (const [actor, local, command] of [
      [actors.appraiser, '2025-07-07T10:00', cmd.startAppraisal],
      [branchCounter, '2025-07-07T10:30', cmd.propose],
    ] as const) {
      const applied = applyTransition(state, command, context(actor, local));
      if (actor === branchCounter) {
        expect(applied).toEqual({ ok: false, code: 'auth.forbidden' });
        continue;
      }
      if (!applied.ok) throw new Error(applied.code);
      state = applied.next;
    }
    const ready = { ...state, status: 'result_ready' as const };
    expect(applyTransition(ready, cmd.returnResult, context(otherBranch, '2025-07-08T09:00'))).toEqual({
      ok: false,
      code: 'auth.forbidden',
    });
    expect(applyTransition(ready, cmd.returnResult, context(branchCounter, '2025-07-08T09:00'))).toMatchObject({
      ok: true,
      next: { status: 'returned' },
    });
  });
});
