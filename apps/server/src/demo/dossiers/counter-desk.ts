import { dayOfInstant, formatLocalDate, isInForce, type Actor, type Instant } from '../catalog/core.ts';
import type { DossierPlan } from './plan.ts';
import type { WorldIndex } from './world.ts';

/** The counter's side of a dossier at an instant: who acts there, at which desk. */
export type CounterDesk = { officer: Actor; counterId: string | null };

/**
 * Who does the counter's part of a dossier (reception, result, return) at `at` (DESIGN §13, core `Actor.branchId`):
 * the branch that received it, where the result is returned; the agency's own counter for a dossier received at the
 * province center, or once the branch has closed (a district center after 2025-06-30: its officers are gone).
 */
export function counterDesk(
  world: WorldIndex,
  plan: Pick<DossierPlan, 'agencyId' | 'receivedAt'>,
  at: Instant,
): CounterDesk {
  const branch = plan.receivedAt;
  if (branch && isInForce(branch, formatLocalDate(dayOfInstant(at))))
    return { officer: branch.officer, counterId: branch.counterId };
  return {
    officer: world.officer(plan.agencyId, 'counter'),
    counterId: world.receivingCounter(plan.agencyId, 'direct'),
  };
}
