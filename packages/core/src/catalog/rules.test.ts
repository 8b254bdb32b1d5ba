import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { Procedure } from './procedure.ts';
import { validateProcedure } from './rules.ts';
import { limitMinutes, WORKING_DAY_MINUTES } from './step.ts';
import { makeProcedure } from './testing.ts';

const codesOf = (p: Parameters<typeof validateProcedure>[0]) => {
  const result = validateProcedure(p);
  return result.ok ? [] : result.issues.map((i) => `${i.path.join('.')}:${i.code}`);
};
const base = makeProcedure();

describe('validateProcedure', () => {
  it('accepts a well-formed procedure', () => {
    expect(validateProcedure(base)).toEqual({ ok: true });
  });

  it.each([
    ['no steps', { steps: [] }, 'steps:catalog.steps_required'],
    [
      'steps over the limit',
      { timeLimit: { value: 1, unit: 'days' as const } },
      'steps:catalog.steps_exceed_time_limit',
    ],
    ['a count of 0', { checklist: [{ ...base.checklist[0]!, count: 0 }] }, 'checklist.0.count:catalog.count_too_small'],
    [
      'a conditional item without condition',
      { checklist: [{ ...base.checklist[1]!, condition: undefined }] },
      'checklist.0.condition:catalog.condition_required',
    ],
    [
      'a repeated document',
      { checklist: [base.checklist[0]!, base.checklist[0]!] },
      'checklist.1.name:catalog.duplicate',
    ],
    [
      'a select without options',
      { formFields: [{ name: 'kind', label: 'Loại', type: 'select' as const, required: true }] },
      'formFields.0.options:catalog.options_required',
    ],
    [
      'a broken pattern',
      { formFields: [{ name: 'x', label: 'X', type: 'text' as const, required: true, pattern: '([' }] },
      'formFields.0.pattern:catalog.invalid_pattern',
    ],
    [
      'a repeated input name',
      { formFields: [base.formFields[0]!, base.formFields[0]!] },
      'formFields.1.name:catalog.duplicate',
    ],
    ['an online procedure without form', { formFields: [] }, 'formFields:catalog.online_form_required'],
    [
      'a fully online procedure returning only at the counter',
      { resultDelivery: ['counter' as const] },
      'resultDelivery:catalog.online_delivery_required',
    ],
    ['itself as partner', { partnerCodes: ['1.001234'] }, 'partnerCodes.0:catalog.partner_self'],
    ['a partner twice', { partnerCodes: ['2.000001', '2.000001'] }, 'partnerCodes.1:catalog.duplicate'],
    ['an end before the start', { effectiveTo: '2013-12-31' }, 'effectiveTo:catalog.period_reversed'],
  ])('refuses %s', (_, overrides, issue) => {
    expect(codesOf(makeProcedure(overrides))).toEqual([issue]);
  });

  it('lets a procedure without online service have no form', () => {
    expect(
      validateProcedure(makeProcedure({ onlineLevel: 'none', formFields: [], resultDelivery: ['counter'] })),
    ).toEqual({ ok: true });
  });

  it('reports every issue at once', () => {
    expect(
      codesOf(makeProcedure({ steps: [], formFields: [], checklist: [{ ...base.checklist[0]!, count: 0 }] })),
    ).toHaveLength(3);
  });

  it('accepts step budgets exactly when they fit in the limit', () => {
    const limit = fc.oneof(
      fc.integer({ min: 1, max: 60 }).map((value) => ({ value, unit: 'days' as const })),
      fc.integer({ min: 1, max: 24 }).map((value) => ({ value, unit: 'hours' as const })),
    );
    fc.assert(
      fc.property(
        limit,
        fc.array(fc.integer({ min: 0, max: 10_000 }), { minLength: 1, maxLength: 6 }),
        (timeLimit, budgets) => {
          const steps = budgets.map((budgetMinutes, i) => ({
            name: `Bước ${i + 1}`,
            role: 'appraiser' as const,
            budgetMinutes,
          }));
          const fits = budgets.reduce((a, b) => a + b, 0) <= limitMinutes(timeLimit);
          return validateProcedure(makeProcedure({ timeLimit, steps })).ok === fits;
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('limitMinutes', () => {
  it('counts a working day as 450 minutes and an hour as 60 (DESIGN §5)', () => {
    expect(WORKING_DAY_MINUTES).toBe(450);
    expect(limitMinutes({ value: 8, unit: 'days' })).toBe(3600);
    expect(limitMinutes({ value: 4, unit: 'hours' })).toBe(240);
  });
});

describe('Procedure schema', () => {
  it('parses a valid procedure', () => {
    expect(Procedure.parse(base)).toEqual(base);
  });

  it('gives the rules as issues with message keys and paths', () => {
    const result = Procedure.safeParse(makeProcedure({ steps: [], checklist: [{ ...base.checklist[0]!, count: 0 }] }));
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => [i.path.join('.'), i.message])).toEqual([
      ['steps', 'catalog.steps_required'],
      ['checklist.0.count', 'catalog.count_too_small'],
    ]);
  });

  it.each([
    ['code', { code: '1234' }, 'catalog.invalid_procedure_code'],
    ['agencySlug', { agencySlug: 'Công an' }, 'catalog.invalid_slug'],
    ['name', { name: '  ' }, 'validation.required'],
  ])('refuses a malformed %s', (path, overrides, message) => {
    const issues = Procedure.safeParse(makeProcedure(overrides)).error?.issues ?? [];
    expect(issues.map((i) => [i.path.join('.'), i.message])).toContainEqual([path, message]);
  });
});
