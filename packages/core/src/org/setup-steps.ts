import { z } from 'zod';

/**
 * The admin's guide through a new province (issue 16): each step is done when what it makes exists. The order is
 * the order things depend on each other: agencies serve at a center, officers belong to both, counters sit in a
 * center, and the catalog's procedures belong to agencies.
 */
export const SETUP_STEPS = ['center', 'agencies', 'officers', 'counters', 'catalog'] as const;
export type SetupStepKey = (typeof SETUP_STEPS)[number];

export type SetupCounts = Record<SetupStepKey, number>;

export const SetupStep = z.object({
  key: z.enum(SETUP_STEPS),
  count: z.int().min(0),
  done: z.boolean(),
  ready: z.boolean(),
});
export type SetupStep = z.infer<typeof SetupStep>;

/** `GET /api/v1/admin/setup` (admin). */
export const SetupGuide = z.object({ steps: z.array(SetupStep) });
export type SetupGuide = z.infer<typeof SetupGuide>;

/** Each step with its count, whether it is done, and whether it can be started (every step before it done). */
export function setupSteps(counts: SetupCounts): SetupStep[] {
  let previousDone = true;
  return SETUP_STEPS.map((key) => {
    const step = { key, count: counts[key], done: counts[key] > 0, ready: previousDone };
    previousDone = previousDone && step.done;
    return step;
  });
}
