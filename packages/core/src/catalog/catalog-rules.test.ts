import { describe, expect, it } from 'vitest';
import type { AgencyPeriod } from './agency-succession.ts';
import { validateCatalog } from './catalog-rules.ts';
import { makeField, makeProcedure } from './testing.ts';

const agencies: AgencyPeriod[] = [
  { slug: 'gtvt', effectiveFrom: '2014-01-01', effectiveTo: '2025-06-30', successorSlug: 'xaydung' },
  { slug: 'xaydung', effectiveFrom: '2014-01-01', effectiveTo: null, successorSlug: null },
  { slug: 'congan', effectiveFrom: '2014-01-01', effectiveTo: null, successorSlug: null },
];
const roads = makeField({ code: 'GT-01', name: 'Đường bộ', agencySlug: 'xaydung' });
const licenceV1 = makeProcedure({
  code: '1.000100',
  fieldCode: 'GT-01',
  agencySlug: 'gtvt',
  effectiveTo: '2025-06-30',
});
const licenceV2 = makeProcedure({
  code: '1.000100',
  version: 2,
  fieldCode: 'GT-01',
  agencySlug: 'xaydung',
  effectiveFrom: '2025-07-01',
});
const passport = makeProcedure();

describe('validateCatalog', () => {
  it('accepts a field that moved to the successor with a version of before the merger', () => {
    expect(
      validateCatalog({ fields: [makeField(), roads], procedures: [passport, licenceV1, licenceV2], agencies }),
    ).toEqual({ ok: true });
  });

  it('without agencies, wants the field held by the procedure agency itself', () => {
    expect(validateCatalog({ fields: [roads], procedures: [licenceV1] })).toEqual({
      ok: false,
      issues: [{ path: ['procedures', 0, 'fieldCode'], code: 'catalog.field_of_other_agency' }],
    });
  });

  it('finds what does not hold together', () => {
    const result = validateCatalog({
      fields: [makeField(), makeField({ name: 'Trùng mã' })],
      procedures: [
        passport,
        { ...passport, name: 'Cùng mã, cùng phiên bản' },
        makeProcedure({ code: '1.000200', fieldCode: 'XX-99', partnerCodes: ['1.999999'] }),
        makeProcedure({ code: '1.000300', agencySlug: 'xaydung' }),
        makeProcedure({ code: '1.000400', agencySlug: 'nosuch' }),
      ],
      agencies,
    });
    expect(result.ok ? [] : result.issues).toEqual([
      { path: ['fields', 1, 'code'], code: 'catalog.duplicate' },
      { path: ['procedures', 1, 'version'], code: 'catalog.duplicate' },
      { path: ['procedures', 1, 'effectiveFrom'], code: 'catalog.versions_overlap' },
      { path: ['procedures', 2, 'fieldCode'], code: 'catalog.unknown_field' },
      { path: ['procedures', 2, 'partnerCodes', 0], code: 'catalog.unknown_procedure' },
      { path: ['procedures', 3, 'fieldCode'], code: 'catalog.field_of_other_agency' },
      { path: ['procedures', 4, 'fieldCode'], code: 'catalog.field_of_other_agency' },
      { path: ['procedures', 4, 'agencySlug'], code: 'catalog.unknown_agency' },
    ]);
  });

  it('puts the rules of each procedure under its index', () => {
    const result = validateCatalog({ fields: [makeField()], procedures: [makeProcedure({ steps: [] })] });
    expect(result).toEqual({
      ok: false,
      issues: [{ path: ['procedures', 0, 'steps'], code: 'catalog.steps_required' }],
    });
  });
});
