import { z } from 'zod';
import { dueMomentAt, isPausedAt, type Deadline } from './deadline.ts';
import { dayOfInstant, type Instant } from './local-date.ts';
import type { WorkingClock } from './working-time.ts';

/** How a dossier was resolved (DESIGN §5): a decision (approved with a result, or refused with reasons), a withdrawal, or a stop (form 05). */
export const ResolutionKind = z.enum(['decided', 'withdrawn', 'stopped']);
export type ResolutionKind = z.infer<typeof ResolutionKind>;

export const ResolvedTimeliness = z.enum(['early', 'onTime', 'late']);
export type ResolvedTimeliness = z.infer<typeof ResolvedTimeliness>;

export const InProgressTimeliness = z.enum(['onTime', 'overdue']);
export type InProgressTimeliness = z.infer<typeof InProgressTimeliness>;

export type Resolution = { at: Instant; kind: ResolutionKind };

export type Classification =
  { status: 'resolved'; timeliness: ResolvedTimeliness } | { status: 'inProgress'; timeliness: InProgressTimeliness };

/**
 * DESIGN §5: early = on a (UTC+7) date before the due moment's date; on time = on the due date at or
 * before the due moment; late = after it. Withdrawn and stopped dossiers count as resolved on time.
 */
export function classifyResolution(
  due: Instant,
  resolvedAt: Instant,
  kind: ResolutionKind = 'decided',
): ResolvedTimeliness {
  if (kind !== 'decided') return 'onTime';
  if (resolvedAt > due) return 'late';
  return dayOfInstant(resolvedAt) < dayOfInstant(due) ? 'early' : 'onTime';
}

/**
 * DESIGN §5: in progress at `at`, a dossier is on time when `at` is before its due moment as it stood
 * at `at` (pauses up to `at` included); one awaiting a supplement is on time.
 */
export function classifyInProgress(clock: WorkingClock, deadline: Deadline, at: Instant): InProgressTimeliness {
  if (isPausedAt(deadline, at)) return 'onTime';
  return at < dueMomentAt(clock, deadline, at) ? 'onTime' : 'overdue';
}

/** The one classification every report and list uses: resolved by `asOf`, or in progress at `asOf`. */
export function classifyDossier(
  clock: WorkingClock,
  deadline: Deadline,
  resolution: Resolution | null,
  asOf: Instant,
): Classification {
  if (resolution && resolution.at <= asOf) {
    const due = dueMomentAt(clock, deadline, resolution.at);
    return { status: 'resolved', timeliness: classifyResolution(due, resolution.at, resolution.kind) };
  }
  return { status: 'inProgress', timeliness: classifyInProgress(clock, deadline, asOf) };
}
