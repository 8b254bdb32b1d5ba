import {
  buildDossierSummary,
  dossierListScope,
  foldText,
  type DossierListQuery,
  type DossierSummary,
  type DossierWarning,
} from '@motcua/core';
import type { SessionUser } from '../../platform/auth/session-user.ts';
import { createDossierListRepo, type DossierListFilter } from './dossier-list-repo.ts';
import { createDossierRepo, type StoredDossier } from './dossier-repo.ts';
import { dossierClock } from './dossier-clock.ts';
import type { DelegatedWorkers, ReadDeps } from './dossier-deps.ts';

type Deps = ReadDeps & {
  /** "Mine" includes the work of absent officers delegated to the caller now (DESIGN §1). */
  delegatedWorkers: DelegatedWorkers;
};

type Page = { items: DossierSummary[]; total: number };
type Summaries = (rows: StoredDossier[]) => Promise<DossierSummary[]>;

/** How many dossiers a warning filter reads at a time (an agency's open list is walked in chunks). */
const WARNING_SCAN_CHUNK = 500;

/** The agency's inbox (DESIGN §6): its dossiers, soonest due first, filtered and paged. */
export function createListDossiers(deps: Deps) {
  const { db, now } = deps;
  const dossiers = createDossierListRepo(db);
  const names = createDossierRepo(db);

  /**
   * Warnings come from the calendar (core), not from a column: walk the agency's list in chunks, in due
   * order, keeping only the requested page of the matches and their count (never the whole list at once).
   */
  async function withWarning(filter: DossierListFilter, query: DossierListQuery, wanted: DossierWarning) {
    const summaries = await summariesAt();
    const skip = (query.page - 1) * query.pageSize;
    const items: DossierSummary[] = [];
    let matches = 0;
    for (let chunk = 1; ; chunk++) {
      const { rows } = await dossiers.list(filter, chunk, WARNING_SCAN_CHUNK);
      for (const summary of await summaries(rows)) {
        if (!summary.warnings.includes(wanted)) continue;
        if (matches >= skip && items.length < query.pageSize) items.push(summary);
        matches++;
      }
      if (rows.length < WARNING_SCAN_CHUNK) return { items, total: matches };
    }
  }

  /** Rows as the inbox shows them, each timed by the calendar as it stands now. */
  async function summariesAt(): Promise<Summaries> {
    const clocks = await deps.clocks();
    const at = now().getTime();
    return async (rows) => {
      const people = await names.peopleNames(rows.map((r) => r.state.assigneeId ?? ''));
      return rows.map((d) =>
        buildDossierSummary(
          dossierClock(clocks, d),
          d.state,
          { id: d.id, code: d.code, procedureName: d.procedureName, applicant: d.applicant },
          at,
          { people, agencies: new Map() },
        ),
      );
    };
  }

  return async (query: DossierListQuery, user: SessionUser): Promise<Page> => {
    const scope = dossierListScope(user);
    if (!scope) return { items: [], total: 0 };
    const assigneeIds = query.mine ? [user.id, ...(await deps.delegatedWorkers(user.id, now()))] : undefined;
    const folded = query.q ? foldText(query.q) : undefined;
    const filter = { scope, status: query.status, assigneeIds, folded };
    if (query.warning) return withWarning(filter, query, query.warning);
    const summaries = await summariesAt();
    const { rows, total } = await dossiers.list(filter, query.page, query.pageSize);
    return { items: await summaries(rows), total };
  };
}
export type ListDossiers = ReturnType<typeof createListDossiers>;
