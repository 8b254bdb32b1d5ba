import { describe, expect, it } from 'vitest';
import { DEMO_AGENCIES } from '../demo-agencies.ts';
import {
  demoAgencies,
  demoAgencyPeriods,
  DEMO_AGENCY_CHANGES,
  LAST_DAY_BEFORE_MERGER,
  MERGER_DATE,
} from './agencies.ts';
import {
  foldText,
  inForceOn,
  Procedure,
  procedureSearchText,
  resolveAgency,
  validateCatalog,
  validateSuccessions,
} from './core.ts';
import { AGENCY_DATA } from './data/index.ts';
import { DEMO_FIELD_COUNT, DEMO_PROCEDURE_COUNT, demoCatalog } from './demo-catalog.ts';

const catalog = demoCatalog();
const agencies = demoAgencyPeriods();
const TODAY = '2026-01-15';
const today = inForceOn(catalog.procedures, TODAY);
const realNames = new Set(AGENCY_DATA.flatMap((a) => a.fields.flatMap((f) => f.real.map((r) => r.name))));
const named = (name: string, on = TODAY) => inForceOn(catalog.procedures, on).find((p) => p.name === name);

describe('demo catalog', () => {
  it('has 105 fields and 918 procedures in force today, each code once', () => {
    expect(catalog.fields).toHaveLength(DEMO_FIELD_COUNT);
    expect(new Set(catalog.fields.map((f) => f.code)).size).toBe(DEMO_FIELD_COUNT);
    expect(today).toHaveLength(DEMO_PROCEDURE_COUNT);
    expect(new Set(today.map((p) => p.code)).size).toBe(DEMO_PROCEDURE_COUNT);
    expect(inForceOn(catalog.procedures, MERGER_DATE)).toHaveLength(DEMO_PROCEDURE_COUNT);
  });

  it('holds together under the core rules, and every version parses', () => {
    expect(validateSuccessions(agencies)).toEqual({ ok: true });
    expect(validateCatalog({ fields: catalog.fields, procedures: catalog.procedures, agencies })).toEqual({ ok: true });
    const unparsed = catalog.procedures.filter((p) => !Procedure.safeParse(p).success).map((p) => p.name);
    expect(unparsed).toEqual([]);
  });

  it('names at least 150 of today’s procedures from the real catalog', () => {
    expect(today.filter((p) => realNames.has(p.name)).length).toBeGreaterThanOrEqual(150);
  });

  it('has the passport procedure as the law sets it, found first for "ho chieu"', () => {
    const passport = named('Cấp hộ chiếu phổ thông ở trong nước');
    expect(passport).toMatchObject({
      agencySlug: 'congan',
      timeLimit: { value: 8, unit: 'days' },
      onlineLevel: 'full',
    });
    expect(passport?.fees).toEqual([expect.objectContaining({ basis: 'fixed', amount: 200_000 })]);
    expect(passport?.checklist.map((d) => d.name)).toContain('Tờ khai đề nghị cấp hộ chiếu phổ thông (mẫu TK01)');
    // The shortest name holding the words scores best under trigram similarity.
    const matches = today
      .filter((p) => foldText(p.name).includes('ho chieu'))
      .sort((a, b) => a.name.length - b.name.length);
    expect(matches[0]?.name).toBe(passport?.name);
  });

  it('finds the driving-licence procedures without diacritics', () => {
    const licences = today.filter((p) => foldText(p.name).includes('giay phep lai xe')).map((p) => p.name);
    expect(licences).toContain('Đổi giấy phép lái xe do ngành Giao thông vận tải cấp');
    expect(licences.length).toBeGreaterThanOrEqual(4);
  });

  it('places today’s procedures with the successors and keeps the 2014 version with its own agency', () => {
    const exchange2014 = named('Đổi giấy phép lái xe do ngành Giao thông vận tải cấp', '2014-06-01');
    const exchangeToday = named('Đổi giấy phép lái xe do ngành Giao thông vận tải cấp');
    expect(exchange2014).toMatchObject({ agencySlug: 'gtvt', version: 1, effectiveTo: LAST_DAY_BEFORE_MERGER });
    expect(exchangeToday).toMatchObject({
      agencySlug: 'xaydung',
      version: 2,
      effectiveFrom: MERGER_DATE,
      code: exchange2014?.code,
    });
    expect(today.every((p) => resolveAgency(agencies, p.agencySlug, TODAY) === p.agencySlug)).toBe(true);
    const of2014 = inForceOn(catalog.procedures, '2014-06-01');
    expect(of2014.every((p) => resolveAgency(agencies, p.agencySlug, '2014-06-01') === p.agencySlug)).toBe(true);
    expect(catalog.fields.every((f) => resolveAgency(agencies, f.agencySlug, TODAY) === f.agencySlug)).toBe(true);
  });

  it('links composite procedures to partners in other agencies', () => {
    const composite = today.filter((p) => p.partnerCodes.length > 0);
    expect(composite.length).toBeGreaterThanOrEqual(3);
    for (const p of composite) {
      const partners = p.partnerCodes.map((code) => today.find((q) => q.code === code));
      expect(partners.every((q) => q !== undefined && q.agencySlug !== p.agencySlug)).toBe(true);
    }
  });

  it('keeps the 24 agencies of DESIGN §11 and adds the 2025 successor with a new code', () => {
    expect(DEMO_AGENCIES.map((a) => a.code)).toEqual(
      Array.from({ length: 24 }, (_, i) => `000.00.${String(i + 1).padStart(2, '0')}.H49`),
    );
    expect(DEMO_AGENCY_CHANGES).toContainEqual(
      expect.objectContaining({ kind: 'created', slug: 'nnmt', code: '000.00.25.H49' }),
    );
    expect(resolveAgency(agencies, 'tnmt', TODAY)).toBe('nnmt');
    expect(resolveAgency(agencies, 'khdt', TODAY)).toBe('taichinh');
  });

  it('gives search texts whose letters are plain a–z', () => {
    const fieldName = new Map(catalog.fields.map((f) => [f.code, f.name]));
    const agencyName = new Map(demoAgencies().map((a) => [a.slug, a.name]));
    const texts = today.map((p) =>
      procedureSearchText({
        name: p.name,
        code: p.code,
        agencyName: agencyName.get(p.agencySlug) ?? '',
        fieldName: fieldName.get(p.fieldCode) ?? '',
      }),
    );
    expect(texts.filter((t) => /[^a-z0-9]/u.test(t.replace(/[^\p{L}\p{N}]/gu, '')))).toEqual([]);
  });

  it('is the same on every run', () => {
    expect(demoCatalog()).toEqual(catalog);
  });
});
