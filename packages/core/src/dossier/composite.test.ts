import { describe, expect, it } from 'vitest';
import { intakeChild } from './composite.ts';
import { applyTransition } from './lifecycle.ts';
import { actors, at, clock, cmd, ctx, FIXTURES, makeSnapshot, PARTNER } from './testing.ts';

describe('composite dossiers (liên thông, DESIGN §6)', () => {
  const partnerProcedure = makeSnapshot({ code: '2.000111', timeLimit: { value: 2, unit: 'days' } });

  it('opens a received child in the partner agency, recorded by the counter that received the parent, on the partner’s own limit', () => {
    const parent = FIXTURES.received().state;
    const child = intakeChild(
      parent,
      { agencyId: PARTNER, procedure: partnerProcedure },
      { now: at('2025-07-07T09:05'), actor: actors.counter, clock },
    );
    if (!child.ok) throw new Error(JSON.stringify(child));
    expect(child.state).toMatchObject({
      status: 'received',
      agencyId: PARTNER,
      channel: 'direct',
      receivedAt: at('2025-07-07T09:05'),
    });
    // 2 working days from Monday 09:05: Wednesday 09:05.
    expect(child.state.dueAt).toBe(at('2025-07-09T09:05'));
    expect(child.events.map((e) => [e.type, e.actorId])).toEqual([
      ['open', actors.counter.id],
      ['receive', actors.counter.id],
    ]);
  });

  it('opens no child under a parent not received yet', () => {
    const child = intakeChild(
      FIXTURES.submitted().state,
      { agencyId: PARTNER, procedure: partnerProcedure },
      { now: at('2025-07-07T09:05'), actor: actors.counter, clock },
    );
    expect(child).toMatchObject({ ok: false, reason: 'dossier.not_received_yet' });
  });

  it('lets the lead propose approval only when every child has its result; a refusal may go at any time', () => {
    const parent = FIXTURES.in_appraisal().state;
    const at11 = { ...ctx('appraiser', '2025-07-07T11:00') };
    expect(applyTransition(parent, cmd.propose, { ...at11, openChildren: 1 })).toMatchObject({
      ok: false,
      code: 'lifecycle.guard_failed',
      reason: 'dossier.children_open',
    });
    expect(
      applyTransition(
        parent,
        { transition: 'propose_approval', payload: { ...cmd.propose.payload, proposal: 'refuse' } },
        { ...at11, openChildren: 1 },
      ).ok,
    ).toBe(true);
    expect(applyTransition(parent, cmd.propose, { ...at11, openChildren: 0 }).ok).toBe(true);
  });
});
