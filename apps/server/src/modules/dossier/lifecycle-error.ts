import type { LifecycleFailure } from '@motcua/core';
import { AppError } from '../../platform/errors/app-error.ts';

/**
 * A refusal of the core's state machine as a problem: the guard's reason (a message key) becomes the
 * detail in the reader's language, missing items become field errors under `ticks`.
 */
export function lifecycleError(failure: LifecycleFailure): AppError {
  const f = failure as LifecycleFailure & {
    reason?: string;
    missing?: { item: number; name?: string; reason: string }[];
  };
  if (f.code === 'lifecycle.guard_failed' && f.reason)
    return new AppError(f.code, { errors: [{ path: '', message: f.reason }] });
  if (f.code === 'dossier.incomplete' && f.missing)
    return new AppError(f.code, { errors: f.missing.map((m) => ({ path: `ticks.${m.item}`, message: m.reason })) });
  return new AppError(f.code);
}
