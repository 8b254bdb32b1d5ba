import {
  addSums,
  figuresOf,
  reportCenterFor,
  totalOf,
  zeroSums,
  type PeriodSums,
  type ResolutionQuery,
  type ResolutionReport,
  type ResolutionRow,
  type Role,
} from '@motcua/core';
import type { Database } from '../../db/database.ts';
import { AppError } from '../../platform/errors/app-error.ts';
import { createResolutionRepo, type SumsByKey } from './resolution-repo.ts';

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

/** Who asks: a director of the province (every center) or a center's own director (DESIGN §13). */
export type ReportReader = { roles: readonly Role[]; centerId: string | null };
const PROVINCE: ReportReader = { roles: ['director'], centerId: null };

type Repo = ReturnType<typeof createResolutionRepo>;
type Query = ResolutionQuery & { center: string | undefined };

/** A row per receiving center open during the period or with figures, by code; their sum is the province's. */
async function centerRows(repo: Repo, query: Query, sums: SumsByKey[]): Promise<ResolutionRow[]> {
  const byCenter = new Map<string, PeriodSums>();
  for (const s of sums)
    byCenter.set(s.receivedCenterId, addSums(byCenter.get(s.receivedCenterId) ?? zeroSums(), s.sums));
  const centers = (await repo.centers()).filter(
    (c) =>
      (!query.level || c.level === query.level) &&
      (!query.center || c.code === query.center) &&
      ((c.effectiveFrom <= query.to && (c.effectiveTo === null || c.effectiveTo >= query.from)) ||
        hasFigures(byCenter.get(c.id) ?? zeroSums())),
  );
  return centers
    .sort((a, b) => Number(a.level !== 'province') - Number(b.level !== 'province') || a.code.localeCompare(b.code))
    .map((c) => ({
      center: { code: c.code, name: c.name, level: c.level },
      ...figuresOf(byCenter.get(c.id) ?? zeroSums()),
    }));
}

async function fieldRows(repo: Repo, sums: SumsByKey[]): Promise<ResolutionRow[]> {
  const byField = new Map<string, PeriodSums>();
  for (const s of sums) byField.set(s.fieldId, addSums(byField.get(s.fieldId) ?? zeroSums(), s.sums));
  const rows: ResolutionRow[] = [];
  for (const f of (await repo.fields()).sort((a, b) => a.code.localeCompare(b.code))) {
    const s = byField.get(f.id);
    if (s && hasFigures(s)) rows.push({ field: { code: f.code, name: f.name }, ...figuresOf(s) });
  }
  return rows;
}

/**
 * Rows by agency: every agency serving at the center asked (all for the province) and working during the period,
 * figures or not, and any other with figures (a branch's report lists the agencies it routed dossiers to).
 */
async function agencyRows(repo: Repo, query: Query, centerId: string | null, sums: SumsByKey[]) {
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
      ((a.servesHere && overlaps(a, query.from, query.to)) || hasFigures(byAgency.get(a.id) ?? zeroSums())),
  );
  return listed
    .sort((x, y) => x.code.localeCompare(y.code))
    .map((a) => ({
      agency: { code: a.code, slug: a.slug, name: a.name },
      ...figuresOf(byAgency.get(a.id) ?? zeroSums()),
    }));
}

/**
 * Biểu II.06a (DESIGN §8, §11, §13) by agency, field or receiving center, for the province, a level or one center
 * (`center` filters on where dossiers were received). A center's director gets their center's (core
 * `reportCenterFor`). The total row is the sum of the rows.
 */
export function createResolutionService(deps: { db: Database }) {
  const repo = createResolutionRepo(deps.db);
  return {
    async report(asked: ResolutionQuery, reader: ReportReader = PROVINCE): Promise<ResolutionReport> {
      const readerCode = reader.centerId ? await repo.centerCodeOf(reader.centerId) : null;
      const allowed = reportCenterFor({ roles: reader.roles, centerCode: readerCode }, asked.center);
      if (!allowed.ok) throw new AppError(allowed.code);
      const query: Query = { ...asked, center: allowed.center };
      const center = query.center ? await repo.centerByCode(query.center) : null;
      if (query.center && !center) throw new AppError('report.center_not_found');
      const centerId = center?.id ?? null;
      const sums = await repo.sums(query, { centerId, level: query.level ?? null });
      const rows: ResolutionRow[] =
        query.by === 'center'
          ? await centerRows(repo, query, sums)
          : query.by === 'field'
            ? await fieldRows(repo, sums)
            : await agencyRows(repo, query, centerId, sums);
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
