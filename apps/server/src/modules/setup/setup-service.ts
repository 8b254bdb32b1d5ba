import { dayOfInstant, formatLocalDate, setupSteps, type SetupStep } from '@motcua/core';
import type { Database } from '../../db/database.ts';
import { createSetupRepo } from './setup-repo.ts';

/** The admin's guide through a new province (issue 16): the core decides each step's state from the counts. */
export function createSetupService(deps: { db: Database; now: () => Date }) {
  const repo = createSetupRepo(deps.db);
  return {
    async steps(): Promise<{ steps: SetupStep[] }> {
      const counts = await repo.counts(formatLocalDate(dayOfInstant(deps.now().getTime())));
      return { steps: setupSteps(counts) };
    },
  };
}
export type SetupService = ReturnType<typeof createSetupService>;
