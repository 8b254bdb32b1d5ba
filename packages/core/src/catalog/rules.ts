import type { ProcedureContent, ProcedureVersionKey } from './procedure-content.ts';
import { issuesOf, repeatedIndexes, resultOf, type RuleIssue, type RuleResult } from './rule-result.ts';
import { limitMinutes } from './step.ts';

/**
 * Rules of one procedure's content, beyond the shapes of its schema. Every issue is reported (an
 * officer fixes a procedure in one go), each with the path of what to fix.
 */
export function validateProcedureContent(p: ProcedureContent): RuleResult {
  return resultOf([...stepIssues(p), ...checklistIssues(p), ...formIssues(p), ...onlineIssues(p)]);
}

/** The content rules plus those of a version's identity: its period and its partners. */
// Typed by its parts, not `Procedure`: the `Procedure` schema itself calls this rule.
export function validateProcedure(p: ProcedureContent & ProcedureVersionKey): RuleResult {
  const issues = issuesOf(validateProcedureContent(p));
  if (p.effectiveTo !== null && p.effectiveTo < p.effectiveFrom)
    issues.push({ path: ['effectiveTo'], code: 'catalog.period_reversed' });
  p.partnerCodes.forEach((code, i) => {
    if (code === p.code) issues.push({ path: ['partnerCodes', i], code: 'catalog.partner_self' });
  });
  for (const i of repeatedIndexes(p.partnerCodes, (c) => c))
    issues.push({ path: ['partnerCodes', i], code: 'catalog.duplicate' });
  return resultOf(issues);
}

// DESIGN §5: each step has a share of the limit; the shares add up to at most the limit.
function stepIssues(p: ProcedureContent): RuleIssue[] {
  if (p.steps.length === 0) return [{ path: ['steps'], code: 'catalog.steps_required' }];
  const total = p.steps.reduce((sum, s) => sum + s.budgetMinutes, 0);
  return total > limitMinutes(p.timeLimit) ? [{ path: ['steps'], code: 'catalog.steps_exceed_time_limit' }] : [];
}

function checklistIssues(p: ProcedureContent): RuleIssue[] {
  const issues: RuleIssue[] = [];
  p.checklist.forEach((item, i) => {
    if (item.count < 1) issues.push({ path: ['checklist', i, 'count'], code: 'catalog.count_too_small' });
    if (!item.required && !item.condition)
      issues.push({ path: ['checklist', i, 'condition'], code: 'catalog.condition_required' });
  });
  for (const i of repeatedIndexes(p.checklist, (item) => item.name))
    issues.push({ path: ['checklist', i, 'name'], code: 'catalog.duplicate' });
  return issues;
}

function formIssues(p: ProcedureContent): RuleIssue[] {
  const issues: RuleIssue[] = [];
  p.formFields.forEach((field, i) => {
    if (field.type === 'select' && !field.options?.length)
      issues.push({ path: ['formFields', i, 'options'], code: 'catalog.options_required' });
    if (field.pattern !== undefined && !isPattern(field.pattern))
      issues.push({ path: ['formFields', i, 'pattern'], code: 'catalog.invalid_pattern' });
    // A condition names a field above it: the form is read top to bottom, and no condition can loop.
    if (field.visibleWhen && !p.formFields.slice(0, i).some((f) => f.name === field.visibleWhen!.field))
      issues.push({ path: ['formFields', i, 'visibleWhen', 'field'], code: 'catalog.condition_field_unknown' });
  });
  for (const i of repeatedIndexes(p.formFields, (f) => f.name))
    issues.push({ path: ['formFields', i, 'name'], code: 'catalog.duplicate' });
  return issues;
}

// NĐ 42/2022/NĐ-CP art. 11: a fully online (toàn trình) service returns its result online or by public
// post; any online service needs the form the portal renders.
function onlineIssues(p: ProcedureContent): RuleIssue[] {
  const issues: RuleIssue[] = [];
  if (p.onlineLevel !== 'none' && p.formFields.length === 0)
    issues.push({ path: ['formFields'], code: 'catalog.online_form_required' });
  if (p.onlineLevel === 'full' && !p.resultDelivery.some((d) => d === 'electronic' || d === 'post')) {
    issues.push({ path: ['resultDelivery'], code: 'catalog.online_delivery_required' });
  }
  for (const i of repeatedIndexes(p.resultDelivery, (d) => d))
    issues.push({ path: ['resultDelivery', i], code: 'catalog.duplicate' });
  return issues;
}

/** Whether the portal can use a pattern: a valid JavaScript regular expression in Unicode mode. */
function isPattern(pattern: string): boolean {
  try {
    new RegExp(pattern, 'u');
    return true;
  } catch {
    return false;
  }
}
