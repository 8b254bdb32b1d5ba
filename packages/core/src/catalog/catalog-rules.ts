import { isSameOrSuccessor, type AgencyPeriod } from './agency-succession.ts';
import type { Field } from './procedure-content.ts';
import { repeatedIndexes, resultOf, underPath, issuesOf, type RuleIssue, type RuleResult } from './rule-result.ts';
import { validateProcedure } from './rules.ts';
import { versionHistoryIssues, type ProcedureVersion } from './versioning.ts';

/** A whole catalog as imported (Excel) or seeded: fields, every version of every procedure, agencies. */
export type Catalog = {
  fields: readonly Field[];
  procedures: readonly ProcedureVersion[];
  /** With agencies, each procedure's agency must exist and its field belong to it or its successor. */
  agencies?: readonly AgencyPeriod[];
};

/**
 * The rules across a catalog: each version valid; field codes unique; the versions of each code
 * numbered once, in date order, never two in force on one day; fields and partners that exist; a
 * field held by the procedure's agency, or, for a version of before a merger, by its successor.
 */
export function validateCatalog(catalog: Catalog): RuleResult {
  const issues: RuleIssue[] = repeatedIndexes(catalog.fields, (f) => f.code).map((i) => ({
    path: ['fields', i, 'code'],
    code: 'catalog.duplicate',
  }));
  catalog.procedures.forEach((p, i) => issues.push(...underPath(['procedures', i], issuesOf(validateProcedure(p)))));
  issues.push(...historyIssues(catalog.procedures), ...referenceIssues(catalog));
  return resultOf(issues);
}

function historyIssues(procedures: readonly ProcedureVersion[]): RuleIssue[] {
  const byCode = new Map<string, (ProcedureVersion & { index: number })[]>();
  procedures.forEach((p, index) => byCode.set(p.code, [...(byCode.get(p.code) ?? []), { ...p, index }]));
  return [...byCode.values()].flatMap((versions) => versionHistoryIssues(versions, ['procedures']));
}

function referenceIssues({ fields, procedures, agencies }: Catalog): RuleIssue[] {
  const fieldByCode = new Map(fields.map((f) => [f.code, f]));
  const codes = new Set(procedures.map((p) => p.code));
  const slugs = agencies && new Set(agencies.map((a) => a.slug));
  const issues: RuleIssue[] = [];
  procedures.forEach((p, i) => {
    const field = fieldByCode.get(p.fieldCode);
    if (!field) issues.push({ path: ['procedures', i, 'fieldCode'], code: 'catalog.unknown_field' });
    else if (
      !agencies ? field.agencySlug !== p.agencySlug : !isSameOrSuccessor(agencies, p.agencySlug, field.agencySlug)
    ) {
      issues.push({ path: ['procedures', i, 'fieldCode'], code: 'catalog.field_of_other_agency' });
    }
    if (slugs && !slugs.has(p.agencySlug))
      issues.push({ path: ['procedures', i, 'agencySlug'], code: 'catalog.unknown_agency' });
    p.partnerCodes.forEach((code, j) => {
      if (!codes.has(code))
        issues.push({ path: ['procedures', i, 'partnerCodes', j], code: 'catalog.unknown_procedure' });
    });
  });
  return issues;
}
