import { applyTransition } from '@motcua/core';
import { describe, expect, it } from 'vitest';
import { actors, at, clock, FIXTURES } from '../../../../../packages/core/src/dossier/testing.ts';
import { consultationRowsOf } from './consultation-row.ts';

const refs = { centerId: 'c', dossierId: 'd', leadAgencyId: 'lead' };

/** One mapping from a dossier's state and events to its consultation rows, for a transition and for the demo. */
describe('consultationRowsOf', () => {
  it('from a whole history: the row of the asked agency, open while the dossier is in consultation', () => {
    const { state, events } = FIXTURES.in_consultation();
    const [row] = consultationRowsOf(refs, state, events);
    expect(row).toMatchObject({ no: 1, agencyId: state.consultations[0]!.agencyId, closedAt: null, result: null });
  });

  it('a withdrawal in consultation closes the row: nothing is awaited of a withdrawn dossier', () => {
    const { state } = FIXTURES.in_consultation();
    const withdrawn = applyTransition(
      state,
      { transition: 'withdraw', payload: { reason: 'Công dân xin rút' } },
      { now: at('2025-07-08T09:00'), actor: actors.counter, clock },
    );
    if (!withdrawn.ok) throw new Error(withdrawn.code);
    const rows = consultationRowsOf(refs, withdrawn.next, [withdrawn.event]);
    expect(rows.map((r) => [r.closedAt, r.lapsed])).toEqual([[new Date(at('2025-07-08T09:00')), false]]);
  });

  it('no rows for an event that concerns no consultation', () => {
    const { state, events } = FIXTURES.in_appraisal();
    expect(consultationRowsOf(refs, state, events)).toEqual([]);
  });
});
