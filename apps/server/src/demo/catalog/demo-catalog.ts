import type { Field, Procedure } from './core.ts';
import { foldText } from './core.ts';
import {
  CATALOG_START,
  DEMO_AGENCY_CHANGES,
  LAST_DAY_BEFORE_MERGER,
  MERGER_DATE,
  successorOf,
  type DemoAgencyChange,
} from './agencies.ts';
import { contentOf, parseDoc, parseLimit, type ProcedureSpec } from './build-procedure.ts';
import { AGENCY_DATA } from './data/index.ts';
import type { AgencyData, FieldData, RealProcedure } from './data/types.ts';
import { plausibleSpecs, type FieldSource } from './fillers.ts';
import { mulberry32 } from './prng.ts';

/** DESIGN §2, §9: the demo province has 105 fields and 918 procedures in force. */
export const DEMO_FIELD_COUNT = 105;
export const DEMO_PROCEDURE_COUNT = 918;
const SEED = 20140326; // the day the center opened

export type DemoCatalog = { agencies: DemoAgencyChange[]; fields: Field[]; procedures: Procedure[] };

/**
 * The demo catalog, the same on every run: the real procedures of the data files, plausible ones up
 * to 918 in force today, and for the agencies merged in 2025 the version of 2014 under the old agency
 * (until 2025-06-30) beside today's under its successor, so that a dossier of 2014 keeps its own.
 */
export function demoCatalog(): DemoCatalog {
  const sources = AGENCY_DATA.flatMap(fieldSources);
  const real = sources.flatMap((s) => s.data.real.map((r) => realSpec(s, r)));
  const taken = new Set(real.map((r) => foldText(r.name)));
  const inForce = real.filter((r) => r.to === null).length;
  const plausible = plausibleSpecs(sources, DEMO_PROCEDURE_COUNT - inForce, taken, mulberry32(SEED), CATALOG_START);
  const all = [...real, ...plausible];
  const specs = sources.flatMap((s) => all.filter((p) => p.fieldCode === s.code)); // grouped by field, real ones first
  const codes = specs.map((spec, i) => procedureCode(spec, i));
  const codeByKey = new Map(specs.flatMap((spec, i) => (spec.key ? [[spec.key, codes[i]!] as const] : [])));
  const procedures = specs.flatMap((spec, i) =>
    versionsOf(
      spec,
      codes[i]!,
      spec.partnerKeys.map((k) => partnerCode(codeByKey, k)),
    ),
  );
  const fields = sources.map((s) => ({ code: s.code, name: s.data.name, agencySlug: successorOf(s.agencySlug) }));
  return { agencies: [...DEMO_AGENCY_CHANGES], fields, procedures };
}

function fieldSources(agency: AgencyData): FieldSource[] {
  return agency.fields.map((data: FieldData, i) => ({
    data,
    agencySlug: agency.slug,
    code: `${agency.prefix}-${String(i + 1).padStart(2, '0')}`,
  }));
}

function realSpec(source: FieldSource, r: RealProcedure): ProcedureSpec {
  return {
    ...(r.key === undefined ? {} : { key: r.key }),
    name: r.name,
    agencySlug: source.agencySlug,
    fieldCode: source.code,
    level: r.level ?? source.data.level ?? 'province',
    limit: parseLimit(r.limit),
    checklist: r.docs.map(parseDoc),
    fees: [...(r.fees ?? [])],
    online: r.online ?? 'none',
    legal: [...(r.legal ?? source.data.legal)],
    partnerKeys: [...(r.partners ?? [])],
    cutoff: r.cutoff ?? null,
    restart: r.restart ?? false,
    from: r.from ?? CATALOG_START,
    to: r.to ?? null,
    organisations: source.data.organisations ?? false,
    real: true,
  };
}

/**
 * A national-style code (`1.00xxxx` province, `2.00xxxx` commune). 7919 is prime to 12000, so the
 * numbers of the first 12000 procedures are distinct and look scattered like the national database's.
 */
function procedureCode(spec: ProcedureSpec, index: number): string {
  const number = 100 + ((index * 7919) % 12_000);
  return `${spec.level === 'commune' ? 2 : 1}.${String(number).padStart(6, '0')}`;
}

function partnerCode(codeByKey: ReadonlyMap<string, string>, key: string): string {
  const code = codeByKey.get(key);
  if (code === undefined) throw new Error(`no procedure with key "${key}" for a composite procedure`);
  return code;
}

/** One version, or two when the agency merged in 2025 during the procedure's life. */
function versionsOf(spec: ProcedureSpec, code: string, partnerCodes: string[]): Procedure[] {
  const successor = successorOf(spec.agencySlug);
  const version = (n: number, agencySlug: string, effectiveFrom: string, effectiveTo: string | null): Procedure => ({
    ...contentOf(spec, agencySlug, partnerCodes),
    code,
    version: n,
    effectiveFrom,
    effectiveTo,
  });
  if (successor === spec.agencySlug || (spec.to !== null && spec.to < MERGER_DATE))
    return [version(1, spec.agencySlug, spec.from, spec.to)];
  if (spec.from >= MERGER_DATE) return [version(1, successor, spec.from, spec.to)];
  return [version(1, spec.agencySlug, spec.from, LAST_DAY_BEFORE_MERGER), version(2, successor, MERGER_DATE, spec.to)];
}
