import { z } from 'zod';
import { classifyResolution, type ResolvedTimeliness } from '../calendar/classification.ts';
import { isDueSoon } from '../calendar/deadline.ts';
import type { Instant } from '../calendar/local-date.ts';
import type { WorkingClock } from '../calendar/working-time.ts';
import type { Consultation } from '../dossier/dossier-state.ts';

type Answer = Pick<Consultation, 'deadline' | 'answeredAt' | 'lapsed'>;

/** Warnings of the consulted agency's inbox, from the consultation's own deadline (DESIGN §6 "Inter-agency"). */
export const ConsultationWarning = z.enum(['due_soon', 'overdue']);
export type ConsultationWarning = z.infer<typeof ConsultationWarning>;

/** Awaiting the consulted agency: neither answered nor closed as lapsed by the lead. */
export const awaitsAnswer = (c: Answer): boolean => c.answeredAt === null && !c.lapsed;

/**
 * DESIGN §7 criterion 2 "each agency's time": the consulted agency's answer classified against its own
 * deadline as reports classify a dossier (DESIGN §5: early, on time, late); a consultation the lead closed
 * without an answer after its deadline counts late against the consulted agency. Null while awaited.
 */
export function consultationResult(c: Answer): ResolvedTimeliness | null {
  if (c.answeredAt !== null) return classifyResolution(c.deadline, c.answeredAt);
  return c.lapsed ? 'late' : null;
}

/**
 * The warnings of a consultation awaited at `now` (none once answered, lapsed or closed with its dossier):
 * overdue from its deadline on, due soon within the working day before it (as a dossier's, core `isDueSoon`).
 */
export function consultationWarnings(
  clock: WorkingClock,
  c: Answer & { closedAt?: Instant | null },
  now: Instant,
): ConsultationWarning[] {
  if (!awaitsAnswer(c) || (c.closedAt ?? null) !== null) return [];
  if (now >= c.deadline) return ['overdue'];
  return isDueSoon(clock, c.deadline, now) ? ['due_soon'] : [];
}
