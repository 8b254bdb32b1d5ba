import type { z } from 'zod';
import type { CatalogIssueCode } from './catalog-messages.ts';

export type IssuePath = (string | number)[];
export type RuleIssue = { path: IssuePath; code: CatalogIssueCode };
/** The outcome of a rule: business outcomes are returned, not thrown (STYLE.md "Boundaries"). */
export type RuleResult = { ok: true } | { ok: false; issues: RuleIssue[] };

export function resultOf(issues: readonly RuleIssue[]): RuleResult {
  return issues.length === 0 ? { ok: true } : { ok: false, issues: [...issues] };
}

export function issuesOf(result: RuleResult): RuleIssue[] {
  return result.ok ? [] : result.issues;
}

/** The same issues under a parent path, e.g. a procedure's issues as `procedures.3.…` of a catalog. */
export function underPath(prefix: IssuePath, issues: readonly RuleIssue[]): RuleIssue[] {
  return issues.map((i) => ({ path: [...prefix, ...i.path], code: i.code }));
}

/** Reports a rule's issues to zod, so that parsing a schema gives them as per-field errors. */
export function addRuleIssues(ctx: z.core.$RefinementCtx, result: RuleResult): void {
  for (const issue of issuesOf(result)) ctx.addIssue({ code: 'custom', path: issue.path, message: issue.code });
}

/** Indexes of items whose key was seen before in the list. */
export function repeatedIndexes<T>(items: readonly T[], key: (item: T) => string): number[] {
  const seen = new Set<string>();
  const repeated: number[] = [];
  items.forEach((item, i) => {
    const k = key(item);
    if (seen.has(k)) repeated.push(i);
    seen.add(k);
  });
  return repeated;
}
