import { describe, expect, it } from 'vitest';
import { applyTransition, availableTransitions } from '../dossier/lifecycle.ts';
import { actors, at, clock, FIXTURES } from '../dossier/testing.ts';

// The fixture asks the partner agency with a deadline of 8 July 2025, 17:00 (dossier/testing.ts).
const BEFORE = at('2025-07-08T09:00');
const AFTER = at('2025-07-09T08:00');
const offers = (actor: keyof typeof actors, now?: number) =>
  availableTransitions(FIXTURES.in_consultation().state, actors[actor], now);

/** The buttons of a dossier in consultation offer only what can succeed now (decide.ts's state guards). */
describe('what the dossier page offers during a consultation (DESIGN §6 "Inter-agency")', () => {
  it('the lead consolidates only once no awaited agency is within its deadline', () => {
    expect(offers('appraiser', BEFORE)).not.toContain('close_consultation');
    expect(offers('appraiser', AFTER)).toContain('close_consultation');
    expect(offers('head', AFTER)).toContain('close_consultation');
    // Without the instant the guard cannot be read: offered, and decide.ts answers.
    expect(offers('appraiser')).toContain('close_consultation');
  });

  it('the lead’s close after the deadline marks the silent agency lapsed', () => {
    const { state } = FIXTURES.in_consultation();
    const closed = applyTransition(
      state,
      { transition: 'close_consultation', payload: { note: null } },
      { now: AFTER, actor: actors.appraiser, clock },
    );
    expect(closed).toMatchObject({ ok: true, next: { status: 'in_appraisal', consultations: [{ lapsed: true }] } });
  });

  it('the consulted agency answers while asked, and not again once it answered', () => {
    expect(offers('partner', BEFORE)).toEqual(['record_opinion']);
    const { state } = FIXTURES.in_consultation();
    const answered = applyTransition(
      state,
      { transition: 'record_opinion', payload: { no: 1, opinion: 'Đồng ý', agrees: true } },
      { now: BEFORE, actor: actors.partner, clock },
    );
    if (!answered.ok) throw new Error(answered.code);
    expect(availableTransitions(answered.next, actors.partner, BEFORE)).toEqual([]);
    // Everyone answered: the lead consolidates at once, before the deadline.
    expect(availableTransitions(answered.next, actors.appraiser, BEFORE)).toContain('close_consultation');
  });
});
