import { Procedure, type CatalogImportRowError, type RuleIssue } from '@motcua/core';
import { z } from 'zod';
import { DOCUMENT_SHEET, FEE_SHEET, PROCEDURE_SHEET, STEP_SHEET, type Column } from './catalog-workbook.ts';
import { reasonOf } from './import-messages.ts';
import { rowError } from './read-sheet.ts';
import type { Candidate, CandidateRows } from './read-workbook.ts';

/** What a procedure of the file may refer to: agencies by slug, fields by code, partner codes. */
export type CatalogRefs = {
  agencies: ReadonlyMap<string, { id: string }>;
  fields: ReadonlyMap<string, { agencyId: string }>;
  /** The codes of the file and those in force in the catalog. */
  procedureCodes: ReadonlySet<string>;
};
export type Checked = { ok: true; procedure: Procedure } | { ok: false; errors: CatalogImportRowError[] };

// Issues without a message key of ours are worded by zod's Vietnamese locale; an empty cell reads "required".
const zodVietnamese = z.locales.vi().localeError;
const vietnamese: z.core.$ZodErrorMap = (issue) =>
  issue.code === 'invalid_type' && issue.input === undefined ? 'validation.required' : zodVietnamese(issue);

/** A candidate checked by the core's schema and rules, then against the catalog's references. */
export function checkCandidate(candidate: Candidate, refs: CatalogRefs): Checked {
  const parsed = Procedure.safeParse(candidate.input, { error: vietnamese });
  if (!parsed.success)
    return { ok: false, errors: parsed.error.issues.map((i) => locate(candidate.rows, i.path, reasonOf(i.message))) };
  const issues = referenceIssues(parsed.data, refs);
  if (issues.length > 0)
    return { ok: false, errors: issues.map((i) => locate(candidate.rows, i.path, reasonOf(i.code))) };
  return { ok: true, procedure: parsed.data };
}

// The same references as a single edit checks (catalog-service `rowFor`): the field is the agency's own.
function referenceIssues(p: Procedure, refs: CatalogRefs): RuleIssue[] {
  const issues: RuleIssue[] = [];
  const agency = refs.agencies.get(p.agencySlug);
  const field = refs.fields.get(p.fieldCode);
  if (!agency) issues.push({ path: ['agencySlug'], code: 'catalog.unknown_agency' });
  if (!field) issues.push({ path: ['fieldCode'], code: 'catalog.unknown_field' });
  else if (agency && field.agencyId !== agency.id)
    issues.push({ path: ['fieldCode'], code: 'catalog.field_of_other_agency' });
  p.partnerCodes.forEach((code, i) => {
    if (!refs.procedureCodes.has(code)) issues.push({ path: ['partnerCodes', i], code: 'catalog.unknown_procedure' });
  });
  return issues;
}

const CHILD_SHEETS = { checklist: DOCUMENT_SHEET, steps: STEP_SHEET, fees: FEE_SHEET } as const;
const isChild = (key: unknown): key is keyof typeof CHILD_SHEETS => typeof key === 'string' && key in CHILD_SHEETS;

/**
 * The sheet, row and column of an issue at a path of the procedure: `checklist.2.count` is the third
 * document's row, column "Số lượng"; an issue of a whole list (no step at all) is the procedure's row.
 */
export function locate(rows: CandidateRows, path: readonly PropertyKey[], reason: string): CatalogImportRowError {
  const [head, index, key] = path;
  if (isChild(head)) {
    const spec = CHILD_SHEETS[head];
    const row = typeof index === 'number' ? rows[head][index] : undefined;
    if (row === undefined) return rowError(PROCEDURE_SHEET.name, rows.procedure, reason);
    const header = (spec.columns as Record<string, Column<unknown>>)[String(key)]?.header;
    return rowError(spec.name, row, reason, header && `${header}${itemOf(path.slice(3))}`);
  }
  const columnKey = head === 'timeLimit' ? (index === 'unit' ? 'timeLimitUnit' : 'timeLimitValue') : String(head);
  const header = (PROCEDURE_SHEET.columns as Record<string, Column<unknown>>)[columnKey]?.header;
  return rowError(
    PROCEDURE_SHEET.name,
    rows.procedure,
    reason,
    header && `${header}${head === 'timeLimit' ? '' : itemOf(path.slice(1))}`,
  );
}

/** " (mục 2, options)" for an item of a list in one cell. */
function itemOf([index, ...rest]: readonly PropertyKey[]): string {
  if (typeof index !== 'number') return '';
  return ` (mục ${index + 1}${rest.length > 0 ? `, ${rest.map(String).join('.')}` : ''})`;
}
