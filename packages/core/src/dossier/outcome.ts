import type { LifecycleFailure, PlainFailureCode } from './context.ts';
import type { DossierMessageKey } from './dossier-messages.ts';

/** Outcome helpers of the guards (internal: not in the barrel). */
export const guardFailed = (reason: DossierMessageKey): LifecycleFailure => ({
  ok: false,
  code: 'lifecycle.guard_failed',
  reason,
});
export const failure = (code: PlainFailureCode): LifecycleFailure => ({ ok: false, code });

/** Whether a required text is missing: empty or blank. */
export const isBlank = (text: string | null | undefined): boolean => !text || text.trim() === '';
