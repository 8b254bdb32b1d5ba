import { describe, expect, it } from 'vitest';
import type { DossierChannel } from './dossier-state.ts';
import { receptionCounter, type ReceptionCounter } from './reception-counter.ts';

describe('receptionCounter: the counter a reception records (DESIGN §2 "Counter")', () => {
  it.each<[DossierChannel, string | null, ReceptionCounter]>([
    ['direct', 'desk-7', { ok: true, counterId: 'desk-7' }],
    ['direct', null, { ok: false, code: 'dossier.counter_sign_in_required' }],
    ['post', 'desk-30', { ok: true, counterId: 'desk-30' }],
    ['post', null, { ok: true, counterId: null }],
    ['online', 'desk-7', { ok: true, counterId: null }],
    ['online', null, { ok: true, counterId: null }],
  ])('%s with the officer at %s → %j', (channel, signedInAt, expected) => {
    expect(receptionCounter(channel, signedInAt)).toEqual(expected);
  });
});
