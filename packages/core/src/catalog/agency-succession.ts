import { z } from 'zod';
import { LocalDate } from '../calendar/local-date.ts';
import { AgencySlug } from './procedure-content.ts';
import { repeatedIndexes, resultOf, type RuleIssue, type RuleResult } from './rule-result.ts';
import { dayAfter, isInForce } from './versioning.ts';

/**
 * An agency's effective period and, when it ended by a merger, its successor (DESIGN §4: in 2025
 * Transport went into Construction, Planning and Investment into Finance…). Periods are inclusive
 * (versioning.ts); the successor takes over on the day after the end.
 */
export const AgencyPeriod = z.object({
  slug: AgencySlug,
  effectiveFrom: LocalDate,
  effectiveTo: LocalDate.nullable(),
  successorSlug: AgencySlug.nullable(),
});
export type AgencyPeriod = z.infer<typeof AgencyPeriod>;

/**
 * The agency that holds, on `on`, what `slug` held: itself while in force, else its successor's
 * successor… Null when there is none that day (not yet created, or dissolved without successor).
 * Reports use it to roll predecessors up into their successor; the catalog to place a procedure.
 */
export function resolveAgency(agencies: readonly AgencyPeriod[], slug: string, on: LocalDate): string | null {
  const bySlug = new Map(agencies.map((a) => [a.slug, a]));
  let agency = bySlug.get(slug);
  // Each hop moves to an agency in force later; the bound only guards against malformed data.
  for (let hops = 0; agency && hops <= agencies.length; hops++) {
    if (isInForce(agency, on)) return agency.slug;
    if (on < agency.effectiveFrom || agency.successorSlug === null) return null;
    agency = bySlug.get(agency.successorSlug);
  }
  return null;
}

/** The agencies whose work passed, directly or through others, to `slug`. */
export function predecessorsOf(agencies: readonly AgencyPeriod[], slug: string): string[] {
  const found: string[] = [];
  const queue = [slug];
  for (let next = queue.shift(); next !== undefined; next = queue.shift()) {
    for (const a of agencies) {
      if (a.successorSlug === next && a.slug !== slug && !found.includes(a.slug)) {
        found.push(a.slug);
        queue.push(a.slug);
      }
    }
  }
  return found;
}

/** Whether `to` is `from` or one of its successors, at any time. */
export function isSameOrSuccessor(agencies: readonly AgencyPeriod[], from: string, to: string): boolean {
  return from === to || predecessorsOf(agencies, to).includes(from);
}

/**
 * Rules of the agency list: slugs unique, periods in order, and a successor known and in force on the
 * day after its predecessor ends (which also rules out cycles: each hop ends later).
 */
export function validateSuccessions(agencies: readonly AgencyPeriod[]): RuleResult {
  const bySlug = new Map(agencies.map((a) => [a.slug, a]));
  const issues: RuleIssue[] = repeatedIndexes(agencies, (a) => a.slug).map((i) => ({
    path: [i, 'slug'],
    code: 'catalog.duplicate',
  }));
  agencies.forEach((a, i) => {
    if (a.effectiveTo !== null && a.effectiveTo < a.effectiveFrom)
      issues.push({ path: [i, 'effectiveTo'], code: 'catalog.period_reversed' });
    if (a.successorSlug === null) return;
    const successor = bySlug.get(a.successorSlug);
    if (!successor) issues.push({ path: [i, 'successorSlug'], code: 'catalog.unknown_agency' });
    else if (a.effectiveTo === null) issues.push({ path: [i, 'effectiveTo'], code: 'catalog.successor_needs_end' });
    else if (!isInForce(successor, dayAfter(a.effectiveTo)))
      issues.push({ path: [i, 'successorSlug'], code: 'catalog.successor_not_in_force' });
  });
  return resultOf(issues);
}
