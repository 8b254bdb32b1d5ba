import type { OrgDecision } from '@motcua/core';
import { AppError } from '../../platform/errors/app-error.ts';

/** A refusal of the core's org rules as the problem it is (field errors for a 400 on a field, DESIGN §13). */
export function orThrow(decision: OrgDecision): void {
  if (decision.ok) return;
  if ('errors' in decision) throw new AppError(decision.code, { errors: decision.errors });
  throw new AppError(decision.code);
}

/** The actor of an administrative command: who the audit names. */
export type AdminActor = { userId: string };
