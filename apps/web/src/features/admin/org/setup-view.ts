import type { SetupStep, SetupStepKey } from '@motcua/core';

/** Done (with its count), the next one to do, or waiting for a step before it that is not done yet. */
export type StepState = 'done' | 'next' | 'waiting';

/** The admin page that does each step. */
export const STEP_PATHS: Record<SetupStepKey, string> = {
  center: '/admin/trung-tam',
  agencies: '/admin/co-quan',
  officers: '/admin/can-bo',
  counters: '/admin/quay',
  catalog: '/admin/catalog',
};

/**
 * How the guide shows a step. A step done out of order (a catalog imported before the counters exist) shows as
 * done: what exists, exists; only a step not done waits for those before it.
 */
export function stepState(step: SetupStep): StepState {
  if (step.done) return 'done';
  return step.ready ? 'next' : 'waiting';
}
