import { z } from 'zod';
import { classifyDossier, type Classification } from '../calendar/classification.ts';
import { isDueSoon, stepMoments, type Deadline } from '../calendar/deadline.ts';
import type { Instant } from '../calendar/local-date.ts';
import type { WorkingClock } from '../calendar/working-time.ts';
import type { StepRole } from '../catalog/step.ts';
import type { Language } from '../language.ts';
import type { DossierState } from './dossier-state.ts';
import { OPEN_STATUSES } from './status.ts';

/** The dossier's clock for the calendar (DESIGN §5); null before reception (the clock has not started). */
export function deadlineOf(state: DossierState): Deadline | null {
  if (state.receivedAt === null) return null;
  const { timeLimit: limit, cutoffTime: cutoff, suspensionMode } = state.procedure;
  return { start: state.receivedAt, limit, cutoff, pauses: state.pauses, suspensionMode };
}

/**
 * The one classification (calendar's `classifyDossier`) of a dossier at `asOf`; null for one never
 * received (rejected at intake, withdrawn before reception, still a draft): reports leave it out.
 */
export function classifyState(clock: WorkingClock, state: DossierState, asOf: Instant): Classification | null {
  const deadline = deadlineOf(state);
  return deadline && classifyDossier(clock, deadline, state.resolution, asOf);
}

/** Warnings of the inboxes (DESIGN §5 "Step budgets"): a step over its budget, due within a working day, overdue, a consultation overdue. */
export const DossierWarning = z.enum(['step_over_budget', 'due_soon', 'overdue', 'consultation_overdue']);
export type DossierWarning = z.infer<typeof DossierWarning>;

export const WARNING_LABELS = {
  step_over_budget: { vi: 'Bước xử lý quá thời gian', en: 'Step over its budget' },
  due_soon: { vi: 'Sắp đến hạn trả', en: 'Due within a working day' },
  overdue: { vi: 'Quá hạn', en: 'Overdue' },
  consultation_overdue: { vi: 'Cơ quan phối hợp quá hạn trả lời', en: 'A consulted agency is late' },
} as const satisfies Record<DossierWarning, Record<Language, string>>;

export type ScheduledStepMoment = {
  name: string;
  role: StepRole;
  budgetMinutes: number;
  expectedAt: Instant | null;
  done: boolean;
  current: boolean;
};

/**
 * Each step's expected moment (its cumulative budget after reception, pauses honoured; null before
 * reception and for steps beyond a stopped clock), and whether it is done or current.
 */
export function stepSchedule(clock: WorkingClock, state: DossierState): ScheduledStepMoment[] {
  const deadline = deadlineOf(state);
  const moments = deadline ? stepMoments(clock, deadline, state.procedure.steps) : null;
  const finished = state.returnedAt !== null;
  return state.procedure.steps.map((step, i) => ({
    name: step.name,
    role: step.role,
    budgetMinutes: step.budgetMinutes,
    expectedAt: moments?.[i]?.expectedAt ?? null,
    done: finished || i < state.stepIndex,
    current: !finished && state.receivedAt !== null && i === state.stepIndex,
  }));
}

/**
 * The warnings of an open dossier at `now`. None while it awaits a supplement (the clock stands still
 * and it counts on time, DESIGN §5) or once resolved; `due_soon` fires one working day before the due
 * moment, when the apology of form 04 is due at the latest.
 */
export function warningsOf(clock: WorkingClock, state: DossierState, now: Instant): DossierWarning[] {
  const open = (OPEN_STATUSES as readonly string[]).includes(state.status);
  if (!open || state.resolution !== null || state.dueAt === null) return [];
  const warnings: DossierWarning[] = [];
  const deadline = deadlineOf(state);
  const step = state.procedure.steps[state.stepIndex];
  if (deadline && step) {
    const expectedAt = stepMoments(clock, deadline, state.procedure.steps.slice(0, state.stepIndex + 1)).at(
      -1,
    )?.expectedAt;
    if (expectedAt != null && now > expectedAt) warnings.push('step_over_budget');
  }
  if (now >= state.dueAt) warnings.push('overdue');
  else if (isDueSoon(clock, state.dueAt, now)) warnings.push('due_soon');
  if (
    state.status === 'in_consultation' &&
    state.consultations.some((c) => c.answeredAt === null && !c.lapsed && c.deadline < now)
  ) {
    warnings.push('consultation_overdue');
  }
  return warnings;
}
