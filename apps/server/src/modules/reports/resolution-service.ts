import {
  addSums,
  figuresOf,
  totalOf,
  zeroSums,
  type PeriodSums,
  type ResolutionQuery,
  type ResolutionReport,
  type ResolutionRow,
} from '@motcua/core';
import type { Database } from '../../db/database.ts';
import { AppError } from '../../platform/errors/app-error.ts';
import { createResolutionRepo } from './resolution-repo.ts';

type AgencyRow = Awaited<ReturnType<ReturnType<typeof createResolutionRepo>['agencies']>>[number];

/** The agency a merged one is counted under when rolled up: its last successor (DESIGN §4). */
function successorOf(agencies: Map<string, AgencyRow>, id: string): string {
  const seen = new Set<string>();
  let current = id;
  for (;;) {
    const next = agencies.get(current)?.successorId;
    if (!next || seen.has(next)) return current;
    seen.add(current);
    current = next;
  }
}

const overlaps = (a: AgencyRow, from: string, to: string) =>
  a.effectiveFrom <= to && (a.effectiveTo === null || a.effectiveTo >= from);
const hasFigures = (s: PeriodSums) => Object.values(s).some((v) => v !== 0);

/**
 * Biểu II.06a (DESIGN §8, §11) by agency or field, for a center or the whole province. Rows by agency
 * list every agency working during the period (figures or not) and any other with figures; rows by field
 * list the fields with figures. The total row is the sum of the rows.
 */
export function createResolutionService(deps: { db: Database }) {
  const repo = createResolutionRepo(deps.db);
  return {
    async report(query: ResolutionQuery): Promise<ResolutionReport> {
      const center = query.center ? await repo.centerByCode(query.center) : null;
      if (query.center && !center) throw new AppError('report.center_not_found');
      const centerId = center?.id ?? null;
      const sums = await repo.sums(query, centerId);
      const rows: ResolutionRow[] = [];
      if (query.by === 'field') {
        const fields = await repo.fields(centerId);
        const byField = new Map<string, PeriodSums>();
        for (const s of sums) byField.set(s.fieldId, addSums(byField.get(s.fieldId) ?? zeroSums(), s.sums));
        for (const f of fields.sort((a, b) => a.code.localeCompare(b.code))) {
          const s = byField.get(f.id);
          if (s && hasFigures(s)) rows.push({ field: { code: f.code, name: f.name }, ...figuresOf(s) });
        }
      } else {
        const agencies = await repo.agencies(centerId);
        const byId = new Map(agencies.map((a) => [a.id, a]));
        const byAgency = new Map<string, PeriodSums>();
        for (const s of sums) {
          const id = query.rollup ? successorOf(byId, s.agencyId) : s.agencyId;
          byAgency.set(id, addSums(byAgency.get(id) ?? zeroSums(), s.sums));
        }
        const listed = agencies.filter(
          (a) =>
            (query.rollup ? successorOf(byId, a.id) === a.id : true) &&
            (overlaps(a, query.from, query.to) || hasFigures(byAgency.get(a.id) ?? zeroSums())),
        );
        for (const a of listed.sort((x, y) => x.code.localeCompare(y.code))) {
          rows.push({
            agency: { code: a.code, slug: a.slug, name: a.name },
            ...figuresOf(byAgency.get(a.id) ?? zeroSums()),
          });
        }
      }
      return {
        from: query.from,
        to: query.to,
        by: query.by,
        center: center ? { code: center.code, name: center.name } : null,
        rows,
        total: totalOf(rows),
      };
    },
  };
}
export type ResolutionService = ReturnType<typeof createResolutionService>;
