import { resolveAgency, type AgencyPeriod } from './core.ts';
import { DEMO_AGENCIES, PROVINCE_CENTER } from '../demo-agencies.ts';

/**
 * The 2025 departmental mergers of DESIGN §4 as the demo records them. DESIGN gives no date; they take
 * effect with the two-level government on 2025-07-01, so the 2014-era agencies end on 2025-06-30.
 * (In Quảng Ninh the departments were in fact merged from 2025-03-01 under NĐ 45/2025/NĐ-CP; the demo
 * keeps one switch date for every rule of 2025. Change both constants to move it.)
 */
export const MERGER_DATE = '2025-07-01';
export const LAST_DAY_BEFORE_MERGER = '2025-06-30';

/** The first day of the demo catalog, the day the center opened: the procedures of 2014 are in force from it. */
export const CATALOG_START = PROVINCE_CENTER.effectiveFrom;

/** A change to the agencies table: a new agency, or an agency of 2014 ending in a merger. */
export type DemoAgencyChange =
  | { kind: 'created'; slug: string; code: string; name: string; effectiveFrom: string }
  | { kind: 'merged'; slug: string; successorSlug: string; effectiveTo: string };

/** New agencies get codes `000.00.25.H49` on, after the 24 of DESIGN §11, which stay as they are. */
export const DEMO_AGENCY_CHANGES: readonly DemoAgencyChange[] = [
  {
    kind: 'created',
    slug: 'nnmt',
    code: '000.00.25.H49',
    name: 'Sở Nông nghiệp và Môi trường',
    effectiveFrom: MERGER_DATE,
  },
  { kind: 'merged', slug: 'gtvt', successorSlug: 'xaydung', effectiveTo: LAST_DAY_BEFORE_MERGER },
  { kind: 'merged', slug: 'khdt', successorSlug: 'taichinh', effectiveTo: LAST_DAY_BEFORE_MERGER },
  { kind: 'merged', slug: 'tnmt', successorSlug: 'nnmt', effectiveTo: LAST_DAY_BEFORE_MERGER },
  { kind: 'merged', slug: 'nnptnt', successorSlug: 'nnmt', effectiveTo: LAST_DAY_BEFORE_MERGER },
  { kind: 'merged', slug: 'ldtbxh', successorSlug: 'noivu', effectiveTo: LAST_DAY_BEFORE_MERGER },
  { kind: 'merged', slug: 'tttt', successorSlug: 'khcn', effectiveTo: LAST_DAY_BEFORE_MERGER },
];

export type DemoAgency = { slug: string; code: string; name: string };

/** Every agency of the demo, the 24 of DESIGN §11 first, then those created in 2025. */
export function demoAgencies(): DemoAgency[] {
  const created = DEMO_AGENCY_CHANGES.flatMap((c) =>
    c.kind === 'created' ? [{ slug: c.slug, code: c.code, name: c.name }] : [],
  );
  return [...DEMO_AGENCIES, ...created];
}

/** The agencies with their periods and successors, for the core's succession rules. */
export function demoAgencyPeriods(): AgencyPeriod[] {
  return demoAgencies().map((a) => {
    const created = DEMO_AGENCY_CHANGES.find((c) => c.kind === 'created' && c.slug === a.slug);
    const merged = DEMO_AGENCY_CHANGES.find((c) => c.kind === 'merged' && c.slug === a.slug);
    return {
      slug: a.slug,
      effectiveFrom: created?.kind === 'created' ? created.effectiveFrom : PROVINCE_CENTER.effectiveFrom,
      effectiveTo: merged?.kind === 'merged' ? merged.effectiveTo : null,
      successorSlug: merged?.kind === 'merged' ? merged.successorSlug : null,
    };
  });
}

/** The agency holding today what an agency of 2014 held: its successor after a merger, else itself. */
export function successorOf(slug: string): string {
  return resolveAgency(demoAgencyPeriods(), slug, MERGER_DATE) ?? slug;
}
