import { describe, expect, it } from 'vitest';
import type { DossierState } from './dossier-state.ts';
import { applyTransition } from './lifecycle.ts';
import { cmd, ctx, FIXTURES, LATER } from './testing.ts';
import { timelineOf } from './timeline.ts';

const approveWith = (resultDocumentId: string | null) =>
  ({ transition: 'approve', payload: { ...cmd.approve.payload, resultDocumentId } }) as const;

function applied(state: DossierState, command: Parameters<typeof applyTransition>[1], actor: 'approver' | 'counter') {
  const result = applyTransition(state, command, ctx(actor, LATER));
  if (!result.ok) throw new Error(result.code);
  return result;
}

describe('the approver attaches the result at approval; handing it over takes it by default', () => {
  const { state } = FIXTURES.awaiting_approval();

  it('keeps the document with the decision', () => {
    expect(applied(state, approveWith('doc-1'), 'approver').next.decision).toMatchObject({ resultDocumentId: 'doc-1' });
    expect(applied(state, cmd.approve, 'approver').next.decision).toMatchObject({ resultDocumentId: null });
  });

  it.each([
    ['doc-1', null, 'doc-1'],
    ['doc-1', 'doc-2', 'doc-2'],
    [null, null, null],
    [null, 'doc-2', 'doc-2'],
  ])('approved with %s, prepared with %s → the result handed over is %s', (atApproval, atPrepare, expected) => {
    const approved = applied(state, approveWith(atApproval), 'approver').next;
    const prepared = applied(
      approved,
      { transition: 'prepare_result', payload: { resultDocumentId: atPrepare } },
      'counter',
    );
    expect(prepared.event.payload).toEqual({ resultDocumentId: expected });
  });

  it('reads a decision stored before the field existed as having no document', () => {
    const { state: approved } = FIXTURES.approved();
    const old = { ...approved, decision: { ...approved.decision!, resultDocumentId: undefined } } as never;
    expect(applied(old, cmd.prepare, 'counter').event.payload).toEqual({ resultDocumentId: null });
  });
});

describe('reissue_secret: audited, the state unchanged (DESIGN §6, §14)', () => {
  const { state, events } = FIXTURES.returned();
  const reissued = applied(state, { transition: 'reissue_secret', payload: {} }, 'counter');

  it('records who and when, with no secret in the event, and changes only the version', () => {
    expect(reissued.event).toMatchObject({ type: 'reissue_secret', actorId: 'u-counter', payload: {} });
    expect(reissued.event.toStatus).toBe('returned');
    expect({ ...reissued.next, version: 0, updatedAt: 0 }).toEqual({ ...state, version: 0, updatedAt: 0 });
  });

  it('shows in the agency’s timeline, not in the citizen’s', () => {
    const all = [...events, reissued.event];
    expect(timelineOf(all, 'agency').at(-1)).toMatchObject({ transition: 'reissue_secret' });
    expect(timelineOf(all, 'public').map((e) => e.transition)).not.toContain('reissue_secret');
  });

  it('is not for a dossier never received: its secret was never printed', () => {
    const { state: intake } = FIXTURES.awaiting_supplement_at_intake();
    const result = applyTransition(intake, { transition: 'reissue_secret', payload: {} }, ctx('counter', LATER));
    expect(result).toMatchObject({ ok: false, code: 'lifecycle.transition_not_allowed' });
  });
});
