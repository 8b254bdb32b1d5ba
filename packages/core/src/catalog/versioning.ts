import { formatLocalDate, parseLocalDate, type LocalDate } from '../calendar/local-date.ts';
import type { ProcedureContent, ProcedureVersionKey } from './procedure-content.ts';
import type { IssuePath, RuleIssue } from './rule-result.ts';

/**
 * Effective periods are inclusive at both ends, as dates (UTC+7): a version is in force from
 * `effectiveFrom` through `effectiveTo`, and without end while `effectiveTo` is null. So "in force until
 * 2025-06-30" is written as it reads, and a new version from 2025-07-01 ends the old one on
 * 2025-06-30, the same convention as the agency and center tables (`effective_to >= effective_from`).
 * 'YYYY-MM-DD' strings compare in date order, so no parsing is needed to compare.
 */
export type EffectivePeriod = { effectiveFrom: LocalDate; effectiveTo: LocalDate | null };

export function isInForce(period: EffectivePeriod, on: LocalDate): boolean {
  return period.effectiveFrom <= on && (period.effectiveTo === null || on <= period.effectiveTo);
}

/** Whether two periods share at least one day. */
export function periodsOverlap(a: EffectivePeriod, b: EffectivePeriod): boolean {
  return (
    (a.effectiveTo === null || b.effectiveFrom <= a.effectiveTo) &&
    (b.effectiveTo === null || a.effectiveFrom <= b.effectiveTo)
  );
}

export function dayBefore(date: LocalDate): LocalDate {
  return formatLocalDate(parseLocalDate(date) - 1);
}

export function dayAfter(date: LocalDate): LocalDate {
  return formatLocalDate(parseLocalDate(date) + 1);
}

/** The version of one procedure in force on a date (a dossier keeps the one of its reception day, DESIGN §4). */
export function versionInForce<T extends EffectivePeriod>(versions: readonly T[], on: LocalDate): T | undefined {
  return versions.find((v) => isInForce(v, on));
}

/** Every version in force on a date, of any procedure: the catalog as it stood that day. */
export function inForceOn<T extends EffectivePeriod>(items: readonly T[], on: LocalDate): T[] {
  return items.filter((v) => isInForce(v, on));
}

/** The version with the highest number, from which the next one is made. */
export function latestVersion<T extends { version: number }>(versions: readonly T[]): T | undefined {
  return versions.reduce<T | undefined>(
    (latest, v) => (latest === undefined || v.version > latest.version ? v : latest),
    undefined,
  );
}

/** A procedure version by its parts (the `Procedure` type has the same shape). */
export type ProcedureVersion = ProcedureContent & ProcedureVersionKey;

export type Revision =
  | { ok: true; previous: ProcedureVersion; next: ProcedureVersion }
  | { ok: false; code: 'catalog.effective_from_too_early' };

/**
 * A change to a procedure (DESIGN §4) makes a new version: number + 1, in force from `effectiveFrom`,
 * open-ended; the current version ends the day before (or keeps an earlier end it already had). The
 * new version must start after the current one started, or the current one would have no day left.
 */
export function reviseProcedure(
  current: ProcedureVersion,
  content: ProcedureContent,
  effectiveFrom: LocalDate,
): Revision {
  if (effectiveFrom <= current.effectiveFrom) return { ok: false, code: 'catalog.effective_from_too_early' };
  const lastDay = dayBefore(effectiveFrom);
  const effectiveTo = current.effectiveTo !== null && current.effectiveTo < lastDay ? current.effectiveTo : lastDay;
  const previous = { ...current, effectiveTo };
  const next = { ...content, code: current.code, version: current.version + 1, effectiveFrom, effectiveTo: null };
  return { ok: true, previous, next };
}

/**
 * Rules of the versions of one procedure code: numbers unique, no two in force on the same day, and a
 * higher number never takes effect before a lower one. Paths are `[prefix, index, key]` of the list given.
 */
export function versionHistoryIssues(
  versions: readonly (ProcedureVersionKey & { index: number })[],
  prefix: IssuePath,
): RuleIssue[] {
  const sorted = [...versions].sort((a, b) => a.version - b.version || a.index - b.index);
  const issues: RuleIssue[] = [];
  sorted.forEach((v, i) => {
    const before = sorted.slice(0, i);
    if (before.some((b) => b.version === v.version))
      issues.push({ path: [...prefix, v.index, 'version'], code: 'catalog.duplicate' });
    else if (before.some((b) => b.effectiveFrom >= v.effectiveFrom))
      issues.push({ path: [...prefix, v.index, 'effectiveFrom'], code: 'catalog.version_order' });
    if (before.some((b) => periodsOverlap(b, v)))
      issues.push({ path: [...prefix, v.index, 'effectiveFrom'], code: 'catalog.versions_overlap' });
  });
  return issues;
}
