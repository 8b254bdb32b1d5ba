import type { DossierChannel } from './dossier-state.ts';

export type ReceptionCounter =
  { ok: true; counterId: string | null } | { ok: false; code: 'dossier.counter_sign_in_required' };

/**
 * The counter a reception records (DESIGN §2 "Counter", §7: the counter's tablet rates the officer sitting
 * there). At the counter (`direct`) the officer must be signed in at one: the dossier names the desk that
 * received it. A dossier sent by post is opened wherever the officer works: it records the counter they sit
 * at, or none (counters carry no "postal" mark, so no desk is required). Online, no counter at all.
 */
export function receptionCounter(channel: DossierChannel, signedInAt: string | null): ReceptionCounter {
  if (channel === 'online') return { ok: true, counterId: null };
  if (channel === 'direct' && signedInAt === null) return { ok: false, code: 'dossier.counter_sign_in_required' };
  return { ok: true, counterId: signedInAt };
}
